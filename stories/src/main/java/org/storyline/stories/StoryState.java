package org.storyline.stories;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.storyline.model.AnnotatedArticle;

/**
 * Everything {@link StoryEngine} remembers between articles, behind one small interface so that a store can persist
 * it ({@link InMemoryStoryState} keeps it in memory). The engine reads only bounded slices of it per article: some
 * LSH buckets, the stories of some keys, some story profiles, some term frequencies.
 *
 * <p>Implementations need not be thread-safe: the engine is called from one thread. Story ids passed back from
 * {@link #storiesWithKey} may name stories since merged away; the engine skips those whose {@link #story} is empty.
 */
public interface StoryState {

    // articles and copy detection

    /** Keeps an article so that its story's details can be built later (a store that already has it may ignore this). */
    void putArticle(AnnotatedArticle article);

    Optional<AnnotatedArticle> article(String articleId);

    Optional<ArticleFingerprint> fingerprint(String articleId);

    void putFingerprint(ArticleFingerprint fingerprint);

    /** The articles filed under an LSH bucket, at most the {@code limit} most recent. */
    List<String> lshBucket(int band, long hash, int limit);

    void addToLshBucket(int band, long hash, String articleId);

    /** How many articles the engine has seen (also the next sequence number). */
    long articleCount();

    // term statistics

    /** In how many articles a term or key occurred. */
    int documentFrequency(String term);

    /** Counts one more article containing each of {@code terms} (distinct). */
    void countDocument(Collection<String> terms);

    // stories

    Optional<StoryProfile> story(String storyId);

    /** Adds or replaces a story's profile. */
    void putStory(StoryProfile story);

    /** Forgets a story (merged into another); its articles have been reassigned first. */
    void removeStory(String storyId);

    /** The stories filed under a key, most recently filed first, at most {@code limit}. */
    List<String> storiesWithKey(String key, int limit);

    /** Files a story under a key (again: it becomes the most recent). */
    void fileStoryUnderKey(String key, String storyId);

    Optional<String> storyOf(String articleId);

    /** Puts an article into a story (moving it out of the one it was in). */
    void assign(String articleId, String storyId);

    /** A story's articles in the order they were assigned. */
    List<String> articlesOf(String storyId);

    /** Every story id, oldest first. */
    List<String> storyIds();
}
