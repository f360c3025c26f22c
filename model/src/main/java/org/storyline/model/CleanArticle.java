package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article after cleaning: the body without page furniture (paragraphs separated by a blank line, non-breaking
 * spaces folded, quotation marks as written) and the metadata found for it. Every later annotation is a
 * {@link TextSpan} into {@link #text()}.
 */
public record CleanArticle(
        String id,
        String source,
        Optional<String> title,
        Optional<LocalDate> published,
        Optional<String> outlet,
        List<String> authors,
        Optional<String> language,
        Optional<String> url,
        String text) {

    public CleanArticle {
        requireNonNull(id, "id is null");
        requireNonNull(source, "source is null");
        requireNonNull(title, "title is null");
        requireNonNull(published, "published is null");
        requireNonNull(outlet, "outlet is null");
        authors = List.copyOf(requireNonNull(authors, "authors is null"));
        requireNonNull(language, "language is null");
        requireNonNull(url, "url is null");
        requireNonNull(text, "text is null");
    }

    /** The paragraphs of {@link #text()} as spans, in order. */
    public List<TextSpan> paragraphs() {
        var spans = new java.util.ArrayList<TextSpan>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                spans.add(new TextSpan(start, end));
            }
            start = end + 2;
        }
        return List.copyOf(spans);
    }
}
