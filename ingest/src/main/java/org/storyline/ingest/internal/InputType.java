package org.storyline.ingest.internal;

import java.util.Locale;
import java.util.Optional;

/** The container formats the ingest stage reads, and how a file name maps to one. */
enum InputType {
    TEXT, HTML, WARC, FEED, JSONL;

    /** The type a file name announces, if it is one Storyline reads. */
    static Optional<InputType> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")
                || name.endsWith(".htm.gz")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return Optional.of(FEED);
        }
        if (name.endsWith(".jsonl")) {
            return Optional.of(JSONL);
        }
        return Optional.empty();
    }
}
