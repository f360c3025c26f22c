package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Metadata that came with an article from its container rather than from its text: a JSONL record's fields, a feed
 * item's title, link and date, a WARC record's target URI. Given fields win over what extraction finds.
 */
public record ArticleHints(
        Optional<String> url,
        Optional<String> title,
        Optional<LocalDate> published,
        Optional<String> outlet,
        List<String> authors) {

    public static final ArticleHints NONE =
            new ArticleHints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public ArticleHints {
        requireNonNull(url, "url is null");
        requireNonNull(title, "title is null");
        requireNonNull(published, "published is null");
        requireNonNull(outlet, "outlet is null");
        authors = List.copyOf(requireNonNull(authors, "authors is null"));
    }

    public static ArticleHints ofUrl(String url) {
        return NONE.withUrl(url);
    }

    public ArticleHints withUrl(String value) {
        return new ArticleHints(Optional.ofNullable(value), title, published, outlet, authors);
    }

    public ArticleHints withTitle(String value) {
        return new ArticleHints(url, Optional.ofNullable(value), published, outlet, authors);
    }

    public ArticleHints withPublished(LocalDate value) {
        return new ArticleHints(url, title, Optional.ofNullable(value), outlet, authors);
    }

    public ArticleHints withOutlet(String value) {
        return new ArticleHints(url, title, published, Optional.ofNullable(value), authors);
    }

    public ArticleHints withAuthors(List<String> value) {
        return new ArticleHints(url, title, published, outlet, value);
    }
}
