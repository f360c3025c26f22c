package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.stories.Articles.article;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.PloverType;

/**
 * The binary snapshot of {@link InMemoryStoryState}: an engine over articles A, saved, restored and given articles B
 * places B exactly as one engine over A then B does, and ends in the same state (equal snapshots).
 */
class StoryStateSnapshotTest {
    private static final String[][] TOPICS = {
        {"Kestria", "strait", "blockade", "shipping", "harbour", "fuel", "tankers", "navy", "patrols", "shoals"},
        {"Valdria", "election", "ballots", "turnout", "candidates", "parliament", "coalition", "recount", "polls",
                "campaign"},
        {"Ormund", "flood", "glacier", "meltwater", "villages", "rescuers", "evacuated", "valley", "farmers",
                "levee"},
        {"Tarnov", "recall", "tablets", "pharmacists", "impurity", "batches", "laboratory", "patients", "regulator",
                "medicine"},
        {"Sellen", "ceasefire", "talks", "envoys", "convoy", "airstrike", "border", "mediators", "truce",
                "prisoners"},
    };
    private static final String[] COMMON = {"officials", "said", "on", "the", "after", "while", "reported",
        "today", "several", "people", "near", "city", "according", "to", "statement", "week"};

    /** A toy embedder (word hashes folded into 16 dimensions), so that the embedding part is saved too. */
    private static final TextEmbedder HASHED = text -> {
        float[] v = new float[16];
        for (String w : text.toLowerCase().split("\\W+")) {
            if (!w.isEmpty()) {
                v[Math.floorMod(w.hashCode(), 16)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return new float[0];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    };

    /** Articles over five topics and dates a few days apart, with verbatim and partial copies and events. */
    private static List<AnnotatedArticle> corpus(int n, long seed) {
        var random = new SplittableRandom(seed);
        List<AnnotatedArticle> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int topic = random.nextInt(TOPICS.length);
            // topics drift: every 60 articles the dates jump past the time window
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(i / 60 * 45L + random.nextInt(6));
            String text;
            int kind = random.nextInt(10);
            if (kind == 0 && !texts.isEmpty()) {
                text = texts.get(random.nextInt(texts.size())) + " Copyright wire service.";
            } else if (kind == 1 && !texts.isEmpty()) {
                String original = texts.get(random.nextInt(texts.size()));
                text = original.substring(0, original.length() * 2 / 3) + " " + sentences(random, topic, 2);
            } else if (kind == 2) {
                // a bridge between two topics, which can make two stories converge
                text = sentences(random, topic, 3) + " " + sentences(random, (topic + 1) % TOPICS.length, 3);
            } else {
                text = sentences(random, topic, 6);
            }
            texts.add(text);
            var builder = article("a" + i, text).published(day).outlet("Outlet " + random.nextInt(4))
                    .title(TOPICS[topic][0] + " " + TOPICS[topic][1] + " " + i);
            if (text.contains(TOPICS[topic][0])) {
                builder.countries(TOPICS[topic][0]);
            }
            if (random.nextBoolean()) {
                builder.event(PloverType.values()[topic], day, text.substring(0, text.indexOf(' ')));
            }
            out.add(builder.build());
        }
        return out;
    }

    private static String sentences(SplittableRandom random, int topic, int count) {
        var sb = new StringBuilder();
        for (int s = 0; s < count; s++) {
            for (int w = 0; w < 10; w++) {
                String[] pool = random.nextInt(3) == 0 ? COMMON : TOPICS[topic];
                String word = pool[random.nextInt(pool.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w == 9 ? ". " : " ");
            }
        }
        return sb.toString().strip();
    }

    private static List<Placement> addAll(StoryEngine engine, List<AnnotatedArticle> articles) {
        return articles.stream().map(engine::add).toList();
    }

    @Test
    void anEngineRestoredFromASnapshotGoesOnAsTheOneThatWroteIt() throws IOException {
        var config = StoryConfig.DEFAULT.withThresholds(0.35, 0.3);
        List<AnnotatedArticle> all = corpus(400, 11);
        List<AnnotatedArticle> first = all.subList(0, 230);
        List<AnnotatedArticle> second = all.subList(230, all.size());

        var whole = new StoryEngine(new InMemoryStoryState(), HASHED, config);
        List<Placement> expected = addAll(whole, all);

        var before = new InMemoryStoryState();
        addAll(new StoryEngine(before, HASHED, config), first);
        byte[] saved = before.snapshot();
        var restored = InMemoryStoryState.fromSnapshot(saved);
        assertThat(restored.snapshot()).as("restored state writes the same snapshot").isEqualTo(saved);
        assertThat(restored.articleCount()).isEqualTo(230);
        assertThat(restored.article("a1")).as("full articles are not in the snapshot").isEmpty();
        assertThat(restored.storyOf("a1")).isEqualTo(before.storyOf("a1"));
        assertThat(restored.storyIds()).isEqualTo(before.storyIds());

        List<Placement> resumed = addAll(new StoryEngine(restored, HASHED, config), second);

        assertThat(resumed).isEqualTo(expected.subList(230, all.size()));
        assertThat(restored.snapshot()).as("same state as one engine over A and B")
                .isEqualTo(((InMemoryStoryState) whole.state()).snapshot());
        for (AnnotatedArticle a : all) {
            String id = a.article().id();
            assertThat(restored.storyOf(id)).as(id).isEqualTo(whole.state().storyOf(id));
            assertThat(restored.fingerprint(id).orElseThrow().copyOf()).as(id)
                    .isEqualTo(whole.state().fingerprint(id).orElseThrow().copyOf());
        }
        // the corpus exercises every kind of placement, across the restore too
        assertThat(resumed).extracting(Placement::decision).contains(Placement.Decision.NEW_STORY,
                Placement.Decision.JOINED, Placement.Decision.COPY);
        assertThat(expected).anyMatch(p -> !p.mergedStories().isEmpty());
        assertThat(expected).anyMatch(p -> p.copyKind().equals(java.util.Optional.of(CopyKind.PARTIAL)));
    }

    @Test
    void segmentsOfTheChangesReplayToTheSameStateAndWriteLessThanWholeSnapshots() throws IOException {
        var config = StoryConfig.DEFAULT.withThresholds(0.35, 0.3);
        List<AnnotatedArticle> all = corpus(400, 17);
        assertThatThrownBy(() -> new InMemoryStoryState().takeSegment(false))
                .as("an untracked state has no changes to give").isInstanceOf(IllegalStateException.class);
        var state = InMemoryStoryState.tracked();
        var engine = new StoryEngine(state, HASHED, config);
        List<byte[]> segments = new ArrayList<>();
        long segmentBytes = 0;
        long wholeBytes = 0;
        for (int i = 0; i < 300; i++) {
            engine.add(all.get(i));
            if ((i + 1) % 25 == 0) {
                byte[] segment = state.takeSegment(false);
                segments.add(segment);
                segmentBytes += segment.length;
                wholeBytes += state.snapshot().length;
            }
        }
        assertThat(state.changed()).isFalse();
        var restored = InMemoryStoryState.fromSegments(segments);
        assertThat(restored.snapshot()).as("12 segments replay to the state that wrote them")
                .isEqualTo(state.snapshot());
        for (AnnotatedArticle a : all.subList(0, 300)) {
            assertThat(restored.storyOf(a.article().id())).isEqualTo(state.storyOf(a.article().id()));
        }
        assertThat(segmentBytes).as("segments write less than whole snapshots at each checkpoint")
                .isLessThan(wholeBytes / 3);

        // compaction: the whole state as the first segment, then the changes after it
        List<byte[]> compacted = new ArrayList<>(List.of(restored.takeSegment(true)));
        var resumed = new StoryEngine(restored, HASHED, config);
        for (AnnotatedArticle a : all.subList(300, 400)) {
            engine.add(a);
            resumed.add(a);
        }
        compacted.add(restored.takeSegment(false));
        assertThat(InMemoryStoryState.fromSegments(compacted).snapshot()).isEqualTo(state.snapshot());
        assertThatThrownBy(() -> InMemoryStoryState.fromSegments(List.of(segments.get(0), compacted.get(0))))
                .as("a whole-state segment after another is refused").isInstanceOf(IOException.class)
                .hasMessageContaining("segment 2 of 2");
    }

    @Test
    void aFormatOneSnapshotFromAnEarlierBuildIsStillRead() throws IOException {
        byte[] v1;
        try (var in = getClass().getResourceAsStream("state-v1.bin")) {
            v1 = in.readAllBytes();
        }
        assertThat(ByteBuffer.wrap(v1, 4, 4).getInt()).isEqualTo(1);
        var config = StoryConfig.DEFAULT.withThresholds(0.35, 0.3);
        List<AnnotatedArticle> articles = corpus(60, 5); // what the file was written from
        var state = new InMemoryStoryState();
        addAll(new StoryEngine(state, HASHED, config), articles);

        var restored = InMemoryStoryState.fromSnapshot(v1);
        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
        for (AnnotatedArticle a : articles) {
            assertThat(restored.storyOf(a.article().id())).isEqualTo(state.storyOf(a.article().id()));
        }
    }

    @Test
    void anEmptyStateRoundTrips() throws IOException {
        byte[] empty = new InMemoryStoryState().snapshot();
        var restored = InMemoryStoryState.fromSnapshot(empty);
        assertThat(restored.articleCount()).isZero();
        assertThat(restored.storyIds()).isEmpty();
        assertThat(restored.snapshot()).isEqualTo(empty);
    }

    @Test
    void otherBytesAndNewerVersionsAreRefusedWithAReason() throws IOException {
        assertThatThrownBy(() -> InMemoryStoryState.fromSnapshot("hello, world".getBytes()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a story state snapshot");
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(InMemoryStoryState.SNAPSHOT_MAGIC);
            out.writeInt(InMemoryStoryState.SNAPSHOT_VERSION + 1);
        }
        assertThatThrownBy(() -> InMemoryStoryState.fromSnapshot(bytes.toByteArray()))
                .isInstanceOf(IOException.class).hasMessageContaining("version " + (InMemoryStoryState.SNAPSHOT_VERSION + 1));
        byte[] saved = new InMemoryStoryState().snapshot();
        byte[] truncated = Arrays.copyOf(saved, saved.length - 2);
        assertThatThrownBy(() -> InMemoryStoryState.fromSnapshot(truncated)).isInstanceOf(IOException.class);
        assertThat(ByteBuffer.wrap(saved).getInt()).isEqualTo(0x534C5353);
    }
}
