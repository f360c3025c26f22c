package org.storyline.events;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.storyline.events.internal.PatternSyntax;

/**
 * A phrase that contains a trigger but reports no event ("riot police", "heart attack"). It is matched like a
 * trigger, and because the longest match wins it hides the shorter trigger inside it; the matcher reports nothing.
 */
public record IgnoredPhrase(String pattern, Optional<PartOfSpeech> pos) {
    public IgnoredPhrase {
        requireNonNull(pattern, "pattern is null");
        requireNonNull(pos, "pos is null");
        PatternSyntax.words(pattern);
    }
}
