package org.storyline.store;

import static java.util.Objects.requireNonNull;

import org.storyline.model.TextSpan;

/**
 * One full-text search result: the article and the span of its text that matched, best first.
 *
 * @param span for {@link Kind#ARTICLE} (a match on the title or outlet) the whole text; else the paragraph, the
 *             quotation or the event's sentence
 * @param text the matched passage ({@code text.substring(span)}, or the title for {@link Kind#ARTICLE})
 */
public record SearchHit(String articleId, Kind kind, TextSpan span, String text, float score) {
    /** What matched. */
    public enum Kind { ARTICLE, PARAGRAPH, QUOTE, EVENT }

    public SearchHit {
        requireNonNull(articleId, "articleId is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
    }
}
