package org.storyline.store;

import java.util.List;
import java.util.Optional;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/**
 * Articles and rejections, written once and read back. An article is stored with all its rows (entities, actors,
 * quotes, dates, events and their arguments) in one transaction, or not at all; an id already stored is skipped, so
 * adding the same input twice changes nothing.
 */
public interface ArticleStore {
    /** What {@link #add} did. */
    enum Added {
        /** A new article with all its rows. */
        ARTICLE,
        /** A new rejection. */
        REJECTION,
        /** Nothing: the article id (or the rejection's id and source) was stored already. */
        ALREADY_STORED
    }

    /**
     * Stores one pipeline outcome in one transaction: an accepted article with all its rows, or a rejection.
     *
     * @throws StoreException when the backend fails (disk full, connection lost); nothing of the article is kept
     */
    Added add(StageOutcome<AnnotatedArticle> outcome);

    boolean containsArticle(String articleId);

    /** Whether this input (id and source) was stored as rejected. */
    boolean containsRejection(String articleId, String source);

    /** The article as it was added, with its annotations when it was added annotated. */
    Optional<AnnotatedArticle> article(String articleId);

    /** Every stored article id, in the order they were added. */
    List<String> articleIds();

    /** Every stored rejection, in the order they were added. */
    List<Rejection> rejections();
}
