package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.stories.Articles.article;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;

/** Incremental clustering: join or start a story, merge stories that converge, bounded work per article. */
class StoryEngineTest {
    private static final String STRAIT_1 = """
            Kestria closed the Sellen Strait to Valdrian shipping overnight, cutting the port of Halvik off from its \
            fuel supplies. Valdria called the closure a blockade and recalled its ambassador from Tarnov.""";
    private static final String STRAIT_2 = """
            Valdrian trawlers stayed in Halvik harbour for a third day as Kestria kept the Sellen Strait closed. \
            Kestria said the closure of the strait would last until Valdria stopped its patrols near the shoals.""";
    private static final String RECALL = """
            Brennholt Pharma recalled twelve batches of its blood-pressure tablet Cardiflex after a laboratory found \
            an impurity. Pharmacists were told to return the tablets and patients to keep taking their medicine.""";

    private final StoryEngine engine = new StoryEngine(new InMemoryStoryState(), TextEmbedder.NONE, StoryConfig.DEFAULT);

    @Test
    void anArticleOnTheSameStoryJoinsItAndAnotherTopicStartsOne() {
        Placement first = engine.add(article("a1", STRAIT_1).countries("Kestria", "Valdria").build());
        Placement second = engine.add(article("a2", STRAIT_2).published(LocalDate.of(2025, 3, 11))
                .countries("Kestria", "Valdria").build());
        Placement third = engine.add(article("r1", RECALL).published(LocalDate.of(2025, 3, 11)).build());

        assertThat(first.decision()).isEqualTo(Placement.Decision.NEW_STORY);
        assertThat(second.decision()).isEqualTo(Placement.Decision.JOINED);
        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(second.score()).isGreaterThanOrEqualTo(StoryConfig.DEFAULT.joinThreshold());
        assertThat(third.decision()).isEqualTo(Placement.Decision.NEW_STORY);
        assertThat(third.storyId()).isNotEqualTo(first.storyId());
        assertThat(engine.state().articlesOf(first.storyId())).containsExactly("a1", "a2");
    }

    @Test
    void anArticleFarOutsideTheTimeWindowStartsAStory() {
        Placement first = engine.add(article("a1", STRAIT_1).countries("Kestria", "Valdria").build());
        Placement late = engine.add(article("a2", STRAIT_2).published(LocalDate.of(2026, 1, 1))
                .countries("Kestria", "Valdria").build());
        assertThat(late.storyId()).isNotEqualTo(first.storyId());
    }

    @Test
    void twoStoriesThatConvergeAreMerged() {
        // join at 0.5, merge at 0.2: two disjoint articles start two stories; bridging articles that cover both
        // pull one story's centroid towards the other until they are merged
        var config = StoryConfig.DEFAULT.withThresholds(0.5, 0.2);
        var engine = new StoryEngine(new InMemoryStoryState(), TextEmbedder.NONE, config);
        String left = "Glacier meltwater flooded the Ormund valley villages overnight, and rescuers evacuated "
                + "hundreds of farmers from the Ormund valley.";
        String right = "Engineers inspected the cracked Tessin dam spillway, and the Tessin reservoir was lowered "
                + "as a precaution by the engineers.";
        Placement a = engine.add(article("left", left).build());
        Placement b = engine.add(article("right", right).build());
        assertThat(b.storyId()).isNotEqualTo(a.storyId());
        Placement merged = null;
        for (int i = 0; i < 4 && merged == null; i++) {
            // shares the words of both stories but no run of five words with either (not a copy)
            Placement p = engine.add(article("bridge" + i, "Ormund farmers, glacier meltwater, Tessin engineers and "
                    + "the reservoir spillway: valley villages evacuated overnight while the dam cracked (" + i + ").")
                    .build());
            if (!p.mergedStories().isEmpty()) {
                merged = p;
            }
        }
        assertThat(merged).as("a bridging article merges the two stories").isNotNull();
        assertThat(merged.storyId()).isEqualTo(a.storyId()); // the older story survives
        assertThat(merged.mergedStories()).containsExactly(b.storyId());
        assertThat(engine.state().storyOf("right")).contains(a.storyId());
        assertThat(engine.state().story(b.storyId())).isEmpty();
        assertThat(engine.stories()).hasSize(1);
    }

    @Test
    void workPerArticleDoesNotGrowWithTheNumberOfStories() {
        var counting = new CountingState();
        var engine = new StoryEngine(counting, TextEmbedder.NONE, StoryConfig.DEFAULT);
        var random = new SplittableRandom(7);
        int small = 0;
        for (int i = 0; i < 1500; i++) {
            if (i == 300) {
                small = counting.storyReads;
            }
            if (i == 1200) {
                counting.storyReads = 0;
            }
            engine.add(syntheticArticle(i, random));
        }
        int perArticleLate = counting.storyReads / 300;
        int perArticleEarly = small / 300;
        // the scored candidates are read once to score and once more to check for a merge
        assertThat(perArticleLate).isLessThanOrEqualTo(2 * StoryConfig.DEFAULT.candidatesScored() + 4);
        assertThat(perArticleLate).isLessThanOrEqualTo(Math.max(8, perArticleEarly * 3));
    }

    /** Articles over a shared vocabulary of 400 words, so that keys collide across many stories. */
    private static AnnotatedArticle syntheticArticle(int i, SplittableRandom random) {
        var sb = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            sb.append("word").append((char) ('a' + random.nextInt(20))).append((char) ('a' + random.nextInt(20)))
                    .append(w % 12 == 11 ? ". " : " ");
        }
        return article("s" + i, sb.toString()).published(LocalDate.of(2025, 1, 1).plusDays(i / 100)).build();
    }

    /** Counts the story profiles the engine reads. */
    private static final class CountingState extends ForwardingStoryState {
        int storyReads;

        CountingState() {
            super(new InMemoryStoryState());
        }

        @Override
        public Optional<StoryProfile> story(String id) {
            storyReads++;
            return super.story(id);
        }
    }
}
