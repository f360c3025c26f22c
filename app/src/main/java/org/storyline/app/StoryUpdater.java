package org.storyline.app;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.stories.CopyKind;
import org.storyline.stories.InMemoryStoryState;
import org.storyline.stories.Placement;
import org.storyline.stories.Story;
import org.storyline.stories.StoryConfig;
import org.storyline.stories.StoryEngine;
import org.storyline.stories.StoryJsonWriter;
import org.storyline.stories.TextEmbedder;
import org.storyline.store.Store;
import org.storyline.store.StoreException;

/**
 * Places stored articles into stories, incrementally across runs, and keeps the store's story tables and the engine's
 * snapshot up to date. One per ingest run, called from the pipeline's sink thread after each article's transaction.
 *
 * <pre>{@code
 * try (var stories = StoryUpdater.open(store, new MiniLmEmbedder(), StoryConfig.DEFAULT)) {
 *     stories.catchUp();                          // articles stored after the last snapshot (a killed run)
 *     if (store.add(outcome) == Added.ARTICLE) {
 *         stories.place(article);                 // assignment, copy mark, merges written at once
 *     }
 * }                                               // story JSON of the touched stories, then the snapshot
 * }</pre>
 *
 * <p>Per article: {@link StoryEngine#add} (bounded work), then the assignment ({@code assignStory}), merged stories
 * ({@code mergeStories}) and copy mark ({@code markDuplicate}), each an indexed write. At a <b>checkpoint</b> the
 * stories touched since the last one are built ({@link org.storyline.stories.StoryBuilder}, from the store's
 * articles) and saved as CONTRACT.md section 3 JSON, and then the engine's snapshot is saved. Checkpoints come every
 * {@code checkpointEvery} articles, but never more often than every tenth of the articles the engine has seen, and at
 * {@link #close}.
 *
 * <p>Design decisions:
 * <ul>
 * <li><b>Crash safety and idempotence</b>: the snapshot knows which articles it placed. A run killed after storing
 *     articles but before its next checkpoint leaves articles the saved snapshot has not seen; {@link #catchUp} places
 *     them first, in the order they were stored, so the engine sees the same articles in the same order as an
 *     uninterrupted run and places them the same way (the store's writes for them are repeated, which changes
 *     nothing). Story JSON is saved before the snapshot, so a story the snapshot covers has its JSON saved.</li>
 * <li><b>Segments, not whole snapshots</b>: the engine's state grows with the store (fingerprints of every
 *     article). Each checkpoint appends a segment with only what changed since the previous one, so what is written
 *     per article does not grow with the store; the whole state is rewritten (replacing the segments) only once the
 *     segments add up to more than it, which keeps the saved state within twice its size. Checkpoints are still
 *     spaced by at least a tenth of the articles seen, because each one rebuilds the JSON of the stories it
 *     touched; a crash then re-places at most that tenth.</li>
 * <li><b>Story JSON per checkpoint, not per article</b>: building a story reads all its articles, so saving it after
 *     every article would make the cost per article grow with the story's size.</li>
 * </ul>
 * Not thread-safe.
 */
final class StoryUpdater implements AutoCloseable {
    /** Default minimum number of articles between two checkpoints. */
    static final int CHECKPOINT_ARTICLES = 200;
    /** Segments of engine state after which a checkpoint saves the whole state instead. */
    static final int MAX_SEGMENTS = 1024;

    private final Store store;
    private final InMemoryStoryState memory;
    private final StoryEngine engine;
    private final int checkpointEvery;
    private final Set<String> touched = new LinkedHashSet<>();
    private long sinceCheckpoint;
    private final long[] decisions = new long[Placement.Decision.values().length];
    private long caughtUp;
    private long merges;
    private long checkpoints;
    /** Bytes of the first saved segment (the whole state when it was written) and of the segments after it. */
    private long wholeBytes;
    private long appendedBytes;
    private int segments;
    private long writtenBytes;
    private long checkpointNanos;
    /** Set when a placement failed half-way: its state must not be saved (the next run places it again). */
    private boolean broken;

    private StoryUpdater(Store store, InMemoryStoryState memory, TextEmbedder embedder, StoryConfig config,
            int checkpointEvery) {
        this.store = store;
        this.memory = memory;
        this.engine = new StoryEngine(new StoreStoryState(memory, store), embedder, config);
        this.checkpointEvery = checkpointEvery;
    }

    /** Opens the engine over the state saved in {@code store} (a fresh one if none). */
    static StoryUpdater open(Store store, TextEmbedder embedder, StoryConfig config) {
        return open(store, embedder, config, CHECKPOINT_ARTICLES);
    }

    static StoryUpdater open(Store store, TextEmbedder embedder, StoryConfig config, int checkpointEvery) {
        requireNonNull(store, "store is null");
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be at least 1: " + checkpointEvery);
        }
        List<byte[]> saved = store.loadEngineState();
        var updater = new StoryUpdater(store, restore(store, saved), embedder, config, checkpointEvery);
        updater.segments = saved.size();
        updater.wholeBytes = saved.isEmpty() ? 0 : saved.get(0).length;
        updater.appendedBytes = saved.stream().skip(1).mapToLong(b -> b.length).sum();
        return updater;
    }

    /** The engine's state saved in the store, or a fresh one. */
    static InMemoryStoryState loadState(Store store) {
        return restore(store, store.loadEngineState());
    }

    private static InMemoryStoryState restore(Store store, List<byte[]> saved) {
        if (saved.isEmpty()) {
            return InMemoryStoryState.tracked();
        }
        try {
            return InMemoryStoryState.fromSegments(saved);
        } catch (IOException e) {
            throw new StoreException(store.location(), null, "cannot read the story engine's state saved in "
                    + store.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Places every stored article the engine has not seen yet (stored by a run killed before its checkpoint, or by
     * {@code ingest --no-stories}), in the order they were stored. Returns how many.
     */
    long catchUp() {
        long n = 0;
        for (String id : store.articleIds()) {
            if (memory.fingerprint(id).isEmpty()) {
                place(store.article(id).orElseThrow(() -> new IllegalStateException("article " + id
                        + " was listed but cannot be read from " + store.location())));
                n++;
            }
        }
        caughtUp += n;
        return n;
    }

    /** Whether the engine has placed the article already. */
    boolean placed(String articleId) {
        return memory.fingerprint(articleId).isPresent();
    }

    /** Places a stored article into a story and writes the assignment, merges and copy mark to the store. */
    Placement place(AnnotatedArticle article) {
        if (broken) {
            throw new IllegalStateException("an earlier placement failed; open a new StoryUpdater");
        }
        boolean written = false;
        Placement p;
        try {
            p = engine.add(article);
            if (p.decision() != Placement.Decision.ALREADY_SEEN) {
                for (String merged : p.mergedStories()) {
                    store.mergeStories(merged, p.storyId());
                }
                if (p.copyOf().isPresent()) {
                    store.markDuplicate(p.articleId(), p.copyOf().get(), similarity(p));
                }
                store.assignStory(p.articleId(), p.storyId());
            }
            written = true;
        } finally {
            broken = !written;
        }
        decisions[p.decision().ordinal()]++;
        if (p.decision() == Placement.Decision.ALREADY_SEEN) {
            return p;
        }
        merges += p.mergedStories().size();
        touched.add(p.storyId());
        if (++sinceCheckpoint >= Math.max(checkpointEvery, memory.articleCount() / 10)) {
            checkpoint();
        }
        return p;
    }

    /** Shingle Jaccard (duplicates) or containment of the shorter text (partial copies), in [0, 1]. */
    private double similarity(Placement p) {
        var copy = memory.fingerprint(p.articleId());
        var original = memory.fingerprint(p.copyOf().orElseThrow());
        if (copy.isEmpty() || original.isEmpty() || copy.get().shingles().length == 0
                || original.get().shingles().length == 0) {
            return 1;
        }
        int a = copy.get().shingles().length;
        int b = original.get().shingles().length;
        int shared = copy.get().sharedShingles(original.get());
        double s = p.copyKind().orElseThrow() == CopyKind.DUPLICATE
                ? shared / (double) (a + b - shared)
                : shared / (double) Math.min(a, b);
        return Math.max(0, Math.min(1, s));
    }

    /**
     * Saves the JSON of the stories touched since the last checkpoint, then a segment of what the engine changed since
     * then; the whole state instead (replacing every segment) once the segments add up to more than the whole state
     * saved first, or number {@value #MAX_SEGMENTS}, so that reading the state back stays bounded too.
     */
    void checkpoint() {
        long start = System.nanoTime();
        for (String storyId : touched) {
            engine.story(storyId).ifPresent(story -> store.saveStory(story.id(), story.title(), json(story)));
        }
        touched.clear();
        boolean whole = segments >= MAX_SEGMENTS || (segments > 1 && appendedBytes >= wholeBytes);
        byte[] segment = memory.takeSegment(whole);
        store.saveEngineState(segment, whole);
        if (whole || segments == 0) {
            wholeBytes = segment.length;
            appendedBytes = 0;
            segments = 1;
        } else {
            appendedBytes += segment.length;
            segments++;
        }
        writtenBytes += segment.length;
        sinceCheckpoint = 0;
        checkpoints++;
        checkpointNanos += System.nanoTime() - start;
    }

    /** One story as one CONTRACT.md section 3 JSON object (no line break). */
    static String json(Story story) {
        return StoryJsonWriter.toJson(story);
    }

    /** The engine (over the store-backed state), e.g. to build a story. */
    StoryEngine engine() {
        return engine;
    }

    long placed(Placement.Decision decision) {
        return decisions[decision.ordinal()];
    }

    long caughtUp() {
        return caughtUp;
    }

    long merges() {
        return merges;
    }

    long checkpoints() {
        return checkpoints;
    }

    /** Bytes of engine state written by this updater's checkpoints. */
    long stateBytesWritten() {
        return writtenBytes;
    }

    /** Bytes of the engine state saved in the store: its segments. */
    long stateBytesSaved() {
        return wholeBytes + appendedBytes;
    }

    double checkpointSeconds() {
        return checkpointNanos / 1e9;
    }

    /** Stories the engine knows (merged-away ones excluded). */
    int stories() {
        return memory.storyIds().size();
    }

    /** One line for the end of a run. */
    String describe() {
        return String.format("stories %d articles placed (%d caught up from an earlier run): %d new stories, %d "
                + "joined, %d copies, %d merges; %d stories", placed(Placement.Decision.NEW_STORY)
                + placed(Placement.Decision.JOINED) + placed(Placement.Decision.COPY), caughtUp,
                placed(Placement.Decision.NEW_STORY), placed(Placement.Decision.JOINED),
                placed(Placement.Decision.COPY), merges, stories());
    }

    /**
     * The last checkpoint, if anything was placed since the one before and no placement failed half-way (then the
     * snapshot saved last stays, and the next run places the articles after it again).
     */
    @Override
    public void close() {
        if (!broken && (sinceCheckpoint > 0 || !touched.isEmpty())) {
            checkpoint();
        }
    }
}
