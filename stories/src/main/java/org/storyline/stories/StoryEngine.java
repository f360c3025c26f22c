package org.storyline.stories;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleIds;
import org.storyline.stories.internal.ArticleFeatures;
import org.storyline.stories.internal.MinHash;
import org.storyline.stories.internal.Vectors;

/**
 * Turns a stream of annotated articles into stories, one article at a time, without re-clustering what is stored.
 *
 * <p>For each new article: (1) <b>syndication</b>: its word-shingle MinHash signature is banded into LSH buckets; the
 * articles sharing a bucket are checked exactly (shingle Jaccard for a duplicate, containment of the shorter text
 * for a partial copy); a copy is marked with its original, kept as evidence, and joins the original's story.
 * (2) <b>candidates</b>: the stories filed under the article's heaviest actor, entity and term keys (a bounded number
 * per key, most recent first) inside a time window. (3) <b>score</b>: a weighted mean of the cosines between the
 * article and each candidate's centroid of TF-IDF terms, of actor/entity keys, of title-and-lead embeddings and of
 * event types; the best candidate above the join threshold takes it, else it starts a story. (4) <b>merge</b>: the
 * story it joined is compared with the other candidates and absorbs those it now resembles above the merge
 * threshold. Every step reads a bounded slice of the {@link StoryState}, so the cost per article does not grow with
 * the number of stored articles or stories.
 *
 * <pre>{@code
 * StoryEngine engine = StoryEngine.inMemory();
 * for (AnnotatedArticle a : articles) {
 *     Placement p = engine.add(a);          // p.storyId(), p.decision(), p.copyOf()
 * }
 * List<Story> stories = engine.stories();   // with timeline, summary, outlets and disputes
 * }</pre>
 *
 * <p>Not thread-safe: call it from one thread (the pipeline hands articles over in input order).
 */
public final class StoryEngine {
    private static final int TERMS_PER_STORY = 400;
    private static final int KEYS_PER_STORY = 200;
    private static final int BUCKET_READ = 16;

    private final StoryState state;
    private final TextEmbedder embedder;
    private final StoryConfig config;
    private final MinHash minHash;

    public StoryEngine(StoryState state, TextEmbedder embedder, StoryConfig config) {
        this.state = requireNonNull(state, "state is null");
        this.embedder = requireNonNull(embedder, "embedder is null");
        this.config = requireNonNull(config, "config is null");
        this.minHash = new MinHash(config.shingleWords(), config.lshBands(), config.lshRows(), 0x5709_1E5L);
    }

    /** An engine over a fresh in-memory state with the offline MiniLM embedder and the default settings. */
    public static StoryEngine inMemory() {
        return new StoryEngine(new InMemoryStoryState(), new MiniLmEmbedder(), StoryConfig.DEFAULT);
    }

    public StoryState state() {
        return state;
    }

    public StoryConfig config() {
        return config;
    }

    /** Places one article: marks it as a copy or not, and puts it into a story (merging stories that converge). */
    public Placement add(AnnotatedArticle article) {
        requireNonNull(article, "article is null");
        String id = article.article().id();
        if (state.fingerprint(id).isPresent()) {
            return new Placement(id, state.storyOf(id).orElseThrow(), Placement.Decision.ALREADY_SEEN, 1,
                    Optional.empty(), Optional.empty(), List.of());
        }
        long sequence = state.articleCount();
        state.putArticle(article);
        long[] shingles = minHash.shingles(article.article().text());
        long[] signature = minHash.signature(shingles);
        var fingerprint = new ArticleFingerprint(id, sequence, article.article().outlet(),
                article.article().published(), shingles, Optional.empty(), Optional.empty());
        Optional<CopyMatch> copy = findCopy(fingerprint, signature);
        if (copy.isPresent()) {
            fingerprint = fingerprint.asCopyOf(copy.get().original(), copy.get().kind());
        }
        state.putFingerprint(fingerprint);
        for (int band = 0; band < minHash.bands(); band++) {
            state.addToLshBucket(band, minHash.bandHash(signature, band), id);
        }
        if (copy.isPresent()) {
            return placeCopy(article, sequence, copy.get());
        }
        return placeOriginal(article, sequence);
    }

    /** Every story with its details, oldest first. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (String storyId : state.storyIds()) {
            story(storyId).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** One story with its timeline, summary, outlets and disputes, built from its articles in the state. */
    public Optional<Story> story(String storyId) {
        if (state.story(storyId).isEmpty()) {
            return Optional.empty();
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        Map<String, StoryBuilder.Copy> copies = new LinkedHashMap<>();
        for (String articleId : state.articlesOf(storyId)) {
            state.article(articleId).ifPresent(articles::add);
            copy(articleId).ifPresent(c -> copies.put(articleId, c));
        }
        return Optional.of(StoryBuilder.build(storyId, articles, copies));
    }

    /** How a placed article copies another: the original (followed back to the first of a chain) and the kind. */
    public Optional<StoryBuilder.Copy> copy(String articleId) {
        return state.fingerprint(articleId).flatMap(f -> f.copyOf().map(
                original -> new StoryBuilder.Copy(rootOf(original), f.copyKind().orElseThrow())));
    }

    // syndication

    private record CopyMatch(String original, CopyKind kind, double similarity) {}

    private Optional<CopyMatch> findCopy(ArticleFingerprint article, long[] signature) {
        long[] shingles = article.shingles();
        if (shingles.length < 8) {
            return Optional.empty();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int band = 0; band < minHash.bands(); band++) {
            seen.addAll(state.lshBucket(band, minHash.bandHash(signature, band), BUCKET_READ));
        }
        CopyMatch best = null;
        for (String candidate : seen) {
            ArticleFingerprint other = state.fingerprint(candidate).orElse(null);
            if (other == null || other.shingles().length < 8) {
                continue;
            }
            int shared = MinHash.intersection(shingles, other.shingles());
            double jaccard = shared / (double) (shingles.length + other.shingles().length - shared);
            double containment = shared / (double) Math.min(shingles.length, other.shingles().length);
            CopyMatch match = null;
            String original = other.copyOf().orElse(other.articleId());
            if (jaccard >= config.duplicateJaccard()) {
                match = new CopyMatch(original, CopyKind.DUPLICATE, 1 + jaccard);
            } else if (containment >= config.partialContainment()) {
                match = new CopyMatch(original, CopyKind.PARTIAL, containment);
            }
            if (match != null && (best == null || match.similarity() > best.similarity())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    private String rootOf(String articleId) {
        String current = articleId;
        for (int i = 0; i < 8; i++) {
            Optional<String> next = state.fingerprint(current).flatMap(ArticleFingerprint::copyOf);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    private Placement placeCopy(AnnotatedArticle article, long sequence, CopyMatch copy) {
        String id = article.article().id();
        String storyId = state.storyOf(copy.original()).orElseThrow(
                () -> new IllegalStateException("original " + copy.original() + " of " + id + " has no story"));
        StoryProfile p = state.story(storyId).orElseThrow();
        Optional<LocalDate> date = ArticleFeatures.date(article);
        state.putStory(new StoryProfile(p.id(), p.created(), sequence, p.originals(), p.articles() + 1, p.title(),
                p.terms(), p.keys(), p.embedding(), p.eventTypes(), min(p.first(), date), max(p.last(), date)));
        state.assign(id, storyId);
        return new Placement(id, storyId, Placement.Decision.COPY, 1, Optional.of(copy.original()),
                Optional.of(copy.kind()), List.of());
    }

    // clustering

    private record Scored(StoryProfile story, double score) {}

    private Placement placeOriginal(AnnotatedArticle article, long sequence) {
        String id = article.article().id();
        ArticleFeatures.Counts counts = ArticleFeatures.count(article);
        state.countDocument(counts.all());
        ArticleFeatures features = ArticleFeatures.of(article, counts, state::documentFrequency, state.articleCount());
        float[] embedding = embedder.embed(features.lead());
        List<String> lookup = features.lookupKeys(config.keysPerArticle());
        List<Scored> scored = score(features, embedding, candidates(features, lookup));
        Placement placement;
        StoryProfile story;
        if (!scored.isEmpty() && scored.get(0).score() >= config.joinThreshold()) {
            Scored best = scored.get(0);
            story = absorb(best.story(), features, embedding, sequence);
            state.putStory(story);
            state.assign(id, story.id());
            List<String> merged = new ArrayList<>();
            story = mergeConverging(story, scored.subList(1, scored.size()), merged);
            placement = new Placement(id, story.id(), Placement.Decision.JOINED, best.score(), Optional.empty(),
                    Optional.empty(), merged);
        } else {
            String storyId = "story-" + ArticleIds.sha256Hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            story = new StoryProfile(storyId, sequence, sequence, 1, 1, article.article().title().orElse(""),
                    features.terms(), features.keys(), embedding, features.eventTypes(), features.date(),
                    features.date());
            state.putStory(story);
            state.assign(id, storyId);
            placement = new Placement(id, storyId, Placement.Decision.NEW_STORY,
                    scored.isEmpty() ? 0 : scored.get(0).score(), Optional.empty(), Optional.empty(), List.of());
        }
        for (String key : lookup) {
            state.fileStoryUnderKey(key, story.id());
        }
        return placement;
    }

    private List<StoryProfile> candidates(ArticleFeatures features, List<String> lookup) {
        Map<String, Double> shared = new LinkedHashMap<>();
        for (String key : lookup) {
            double w = features.keys().getOrDefault(key, features.terms().getOrDefault(key, 0.0));
            for (String storyId : state.storiesWithKey(key, config.storiesPerKey())) {
                shared.merge(storyId, w, Double::sum);
            }
        }
        List<StoryProfile> out = new ArrayList<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(config.candidatesScored())
                .forEach(e -> state.story(e.getKey()).filter(s -> inWindow(s, features.date())).ifPresent(out::add));
        return out;
    }

    private boolean inWindow(StoryProfile story, Optional<LocalDate> date) {
        return gapDays(story, date) <= config.windowDays();
    }

    private static long gapDays(StoryProfile story, Optional<LocalDate> date) {
        if (date.isEmpty() || story.first().isEmpty()) {
            return 0;
        }
        LocalDate d = date.get();
        if (d.isBefore(story.first().get())) {
            return ChronoUnit.DAYS.between(d, story.first().get());
        }
        if (d.isAfter(story.last().get())) {
            return ChronoUnit.DAYS.between(story.last().get(), d);
        }
        return 0;
    }

    private List<Scored> score(ArticleFeatures features, float[] embedding, List<StoryProfile> candidates) {
        List<Scored> out = new ArrayList<>();
        for (StoryProfile story : candidates) {
            double s = similarity(features.terms(), features.keys(), embedding, features.eventTypes(), story);
            s -= 0.1 * Math.min(1.0, gapDays(story, features.date()) / (double) Math.max(1, config.windowDays()));
            out.add(new Scored(story, s));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }

    /** The weighted mean of the available cosines (a part without data on either side is left out of the mean). */
    private double similarity(Map<String, Double> terms, Map<String, Double> keys, float[] embedding,
            Map<String, Integer> eventTypes, StoryProfile story) {
        double sum = config.termWeight() * Vectors.cosine(terms, story.terms());
        double weight = config.termWeight();
        if (!keys.isEmpty() && !story.keys().isEmpty()) {
            sum += config.keyWeight() * Vectors.cosine(keys, story.keys());
            weight += config.keyWeight();
        }
        if (embedding.length > 0 && story.embedding().length == embedding.length) {
            sum += config.embeddingWeight() * Vectors.cosine(embedding, story.embedding());
            weight += config.embeddingWeight();
        }
        if (!eventTypes.isEmpty() && !story.eventTypes().isEmpty()) {
            sum += config.eventWeight() * Vectors.cosine(asDouble(eventTypes), asDouble(story.eventTypes()));
            weight += config.eventWeight();
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private static Map<String, Double> asDouble(Map<String, Integer> counts) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v.doubleValue()));
        return out;
    }

    private StoryProfile absorb(StoryProfile s, ArticleFeatures f, float[] embedding, long sequence) {
        Map<String, Integer> types = new LinkedHashMap<>(s.eventTypes());
        f.eventTypes().forEach((k, v) -> types.merge(k, v, Integer::sum));
        String title = s.title().isEmpty() ? "" : s.title();
        return new StoryProfile(s.id(), s.created(), sequence, s.originals() + 1, s.articles() + 1, title,
                Vectors.addPruned(s.terms(), f.terms(), TERMS_PER_STORY),
                Vectors.addPruned(s.keys(), f.keys(), KEYS_PER_STORY), Vectors.add(s.embedding(), embedding), types,
                min(s.first(), f.date()), max(s.last(), f.date()));
    }

    /** Merges into {@code joined} the candidates it now resembles; returns the surviving story (the oldest). */
    private StoryProfile mergeConverging(StoryProfile joined, List<Scored> others, List<String> merged) {
        StoryProfile survivor = joined;
        for (Scored other : others) {
            StoryProfile t = state.story(other.story().id()).orElse(null);
            if (t == null || t.id().equals(survivor.id())) {
                continue;
            }
            double s = similarity(Vectors.unit(survivor.terms()), Vectors.unit(survivor.keys()), survivor.embedding(),
                    survivor.eventTypes(), t);
            if (s < config.mergeThreshold()) {
                continue;
            }
            StoryProfile older = survivor.created() <= t.created() ? survivor : t;
            StoryProfile younger = older == survivor ? t : survivor;
            survivor = combine(older, younger);
            for (String articleId : state.articlesOf(younger.id())) {
                state.assign(articleId, older.id());
            }
            state.removeStory(younger.id());
            state.putStory(survivor);
            for (String key : Vectors.top(younger.keys(), config.keysPerArticle() / 2).keySet()) {
                state.fileStoryUnderKey(key, older.id());
            }
            for (String key : Vectors.top(younger.terms(), config.keysPerArticle() / 2).keySet()) {
                state.fileStoryUnderKey(key, older.id());
            }
            merged.add(younger.id());
        }
        return survivor;
    }

    private static StoryProfile combine(StoryProfile a, StoryProfile b) {
        Map<String, Integer> types = new LinkedHashMap<>(a.eventTypes());
        b.eventTypes().forEach((k, v) -> types.merge(k, v, Integer::sum));
        return new StoryProfile(a.id(), a.created(), Math.max(a.updated(), b.updated()), a.originals() + b.originals(),
                a.articles() + b.articles(), a.title().isEmpty() ? b.title() : a.title(),
                Vectors.addPruned(a.terms(), b.terms(), TERMS_PER_STORY),
                Vectors.addPruned(a.keys(), b.keys(), KEYS_PER_STORY), Vectors.add(a.embedding(), b.embedding()),
                types, min(a.first(), b.first()), max(a.last(), b.last()));
    }

    private static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
    }

    private static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }
}
