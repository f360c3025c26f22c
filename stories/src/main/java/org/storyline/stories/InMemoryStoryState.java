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
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.model.AnnotatedArticle;

/**
 * {@link StoryState} in memory: hash maps, and per LSH bucket and per key a short deque of the most recent entries
 * (older ones fall off, which bounds both memory per key and the work per article). Not thread-safe.
 *
 * <p>A state can be saved as a versioned binary snapshot ({@link #writeSnapshot}, {@link #snapshot}) and read back
 * ({@link #readSnapshot}, {@link #fromSnapshot}), so that clustering goes on across runs where it stopped: everything
 * but the full articles is in it (fingerprints, LSH buckets, term frequencies, story profiles, the key index,
 * assignments, the article count). An engine over a restored state places the next articles exactly as the engine
 * that wrote the snapshot would have. A store keeps the articles themselves; a restored state answers
 * {@link #article} only for articles put after the restore.
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
    }

    @Override
    public List<String> lshBucket(int band, long hash, int limit) {
        return recent(buckets.get(bucketKey(band, hash)), limit);
    }

    @Override
    public void addToLshBucket(int band, long hash, String articleId) {
        // most buckets hold one article: start small (a default ArrayDeque reserves 16 slots)
        push(buckets.computeIfAbsent(bucketKey(band, hash), k -> new ArrayDeque<>(4)), articleId, BUCKET_CAPACITY);
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
    }

    @Override
    public Optional<StoryProfile> story(String storyId) {
        return Optional.ofNullable(stories.get(storyId));
    }

    @Override
    public void putStory(StoryProfile story) {
        stories.put(story.id(), story);
    }

    @Override
    public void removeStory(String storyId) {
        stories.remove(storyId);
        members.remove(storyId);
    }

    @Override
    public List<String> storiesWithKey(String key, int limit) {
        return recent(keys.get(key), limit);
    }

    @Override
    public void fileStoryUnderKey(String key, String storyId) {
        push(keys.computeIfAbsent(key, k -> new ArrayDeque<>()), storyId, KEY_CAPACITY);
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
        }
        members.computeIfAbsent(storyId, k -> new LinkedHashSet<>()).add(articleId);
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
    public static final int SNAPSHOT_VERSION = 1;

    /** {@link #writeSnapshot} into a byte array. */
    public byte[] snapshot() {
        var bytes = new ByteArrayOutputStream(1 << 16);
        try (var out = new DataOutputStream(bytes)) {
            writeSnapshot(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** {@link #readSnapshot} from a byte array. */
    public static InMemoryStoryState fromSnapshot(byte[] snapshot) throws IOException {
        return readSnapshot(new DataInputStream(new ByteArrayInputStream(snapshot)));
    }

    /**
     * Writes everything this state holds except the full articles: a magic number, {@link #SNAPSHOT_VERSION}, the
     * article count, tables of the article and story ids used, then fingerprints, LSH buckets, term frequencies,
     * story profiles, the key index and the assignments (ids as indexes into the tables).
     */
    public void writeSnapshot(DataOutput out) throws IOException {
        TreeSet<String> articleIds = new TreeSet<>(fingerprints.keySet());
        buckets.values().forEach(articleIds::addAll);
        articleIds.addAll(storyOf.keySet());
        members.values().forEach(articleIds::addAll);
        fingerprints.values().forEach(f -> f.copyOf().ifPresent(articleIds::add));
        TreeSet<String> storyIds = new TreeSet<>(stories.keySet());
        keys.values().forEach(storyIds::addAll);
        storyIds.addAll(storyOf.values());
        storyIds.addAll(members.keySet());
        Map<String, Integer> articleIndex = index(articleIds);
        Map<String, Integer> storyIndex = index(storyIds);

        out.writeInt(SNAPSHOT_MAGIC);
        out.writeInt(SNAPSHOT_VERSION);
        out.writeLong(articleCount);
        writeStrings(out, articleIds);
        writeStrings(out, storyIds);

        out.writeInt(fingerprints.size());
        for (ArticleFingerprint f : new TreeMap<>(fingerprints).values()) {
            out.writeInt(articleIndex.get(f.articleId()));
            out.writeLong(f.sequence());
            writeOptionalString(out, f.outlet());
            writeOptionalDate(out, f.published());
            out.writeInt(f.shingles().length);
            for (long shingle : f.shingles()) {
                out.writeLong(shingle);
            }
            out.writeInt(f.copyOf().map(articleIndex::get).orElse(-1));
            writeOptionalString(out, f.copyKind().map(Enum::name));
        }

        out.writeInt(buckets.size());
        for (Map.Entry<Long, Deque<String>> bucket : new TreeMap<>(buckets).entrySet()) {
            out.writeLong(bucket.getKey());
            writeIndexes(out, bucket.getValue(), articleIndex);
        }

        out.writeInt(frequencies.size());
        for (Map.Entry<String, Integer> f : new TreeMap<>(frequencies).entrySet()) {
            writeString(out, f.getKey());
            out.writeInt(f.getValue());
        }

        out.writeInt(stories.size());
        for (StoryProfile p : stories.values()) {
            out.writeInt(storyIndex.get(p.id()));
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

        out.writeInt(keys.size());
        for (Map.Entry<String, Deque<String>> key : new TreeMap<>(keys).entrySet()) {
            writeString(out, key.getKey());
            writeIndexes(out, key.getValue(), storyIndex);
        }

        out.writeInt(storyOf.size());
        for (Map.Entry<String, String> a : new TreeMap<>(storyOf).entrySet()) {
            out.writeInt(articleIndex.get(a.getKey()));
            out.writeInt(storyIndex.get(a.getValue()));
        }
        out.writeInt(members.size());
        for (Map.Entry<String, LinkedHashSet<String>> m : new TreeMap<>(members).entrySet()) {
            out.writeInt(storyIndex.get(m.getKey()));
            writeIndexes(out, m.getValue(), articleIndex);
        }
    }

    /**
     * Reads a state written by {@link #writeSnapshot}.
     *
     * @throws IOException when the input is not a snapshot, is truncated, or comes from a newer format version
     */
    public static InMemoryStoryState readSnapshot(DataInput in) throws IOException {
        int magic = in.readInt();
        if (magic != SNAPSHOT_MAGIC) {
            throw new IOException("not a story state snapshot (starts with 0x" + Integer.toHexString(magic) + ")");
        }
        int version = in.readInt();
        if (version < 1 || version > SNAPSHOT_VERSION) {
            throw new IOException("story state snapshot version " + version + " is not readable by this build "
                    + "(it reads 1 to " + SNAPSHOT_VERSION + "); run a newer storyline");
        }
        var state = new InMemoryStoryState();
        state.articleCount = in.readLong();
        String[] articleIds = readStrings(in);
        String[] storyIds = readStrings(in);

        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String id = articleIds[in.readInt()];
            long sequence = in.readLong();
            Optional<String> outlet = readOptionalString(in);
            Optional<LocalDate> published = readOptionalDate(in);
            long[] shingles = new long[in.readInt()];
            for (int s = 0; s < shingles.length; s++) {
                shingles[s] = in.readLong();
            }
            int copyOf = in.readInt();
            Optional<CopyKind> kind = readOptionalString(in).map(CopyKind::valueOf);
            state.fingerprints.put(id, new ArticleFingerprint(id, sequence, outlet, published, shingles,
                    copyOf < 0 ? Optional.empty() : Optional.of(articleIds[copyOf]), kind));
        }

        n = in.readInt();
        for (int i = 0; i < n; i++) {
            long key = in.readLong();
            state.buckets.put(key, readIndexes(in, articleIds, new ArrayDeque<>(4)));
        }

        n = in.readInt();
        for (int i = 0; i < n; i++) {
            state.frequencies.put(readString(in), in.readInt());
        }

        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String id = storyIds[in.readInt()];
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
            state.stories.put(id, new StoryProfile(id, created, updated, originals, articles, title, terms, keys,
                    embedding, eventTypes, first, last));
        }

        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String key = readString(in);
            state.keys.put(key, readIndexes(in, storyIds, new ArrayDeque<>(4)));
        }

        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String article = articleIds[in.readInt()];
            state.storyOf.put(article, storyIds[in.readInt()]);
        }
        n = in.readInt();
        for (int i = 0; i < n; i++) {
            String story = storyIds[in.readInt()];
            state.members.put(story, readIndexes(in, articleIds, new LinkedHashSet<>()));
        }
        return state;
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
