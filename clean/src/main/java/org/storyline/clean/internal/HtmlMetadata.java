package org.storyline.clean.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Metadata read from an HTML page before its body is extracted.
 *
 * @param articleBody the JSON-LD {@code articleBody}, when the page carries one (a strong hint for body extraction)
 */
public record HtmlMetadata(
        Optional<String> title,
        Optional<LocalDate> published,
        Optional<String> outlet,
        List<String> authors,
        Optional<String> url,
        Optional<String> articleBody) {
    public HtmlMetadata {
        authors = List.copyOf(authors);
    }

    public static final HtmlMetadata NONE = new HtmlMetadata(
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
}
