package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.StoryGold;
import org.storyline.store.Store;
import org.storyline.store.Stores;
import org.storyline.testkit.SharedData;

/**
 * {@code storyline ingest} of the demo corpus with the full pipeline (CoreNLP) and the demo knowledge, then
 * {@code storyline stories}: the stories are exactly the gold's (demo/gold.json, refs mapped to article ids through
 * the stored articles' sources, as {@code eval stories} does), and a second ingest changes nothing.
 *
 * <p>NOTE: the full pipeline is needed: with {@code --clean-only} (no actors or entities as features) the articles,
 * in input order, come out as four stories, the crisis split in three (pairwise F1 0.91).
 */
class DemoIngestStoriesIT {
    @TempDir
    Path dir;

    @Test
    void theDemoGoldStoriesComeOutOfIngestAndStories() throws Exception {
        Path root = SharedData.repositoryRoot();
        Path store = dir.resolve("store");
        Cli ingest = Cli.run("ingest", "--knowledge", root.resolve("demo/knowledge.json").toString(), "--store",
                store.toString(), SharedData.demoCorpus().toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("stories 39 articles placed");
        Cli stories = Cli.run("stories", "--store", store.toString());
        assertThat(stories.exitCode()).as(stories.err()).isZero();

        StoryGold gold = StoryGold.read(root.resolve("demo/gold.json"));
        Map<String, Set<String>> expected = new HashMap<>();
        try (Store s = Stores.embeddedReadOnly(store)) {
            for (String id : s.articleIds()) {
                String source = s.article(id).orElseThrow().article().source();
                String ref = gold.refOf(source).orElseThrow(() -> new AssertionError("not in the gold: " + source));
                expected.computeIfAbsent(gold.clusters().get(ref), k -> new HashSet<>()).add(id);
            }
        }
        assertThat(expected).hasSize(2);
        assertThat(StoryAssignments.partition(stories.out())).isEqualTo(new HashSet<>(expected.values()));
        var crisis = StoryAssignments.lines(stories.out()).stream()
                .filter(l -> l.get("articles").size() == 34).findFirst().orElseThrow();
        assertThat(crisis.get("duplicates").size()).isEqualTo(2);
        assertThat(crisis.get("near_duplicates").size()).isEqualTo(1);
        assertThat(crisis.get("timeline").size()).isGreaterThan(0);
        assertThat(crisis.get("disputes").size()).isGreaterThan(0);

        Cli again = Cli.run("ingest", "--knowledge", root.resolve("demo/knowledge.json").toString(), "--store",
                store.toString(), SharedData.demoCorpus().toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("store   0 articles").contains("stories 0 articles placed");
        assertThat(Cli.run("stories", "--store", store.toString()).out()).isEqualTo(stories.out());
    }
}
