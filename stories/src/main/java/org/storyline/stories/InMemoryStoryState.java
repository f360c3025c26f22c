package org.storyline.stories;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.AnnotatedArticle;

/**
 * {@link StoryState} in memory: hash maps, and per LSH bucket and per key a short deque of the most recent entries
 * (older ones fall off, which bounds both memory per key and the work per article). Not thread-safe.
 *
 * <p>A state can be saved as a versioned binary snapshot ({@link #snapshot}) and read back ({@link #fromSnapshot}),
 * so that clustering goes on across runs where it stopped: everything but the full articles is in it (fingerprints,
 * LSH buckets, term frequencies, story profiles and members, the key index, the article count). An engine over a
 * restored state places the next articles exactly as the engine that wrote the snapshot would have. A store keeps
 * the articles themselves; a restored state answers {@link #article} only for articles put after the restore.
 *
 * <p>A long run saves segments instead ({@link #takeSegment}): each holds only what changed since the previous one,
 * and {@link #fromSegments} replays them in order. Saving every few thousand articles then writes in all about as
 * much as the state holds, instead of the whole state each time.
 *
 * <pre>{@code
 * byte[] saved = state.snapshot();
 * var engine = new StoryEngine(InMemoryStoryState.fromSnapshot(saved), embedder, StoryConfig.DEFAULT);
 * }</pre>
 *
 * <p>Design decision: the snapshot is hand-written with {@link DataOutput}, not Java serialization: the records hold
 * {@code Optional} fields (not serializable), and an explicit format with a version number can be read by later
 * builds. Hash-ordered maps are written sorted by key, so equal states give equal bytes.
 */
public final class InMemoryStoryState implements StoryState {
    private static final int BUCKET_CAPACITY = 64;
    private static final int KEY_CAPACITY = 64;

    private final Map<String, AnnotatedArticle> articles = new HashMap<>();
    private final Map<String, ArticleFingerprint> fingerprints = new HashMap<>();
    private final Map<Long, Deque<String>> buckets = new HashMap<>();
    private final Map<String, Integer> frequencies = new HashMap<>();
    private final Map<String, StoryProfile> stories = new LinkedHashMap<>();
    private final Map<String, Deque<String>> keys = new HashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, LinkedHashSet<String>> members = new HashMap<>();
    private long articleCount;
    // what changed since the last segment was taken
    private final Set<String> changedFingerprints = new HashSet<>();
    private final Set<Long> changedBuckets = new HashSet<>();
    private final Set<String> changedTerms = new HashSet<>();
    private final Set<String> changedStories = new HashSet<>();
    private final Set<String> changedKeys = new HashSet<>();
    private static final Set<String> EMPTY = Set.of();
    private final boolean tracking;

    /** An empty state that does not track its changes (see {@link #tracked}). */
    public InMemoryStoryState() {
        this(false);
    }

    private InMemoryStoryState(boolean tracking) {
        this.tracking = tracking;
    }

    private <T> void note(Set<T> changes, T key) {
        if (tracking) {
            changes.add(key);
        }
    }

    private <T> void noteAll(Set<T> changes, Collection<T> keys) {
        if (tracking) {
            changes.addAll(keys);
        }
    }

    /** An empty state that tracks its changes, so that {@link #takeSegment} can save them. */
    public static InMemoryStoryState tracked() {
        return new InMemoryStoryState(true);
    }

    @Override
    public void putArticle(AnnotatedArticle article) {
        articles.put(article.article().id(), article);
    }

    @Override
    public Optional<AnnotatedArticle> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    @Override
    public Optional<ArticleFingerprint> fingerprint(String articleId) {
        return Optional.ofNullable(fingerprints.get(articleId));
    }

    @Override
    public void putFingerprint(ArticleFingerprint fingerprint) {
        if (fingerprints.put(fingerprint.articleId(), fingerprint) == null) {
            articleCount++;
        }
        note(changedFingerprints, fingerprint.articleId());
    }

    @Override
    public List<String> lshBucket(int band, long hash, int limit) {
        return recent(buckets.get(bucketKey(band, hash)), limit);
    }

    @Override
    public void addToLshBucket(int band, long hash, String articleId) {
        // most buckets hold one article: start small (a default ArrayDeque reserves 16 slots)
        long key = bucketKey(band, hash);
        push(buckets.computeIfAbsent(key, k -> new ArrayDeque<>(4)), articleId, BUCKET_CAPACITY);
        note(changedBuckets, key);
    }

    @Override
    public long articleCount() {
        return articleCount;
    }

    @Override
    public int documentFrequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }

    @Override
    public void countDocument(Collection<String> terms) {
        for (String t : terms) {
            frequencies.merge(t, 1, Integer::sum);
        }
        noteAll(changedTerms, terms);
    }

    @Override
    public Optional<StoryProfile> story(String storyId) {
        return Optional.ofNullable(stories.get(storyId));
    }

    @Override
    public void putStory(StoryProfile story) {
        stories.put(story.id(), story);
        note(changedStories, story.id());
    }

    @Override
    public void removeStory(String storyId) {
        stories.remove(storyId);
        members.remove(storyId);
        note(changedStories, storyId);
    }

    @Override
    public List<String> storiesWithKey(String key, int limit) {
        return recent(keys.get(key), limit);
    }

    @Override
    public void fileStoryUnderKey(String key, String storyId) {
        push(keys.computeIfAbsent(key, k -> new ArrayDeque<>()), storyId, KEY_CAPACITY);
        note(changedKeys, key);
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOf.get(articleId));
    }

    @Override
    public void assign(String articleId, String storyId) {
        String previous = storyOf.put(articleId, storyId);
        if (previous != null && members.containsKey(previous)) {
            members.get(previous).remove(articleId);
            note(changedStories, previous);
        }
        members.computeIfAbsent(storyId, k -> new LinkedHashSet<>()).add(articleId);
        note(changedStories, storyId);
    }

    @Override
    public List<String> articlesOf(String storyId) {
        return List.copyOf(members.getOrDefault(storyId, new LinkedHashSet<>()));
    }

    @Override
    public List<String> storyIds() {
        return List.copyOf(stories.keySet());
    }

    // snapshot

    /** The first four bytes of a snapshot: "SLSS" (Storyline story state). */
    static final int SNAPSHOT_MAGIC = 0x534C5353;
    /** The format {@link #writeSnapshot} writes; {@link #readSnapshot} reads this and older ones. */
    public static final int SNAPSHOT_VERSION = 2;

    /** {@link #writeSnapshot} into a byte array: the whole state, as one segment. Leaves the change log as it is. */
    public byte[] snapshot() {
        return bytes(out -> writeSegment(out, true));
    }

    /**
     * The changes since the last call (or since this state was created or restored) as one segment, and starts a new
     * change log; with {@code whole}, the whole state instead (to replace every earlier segment). Appending segments
     * keeps what a checkpoint writes proportional to what changed, not to the size of the state.
     */
    public byte[] takeSegment(boolean whole) {
        if (!tracking && !whole) {
            throw new IllegalStateException("this state does not track its changes; create it with tracked()");
        }
        byte[] segment = bytes(out -> writeSegment(out, whole));
        changedFingerprints.clear();
        changedBuckets.clear();
        changedTerms.clear();
        changedStories.clear();
        changedKeys.clear();
        return segment;
    }

    /** Whether anything changed since the last {@link #takeSegment}. */
    public boolean changed() {
        return !changedFingerprints.isEmpty() || !changedBuckets.isEmpty() || !changedTerms.isEmpty()
                || !changedStories.isEmpty() || !changedKeys.isEmpty();
    }

    /** {@link #readSnapshot} from a byte array. */
    public static InMemoryStoryState fromSnapshot(byte[] snapshot) throws IOException {
        return fromSegments(List.of(snapshot));
    }

    /**
     * The state that the segments describe, replayed in order: a snapshot (or a segment written with {@code whole})
     * first, then the segments of the changes after it. The state tracks its changes from there.
     *
     * @throws IOException when a segment is not a snapshot segment, is truncated, or comes from a newer format
     */
    public static InMemoryStoryState fromSegments(List<byte[]> segments) throws IOException {
        var state = tracked();
        int i = 0;
        for (byte[] segment : segments) {
            try {
                state.readSegment(new DataInputStream(new ByteArrayInputStream(segment)), i == 0);
            } catch (IOException e) {
                throw new IOException("segment " + (i + 1) + " of " + segments.size() + ": " + e.getMessage(), e);
            }
            i++;
        }
        return state;
    }

    /** Writes the whole state as one segment (see {@link #takeSegment}). */
    public void writeSnapshot(DataOutput out) throws IOException {
        writeSegment(out, true);
    }

    /** Reads a state written by {@link #writeSnapshot} (or by an older build, format version 1). */
    public static InMemoryStoryState readSnapshot(DataInput in) throws IOException {
        var state = tracked();
        state.readSegment(in, true);
        return state;
    }

    private interface Writer {
        void write(DataOutput out) throws IOException;
    }

    private static byte[] bytes(Writer writer) {
        var bytes = new ByteArrayOutputStream(1 << 16);
        try (var out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Format 2: magic, version, the article count, a table of the ids used, then the fingerprints, LSH buckets (each
     * whole), term frequencies, stories (present or removed), key deques and story members (each whole) that
     * changed, or all of them. Ids are indexes into the table; maps are written sorted, so equal states give equal
     * bytes. The assignment of articles to stories is not written: it is the inverse of the members.
     */
    private void writeSegment(DataOutput out, boolean whole) throws IOException {
        Collection<String> fingerprintIds = whole ? new TreeSet<>(fingerprints.keySet()) : sorted(changedFingerprints);
        Collection<Long> bucketKeys = whole ? new TreeSet<>(buckets.keySet()) : sorted(changedBuckets);
        Collection<String> terms = whole ? new TreeSet<>(frequencies.keySet()) : sorted(changedTerms);
        Collection<String> storyIds = whole ? new TreeSet<>(union(stories.keySet(), members.keySet()))
                : sorted(changedStories);
        Collection<String> keyNames = whole ? new TreeSet<>(keys.keySet()) : sorted(changedKeys);

        TreeSet<String> ids = new TreeSet<>(storyIds);
        for (String id : fingerprintIds) {
            ids.add(id);
            fingerprints.get(id).copyOf().ifPresent(ids::add);
        }
        bucketKeys.forEach(k -> ids.addAll(buckets.get(k)));
        keyNames.forEach(k -> ids.addAll(keys.get(k)));
        storyIds.forEach(s -> ids.addAll(membersOf(s)));
        Map<String, Integer> index = index(ids);

        out.writeInt(SNAPSHOT_MAGIC);
        out.writeInt(SNAPSHOT_VERSION);
        out.writeBoolean(whole);
        out.writeLong(articleCount);
        writeStrings(out, ids);

        out.writeInt(fingerprintIds.size());
        for (String id : fingerprintIds) {
            ArticleFingerprint f = fingerprints.get(id);
            out.writeInt(index.get(id));
            out.writeLong(f.sequence());
            writeOptionalString(out, f.outlet());
            writeOptionalDate(out, f.published());
            out.writeInt(f.shingles().length);
            for (long shingle : f.shingles()) {
                out.writeLong(shingle);
            }
            out.writeInt(f.copyOf().map(index::get).orElse(-1));
            writeOptionalString(out, f.copyKind().map(Enum::name));
        }

        out.writeInt(bucketKeys.size());
        for (long key : bucketKeys) {
            out.writeLong(key);
            writeIndexes(out, buckets.get(key), index);
        }

        out.writeInt(terms.size());
        for (String term : terms) {
            writeString(out, term);
            out.writeInt(frequencies.get(term));
        }

        out.writeInt(storyIds.size());
        for (String id : storyIds) {
            out.writeInt(index.get(id));
            StoryProfile p = stories.get(id);
            out.writeBoolean(p != null);
            if (p != null) {
                writeProfile(out, p);
            }
            writeIndexes(out, membersOf(id), index);
        }

        out.writeInt(keyNames.size());
        for (String key : keyNames) {
            writeString(out, key);
            writeIndexes(out, keys.get(key), index);
        }
    }

    private void readSegment(DataInput in, boolean first) throws IOException {
        int magic = in.readInt();
        if (magic != SNAPSHOT_MAGIC) {
            throw new IOException("not a story state snapshot (starts with 0x" + Integer.toHexString(magic) + ")");
        }
        int version = in.readInt();
        if (version < 1 || version > SNAPSHOT_VERSION) {
            throw new IOException("story state snapshot version " + version + " is not readable by this build "
                    + "(it reads 1 to " + SNAPSHOT_VERSION + "); run a newer storyline");
        }
        if (version == 1) {
            if (!first) {
                throw new IOException("a format 1 snapshot can only come first");
            }
            readVersion1(in);
            return;
        }
        boolean whole = in.readBoolean();
        if (whole && !first) {
            throw new IOException("a whole-state segment can only come first");
        }
        articleCount = in.readLong();
        String[] ids = readStrings(in);
        readArticleParts(in, ids);
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String id = ids[in.readInt()];
            if (in.readBoolean()) {
                stories.put(id, readProfile(in, id));
            } else {
                stories.remove(id);
            }
            LinkedHashSet<String> articles = readIndexes(in, ids, new LinkedHashSet<>());
            LinkedHashSet<String> before = articles.isEmpty() ? members.remove(id) : members.put(id, articles);
            if (before != null) {
                before.stream().filter(a -> id.equals(storyOf.get(a))).forEach(storyOf::remove);
            }
            articles.forEach(a -> storyOf.put(a, id));
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String key = readString(in);
            keys.put(key, readIndexes(in, ids, new ArrayDeque<>(4)));
        }
    }

    /** Format 1 (builds before segments): everything at once, with the assignments written out. */
    private void readVersion1(DataInput in) throws IOException {
        articleCount = in.readLong();
        String[] articleIds = readStrings(in);
        String[] storyIds = readStrings(in);
        readArticleParts(in, articleIds);
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String id = storyIds[in.readInt()];
            stories.put(id, readProfile(in, id));
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String key = readString(in);
            keys.put(key, readIndexes(in, storyIds, new ArrayDeque<>(4)));
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String article = articleIds[in.readInt()];
            storyOf.put(article, storyIds[in.readInt()]);
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String story = storyIds[in.readInt()];
            members.put(story, readIndexes(in, articleIds, new LinkedHashSet<>()));
        }
    }

    /** Fingerprints, LSH buckets and term frequencies, laid out alike in both formats. */
    private void readArticleParts(DataInput in, String[] articleIds) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            ArticleFingerprint f = readFingerprint(in, articleIds);
            fingerprints.put(f.articleId(), f);
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            long key = in.readLong();
            buckets.put(key, readIndexes(in, articleIds, new ArrayDeque<>(4)));
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            frequencies.put(readString(in), in.readInt());
        }
    }

    private static ArticleFingerprint readFingerprint(DataInput in, String[] ids) throws IOException {
        String id = ids[in.readInt()];
        long sequence = in.readLong();
        Optional<String> outlet = readOptionalString(in);
        Optional<LocalDate> published = readOptionalDate(in);
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("corrupt story state snapshot: " + length + " shingles");
        }
        long[] shingles = new long[length];
        for (int s = 0; s < shingles.length; s++) {
            shingles[s] = in.readLong();
        }
        int copyOf = in.readInt();
        Optional<CopyKind> kind = readOptionalString(in).map(CopyKind::valueOf);
        return new ArticleFingerprint(id, sequence, outlet, published, shingles,
                copyOf < 0 ? Optional.empty() : Optional.of(ids[copyOf]), kind);
    }

    private static void writeProfile(DataOutput out, StoryProfile p) throws IOException {
        out.writeLong(p.created());
        out.writeLong(p.updated());
        out.writeInt(p.originals());
        out.writeInt(p.articles());
        writeString(out, p.title());
        writeWeights(out, p.terms());
        writeWeights(out, p.keys());
        out.writeInt(p.embedding().length);
        for (float x : p.embedding()) {
            out.writeFloat(x);
        }
        out.writeInt(p.eventTypes().size());
        for (Map.Entry<String, Integer> e : p.eventTypes().entrySet()) {
            writeString(out, e.getKey());
            out.writeInt(e.getValue());
        }
        writeOptionalDate(out, p.first());
        writeOptionalDate(out, p.last());
    }

    private static StoryProfile readProfile(DataInput in, String id) throws IOException {
        long created = in.readLong();
        long updated = in.readLong();
        int originals = in.readInt();
        int articles = in.readInt();
        String title = readString(in);
        Map<String, Double> terms = readWeights(in);
        Map<String, Double> keys = readWeights(in);
        float[] embedding = new float[in.readInt()];
        for (int e = 0; e < embedding.length; e++) {
            embedding[e] = in.readFloat();
        }
        int types = in.readInt();
        Map<String, Integer> eventTypes = new LinkedHashMap<>();
        for (int t = 0; t < types; t++) {
            eventTypes.put(readString(in), in.readInt());
        }
        Optional<LocalDate> first = readOptionalDate(in);
        Optional<LocalDate> last = readOptionalDate(in);
        return new StoryProfile(id, created, updated, originals, articles, title, terms, keys, embedding, eventTypes,
                first, last);
    }

    private Collection<String> membersOf(String storyId) {
        Collection<String> m = members.get(storyId);
        return m == null ? EMPTY : m;
    }

    private static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
        List<T> out = new ArrayList<>(values);
        Collections.sort(out);
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Map<String, Integer> index(Collection<String> sorted) {
        Map<String, Integer> index = new HashMap<>(sorted.size() * 2);
        for (String s : sorted) {
            index.put(s, index.size());
        }
        return index;
    }

    private static void writeStrings(DataOutput out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            writeString(out, s);
        }
    }

    private static String[] readStrings(DataInput in) throws IOException {
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = readString(in);
        }
        return strings;
    }

    private static void writeIndexes(DataOutput out, Collection<String> values, Map<String, Integer> index)
            throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeInt(index.get(v));
        }
    }

    private static <C extends Collection<String>> C readIndexes(DataInput in, String[] table, C into)
            throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            into.add(table[in.readInt()]);
        }
        return into;
    }

    private static void writeWeights(DataOutput out, Map<String, Double> weights) throws IOException {
        out.writeInt(weights.size());
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            writeString(out, w.getKey());
            out.writeDouble(w.getValue());
        }
    }

    private static Map<String, Double> readWeights(DataInput in) throws IOException {
        int n = in.readInt();
        Map<String, Double> weights = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            weights.put(readString(in), in.readDouble());
        }
        return weights;
    }

    /** UTF-8 with an int length: {@link DataOutput#writeUTF} stops at 64 KB. */
    private static void writeString(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("corrupt story state snapshot: string of length " + n);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeOptionalString(DataOutput out, Optional<String> s) throws IOException {
        out.writeBoolean(s.isPresent());
        if (s.isPresent()) {
            writeString(out, s.get());
        }
    }

    private static Optional<String> readOptionalString(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
    }

    private static void writeOptionalDate(DataOutput out, Optional<LocalDate> d) throws IOException {
        out.writeBoolean(d.isPresent());
        if (d.isPresent()) {
            out.writeLong(d.get().toEpochDay());
        }
    }

    private static Optional<LocalDate> readOptionalDate(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
    }

    private static long bucketKey(int band, long hash) {
        return hash * 31 + band;
    }

    private static void push(Deque<String> deque, String value, int capacity) {
        deque.remove(value);
        deque.addFirst(value);
        while (deque.size() > capacity) {
            deque.removeLast();
        }
    }

    private static List<String> recent(Deque<String> deque, int limit) {
        if (deque == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(Math.min(limit, deque.size()));
        for (Iterator<String> it = deque.iterator(); it.hasNext() && out.size() < limit; ) {
            out.add(it.next());
        }
        return out;
    }
}
