package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.Store;
import org.storyline.store.StoreTable;
import org.storyline.store.StoredStory;
import org.storyline.store.Stores;
import org.storyline.testkit.SharedData;

/**
 * {@code storyline ingest --clean-only} then {@code storyline stories} on the demo corpus (no NLP, so a unit test):
 * every article in exactly one story, copies marked; ingesting twice changes nothing; the corpus in two runs gives
 * the stories of one run; stories whose saved JSON is missing or stale are built from the store.
 */
class IngestStoriesTest {
    @TempDir
    Path dir;

    private static String ingest(Path store, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("ingest", "--clean-only", "--store", store.toString()));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.err();
    }

    private static String stories(Path store) {
        Cli run = Cli.run("stories", "--store", store.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static Map<StoreTable, Long> counts(Path store) {
        try (Store s = Stores.embeddedReadOnly(store)) {
            var counts = new EnumMap<StoreTable, Long>(StoreTable.class);
            for (StoreTable t : StoreTable.values()) {
                counts.put(t, s.count(t));
            }
            return counts;
        }
    }

    @Test
    void everyArticleIsInOneStoryAndASecondIngestChangesNothing() {
        Path store = dir.resolve("store");
        String first = ingest(store, SharedData.demoCorpus());
        assertThat(first).containsPattern("stories 39 articles placed \\(0 caught up from an earlier run\\): "
                + "\\d+ new stories, \\d+ joined, 3 copies");
        String out = stories(store);
        List<JsonNode> lines = StoryAssignments.lines(out);
        assertThat(lines).hasSizeGreaterThan(1);
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        int near = 0;
        String previousFirst = "";
        for (JsonNode story : lines) {
            List<String> fields = new ArrayList<>();
            story.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).startsWith("id", "title", "articles", "duplicates", "outlets", "first", "last",
                    "summary", "timeline", "disputes");
            story.get("articles").forEach(a -> assertThat(seen.add(a.asText())).as("in one story: " + a).isTrue());
            duplicates += story.get("duplicates").size();
            near += story.get("near_duplicates").size();
            assertThat(story.get("summary").asText()).isNotBlank();
        }
        assertThat(seen).hasSize(39);
        assertThat(duplicates).isEqualTo(2);
        assertThat(near).isEqualTo(1);
        try (Store s = Stores.embeddedReadOnly(store)) {
            // ordered by first article, as the store orders its stories
            assertThat(lines).extracting(l -> l.get("id").asText())
                    .containsExactlyElementsOf(s.stories().stream().map(StoredStory::id).toList());
            assertThat(s.articlesWithoutStory()).isEmpty();
        }

        Map<StoreTable, Long> before = counts(store);
        String second = ingest(store, SharedData.demoCorpus());
        assertThat(second).contains("stories 0 articles placed (0 caught up from an earlier run)");
        assertThat(counts(store)).isEqualTo(before);
        assertThat(stories(store)).isEqualTo(out);
    }

    @Test
    void theCorpusInTwoRunsGivesTheStoriesOfOneRun() {
        Path once = dir.resolve("once");
        ingest(once, SharedData.demoCorpus());
        Path halves = dir.resolve("halves");
        String firstHalf = ingest(halves, SharedData.demoCorpus().resolve("feeds"),
                SharedData.demoCorpus().resolve("html"));
        assertThat(firstHalf).contains("store   19 articles");
        assertThat(StoryAssignments.stories(stories(halves)).values().stream().mapToInt(Set::size).sum())
                .isEqualTo(19);
        String secondHalf = ingest(halves, SharedData.demoCorpus());
        assertThat(secondHalf).contains("store   20 articles").contains("stories 20 articles placed");
        assertThat(stories(halves)).isEqualTo(stories(once));
    }

    @Test
    void storiesWithoutSavedJsonOrWithStaleJsonAreBuiltFromTheStore() {
        Path store = dir.resolve("store");
        ingest(store, SharedData.demoCorpus());
        String expected = stories(store);
        try (Store s = Stores.embedded(store)) {
            List<StoredStory> stored = s.stories();
            for (int i = 0; i < stored.size(); i++) {
                // every other story: JSON of another story (stale), or an empty object
                s.saveStory(stored.get(i).id(), "stale", i % 2 == 0 ? "{}" : stored.get((i + 1) % stored.size())
                        .data().orElseThrow());
            }
        }
        assertThat(stories(store)).isEqualTo(expected);
    }

    @Test
    void storiesHasHelpAndNamesAMissingStore() {
        Cli help = Cli.run("stories", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("JSON Lines").contains("--store").contains("--postgres");
        Cli missing = Cli.run("stories", "--store", dir.resolve("nothing").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no store in").contains("storyline ingest");
    }
}
