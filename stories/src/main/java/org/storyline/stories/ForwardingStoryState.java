package org.storyline.stories;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.storyline.model.AnnotatedArticle;

/**
 * A {@link StoryState} that hands every call to another one; subclasses override what they keep elsewhere, e.g.
 * full articles read from a store instead of kept in memory.
 *
 * <pre>{@code
 * StoryState lean = new ForwardingStoryState(new InMemoryStoryState()) {
 *     @Override public void putArticle(AnnotatedArticle article) {}   // texts are kept elsewhere
 * };
 * }</pre>
 */
public abstract class ForwardingStoryState implements StoryState {
    private final StoryState delegate;

    protected ForwardingStoryState(StoryState delegate) {
        this.delegate = requireNonNull(delegate, "delegate is null");
    }

    /** The state calls are handed to. */
    protected StoryState delegate() {
        return delegate;
    }

    @Override
    public void putArticle(AnnotatedArticle article) {
        delegate.putArticle(article);
    }

    @Override
    public Optional<AnnotatedArticle> article(String articleId) {
        return delegate.article(articleId);
    }

    @Override
    public Optional<ArticleFingerprint> fingerprint(String articleId) {
        return delegate.fingerprint(articleId);
    }

    @Override
    public void putFingerprint(ArticleFingerprint fingerprint) {
        delegate.putFingerprint(fingerprint);
    }

    @Override
    public List<String> lshBucket(int band, long hash, int limit) {
        return delegate.lshBucket(band, hash, limit);
    }

    @Override
    public void addToLshBucket(int band, long hash, String articleId) {
        delegate.addToLshBucket(band, hash, articleId);
    }

    @Override
    public long articleCount() {
        return delegate.articleCount();
    }

    @Override
    public int documentFrequency(String term) {
        return delegate.documentFrequency(term);
    }

    @Override
    public void countDocument(Collection<String> terms) {
        delegate.countDocument(terms);
    }

    @Override
    public Optional<StoryProfile> story(String storyId) {
        return delegate.story(storyId);
    }

    @Override
    public void putStory(StoryProfile story) {
        delegate.putStory(story);
    }

    @Override
    public void removeStory(String storyId) {
        delegate.removeStory(storyId);
    }

    @Override
    public List<String> storiesWithKey(String key, int limit) {
        return delegate.storiesWithKey(key, limit);
    }

    @Override
    public void fileStoryUnderKey(String key, String storyId) {
        delegate.fileStoryUnderKey(key, storyId);
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return delegate.storyOf(articleId);
    }

    @Override
    public void assign(String articleId, String storyId) {
        delegate.assign(articleId, storyId);
    }

    @Override
    public List<String> articlesOf(String storyId) {
        return delegate.articlesOf(storyId);
    }

    @Override
    public List<String> storyIds() {
        return delegate.storyIds();
    }
}
