package org.storyline.clean.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What {@link ScrapedTextCleaner} made of scraped text: the body (paragraphs split by a blank line) and metadata. */
public record ScrapedText(
        String body, Optional<String> title, Optional<LocalDate> published, Optional<String> outlet, List<String> authors) {
    public ScrapedText {
        authors = List.copyOf(authors);
    }
}
