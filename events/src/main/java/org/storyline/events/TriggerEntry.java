package org.storyline.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.storyline.events.internal.PatternSyntax;
import org.storyline.model.PloverType;

/**
 * One entry of the trigger lexicon: a phrase pattern and the event it reports.
 *
 * @param pattern      lemmas in lower case, {@code *} for a gap of one to four words ("call on * to")
 * @param cameo        the CAMEO code of the event ("020")
 * @param plover       the PLOVER type: the code's own unless {@code override} says why not
 * @param hypothetical whether the phrase reports the act as threatened, promised, planned or agreed, not done
 * @param pos          how the pattern inflects; when empty, a one-word pattern is both verb and noun and a longer
 *                     one a verb phrase
 * @param override     why {@code plover} differs from the codebook's type for {@code cameo}, if it does
 */
public record TriggerEntry(String pattern, String cameo, PloverType plover, boolean hypothetical,
        Optional<PartOfSpeech> pos, Optional<String> override) {
    public TriggerEntry {
        requireNonNull(pattern, "pattern is null");
        requireNonNull(cameo, "cameo is null");
        requireNonNull(plover, "plover is null");
        requireNonNull(pos, "pos is null");
        requireNonNull(override, "override is null");
        PatternSyntax.words(pattern);
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("trigger \"" + pattern + "\": a CAMEO code has 2 to 4 digits, not \""
                    + cameo + "\"");
        }
        if (override.isPresent() && override.get().isBlank()) {
            throw new IllegalArgumentException("trigger \"" + pattern + "\": an override needs its reason");
        }
    }

    /** The pattern's words, {@code *} included. */
    public List<String> words() {
        return PatternSyntax.words(pattern);
    }

    /** What a user's entry replaces: the pattern and its part of speech. */
    String key() {
        return pattern + "|" + pos.map(PartOfSpeech::fileName).orElse("");
    }
}
