package org.storyline.app;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.storyline.model.AnnotatedArticle;
import org.storyline.stories.ForwardingStoryState;
import org.storyline.stories.InMemoryStoryState;
import org.storyline.store.ArticleStore;

/**
 * The story engine's state for an ingest: full articles come from the store (which has them already, so
 * {@link #putArticle} keeps nothing), everything else from an {@link InMemoryStoryState} that is saved to the store
 * as segments. Memory then holds fingerprints, buckets and profiles, never article texts.
 */
final class StoreStoryState extends ForwardingStoryState {
    private final InMemoryStoryState memory;
    private final ArticleStore articles;

    StoreStoryState(InMemoryStoryState memory, ArticleStore articles) {
        super(memory);
        this.memory = memory;
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
}
