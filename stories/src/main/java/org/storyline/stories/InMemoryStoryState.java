package org.storyline.stories;

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
import org.storyline.model.AnnotatedArticle;

/**
 * {@link StoryState} in memory: hash maps, and per LSH bucket and per key a short deque of the most recent entries
 * (older ones fall off, which bounds both memory per key and the work per article). Not thread-safe.
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
        push(buckets.computeIfAbsent(bucketKey(band, hash), k -> new ArrayDeque<>()), articleId, BUCKET_CAPACITY);
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
