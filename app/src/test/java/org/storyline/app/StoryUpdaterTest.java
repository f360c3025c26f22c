package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.stories.InMemoryStoryState;
import org.storyline.stories.Placement;
import org.storyline.stories.StoryConfig;
import org.storyline.stories.TextEmbedder;
import org.storyline.store.ArticleStore;
import org.storyline.store.Store;
import org.storyline.store.StoredStory;
import org.storyline.store.Stores;
import org.storyline.testkit.SharedData;

/**
 * {@link StoryUpdater} over an embedded store with the demo corpus cleaned (no NLP): a run that stops without its
 * last checkpoint (as a killed process does) and is resumed leaves the store's stories, copy marks, story JSON and
 * engine snapshot exactly as one uninterrupted run; articles stored without stories are caught up in store order.
 */
class StoryUpdaterTest {
    private static List<AnnotatedArticle> demo;

    @TempDir
    Path dir;

    @BeforeAll
    static void cleanTheDemoCorpus() throws IOException {
        var pipeline = new ExtractPipeline(new PipelineConfig(true, false, PipelineConfig.DEFAULT_MAX_RECORD_BYTES,
                null, null));
        demo = new ArrayList<>();
        try (ArticleReader reader = ArticleReaders.open(List.of(SharedData.demoCorpus()), IngestOptions.DEFAULTS)) {
            pipeline.run(reader, 1, outcome -> {
                if (outcome instanceof StageOutcome.Accepted<AnnotatedArticle> a) {
                    demo.add(a.value());
                }
            }, o -> {});
        }
        assertThat(demo).hasSize(39);
    }

    private static Placement ingest(Store store, StoryUpdater stories, AnnotatedArticle article) {
        assertThat(store.add(StageOutcome.accepted(article))).isEqualTo(ArticleStore.Added.ARTICLE);
        return stories.place(article);
    }

    private static StoryUpdater open(Store store) {
        return StoryUpdater.open(store, TextEmbedder.NONE, StoryConfig.DEFAULT, 5);
    }

    /** Stories as the store holds them, with their saved JSON. */
    private static List<StoredStory> stories(Path store) {
        try (Store s = Stores.embeddedReadOnly(store)) {
            return s.stories();
        }
    }

    /** The engine state saved in the store (replayed from its segments) as one whole snapshot. */
    private static byte[] snapshot(Path store) {
        try (Store s = Stores.embeddedReadOnly(store)) {
            assertThat(s.loadEngineState()).isNotEmpty();
            return InMemoryStoryState.fromSegments(s.loadEngineState()).snapshot();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path uninterrupted() {
        Path reference = dir.resolve("reference");
        try (Store store = Stores.embedded(reference); var stories = open(store)) {
            assertThat(stories.catchUp()).isZero();
            for (AnnotatedArticle a : demo) {
                ingest(store, stories, a);
            }
            assertThat(stories.checkpoints()).as("checkpoints every 5 articles").isGreaterThanOrEqualTo(7);
            assertThat(stories.placed(Placement.Decision.COPY)).isEqualTo(3);
        }
        return reference;
    }

    @Test
    void aRunStoppedBetweenCheckpointsAndResumedEndsAsAnUninterruptedOne() {
        Path reference = uninterrupted();
        Path crashed = dir.resolve("crashed");
        try (Store store = Stores.embedded(crashed)) {
            var stories = open(store);
            for (AnnotatedArticle a : demo.subList(0, 23)) {
                ingest(store, stories, a);
            }
            // no close(): the process dies after its checkpoint at 20 articles, with 3 articles stored and
            // assigned that the saved snapshot has not seen
            assertThat(stories.checkpoints()).isEqualTo(4);
        }
        try (Store store = Stores.embedded(crashed); var stories = open(store)) {
            assertThat(stories.catchUp()).as("articles stored after the last snapshot").isEqualTo(3);
            for (AnnotatedArticle a : demo.subList(23, demo.size())) {
                ingest(store, stories, a);
            }
        }
        assertThat(stories(crashed)).isEqualTo(stories(reference));
        assertThat(snapshot(crashed)).isEqualTo(snapshot(reference));
    }

    @Test
    void articlesStoredWithoutStoriesAreCaughtUpInStoreOrder() {
        Path reference = uninterrupted();
        Path later = dir.resolve("later");
        try (Store store = Stores.embedded(later)) {
            for (AnnotatedArticle a : demo) {
                store.add(StageOutcome.accepted(a)); // as ingest --no-stories does
            }
            assertThat(store.articlesWithoutStory()).hasSize(39);
        }
        try (Store store = Stores.embedded(later); var stories = open(store)) {
            assertThat(stories.catchUp()).isEqualTo(39);
            assertThat(store.articlesWithoutStory()).isEmpty();
        }
        assertThat(stories(later)).isEqualTo(stories(reference));
        assertThat(snapshot(later)).isEqualTo(snapshot(reference));
    }

    @Test
    void theSavedStateHasSeenEveryArticleAndEachStoryHasItsJson() throws IOException {
        Path reference = uninterrupted();
        InMemoryStoryState state = InMemoryStoryState.fromSnapshot(snapshot(reference));
        assertThat(state.articleCount()).isEqualTo(39);
        List<StoredStory> stored = stories(reference);
        assertThat(stored).hasSizeGreaterThan(1);
        try (Store store = Stores.embeddedReadOnly(reference)) {
            for (StoredStory s : stored) {
                assertThat(state.articlesOf(s.id())).containsExactlyInAnyOrderElementsOf(s.articles());
                assertThat(s.data()).as(s.id()).contains(StoryUpdater.json(StoriesCommand.build(store, s, state)));
                assertThat(s.title()).isPresent();
            }
            assertThat(stored.stream().mapToInt(s -> s.duplicates().size()).sum()).isEqualTo(3);
            assertThat(stored.stream().flatMap(s -> s.duplicates().stream()))
                    .allSatisfy(d -> assertThat(d.similarity()).isBetween(0.5, 1.0));
        }
    }

    @Test
    void checkpointsAppendSegmentsAndRewriteTheWholeStateOnlyWhenTheyOutgrowIt() throws IOException {
        Path reference = uninterrupted();
        Path segmented = dir.resolve("segmented");
        long checkpoints;
        long written;
        long saved;
        try (Store store = Stores.embedded(segmented);
                var stories = StoryUpdater.open(store, TextEmbedder.NONE, StoryConfig.DEFAULT, 1)) {
            for (AnnotatedArticle a : demo) {
                ingest(store, stories, a);
            }
            stories.checkpoint();
            checkpoints = stories.checkpoints();
            written = stories.stateBytesWritten();
            saved = stories.stateBytesSaved();
        }
        assertThat(snapshot(segmented)).as("replayed segments equal the state of the run with 5-article checkpoints")
                .isEqualTo(snapshot(reference));
        int wholeSize = snapshot(reference).length;
        try (Store s = Stores.embeddedReadOnly(segmented)) {
            List<byte[]> segments = s.loadEngineState();
            assertThat(checkpoints).isGreaterThanOrEqualTo(20);
            assertThat(segments).as("the whole state was rewritten at least once: fewer segments than checkpoints")
                    .hasSizeBetween(2, (int) checkpoints - 1);
            assertThat(segments.stream().mapToLong(b -> b.length).sum()).isEqualTo(saved)
                    .as("saved state within twice the whole state").isLessThan(2L * wholeSize + 4096);
        }
        assertThat(written).as("state written over %d checkpoints", checkpoints).isLessThan(checkpoints * wholeSize / 3);
    }
}
