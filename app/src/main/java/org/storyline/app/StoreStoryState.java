package org.storyline.app;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.storyline.model.AnnotatedArticle;
import org.storyline.stories.ArticleFingerprint;
import org.storyline.stories.InMemoryStoryState;
import org.storyline.stories.StoryProfile;
import org.storyline.stories.StoryState;
import org.storyline.store.ArticleStore;

/**
 * The story engine's state for an ingest: full articles come from the store (which has them already, so
 * {@link #putArticle} keeps nothing), everything else from an {@link InMemoryStoryState} that is saved to the store
 * as a snapshot. Memory then holds fingerprints, buckets and profiles, never article texts.
 */
final class StoreStoryState implements StoryState {
    private final InMemoryStoryState memory;
    private final ArticleStore articles;

    StoreStoryState(InMemoryStoryState memory, ArticleStore articles) {
        this.memory = requireNonNull(memory, "memory is null");
        this.articles = requireNonNull(articles, "articles is null");
    }

    InMemoryStoryState memory() {
        return memory;
    }

    @Override
    public void putArticle(AnnotatedArticle article) {
        // stored by the ingest in the article's own transaction, before the engine sees it
    }

    @Override
    public Optional<AnnotatedArticle> article(String articleId) {
        return articles.article(articleId);
    }

    @Override
    public Optional<ArticleFingerprint> fingerprint(String articleId) {
        return memory.fingerprint(articleId);
    }

    @Override
    public void putFingerprint(ArticleFingerprint fingerprint) {
        memory.putFingerprint(fingerprint);
    }

    @Override
    public List<String> lshBucket(int band, long hash, int limit) {
        return memory.lshBucket(band, hash, limit);
    }

    @Override
    public void addToLshBucket(int band, long hash, String articleId) {
        memory.addToLshBucket(band, hash, articleId);
    }

    @Override
    public long articleCount() {
        return memory.articleCount();
    }

    @Override
    public int documentFrequency(String term) {
        return memory.documentFrequency(term);
    }

    @Override
    public void countDocument(Collection<String> terms) {
        memory.countDocument(terms);
    }

    @Override
    public Optional<StoryProfile> story(String storyId) {
        return memory.story(storyId);
    }

    @Override
    public void putStory(StoryProfile story) {
        memory.putStory(story);
    }

    @Override
    public void removeStory(String storyId) {
        memory.removeStory(storyId);
    }

    @Override
    public List<String> storiesWithKey(String key, int limit) {
        return memory.storiesWithKey(key, limit);
    }

    @Override
    public void fileStoryUnderKey(String key, String storyId) {
        memory.fileStoryUnderKey(key, storyId);
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return memory.storyOf(articleId);
    }

    @Override
    public void assign(String articleId, String storyId) {
        memory.assign(articleId, storyId);
    }

    @Override
    public List<String> articlesOf(String storyId) {
        return memory.articlesOf(storyId);
    }

    @Override
    public List<String> storyIds() {
        return memory.storyIds();
    }
}
