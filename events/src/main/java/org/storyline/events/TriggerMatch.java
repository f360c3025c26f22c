package org.storyline.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.storyline.model.PloverType;
import org.storyline.model.TextSpan;

/**
 * A trigger found in a sentence: the whole phrase with its gaps and modifiers ("called on the council to"), the
 * words of the pattern within it ("called", "on", "to"), and the event the lexicon entry names.
 *
 * @param span         the phrase, from its first to its last pattern word (offsets into the article's text)
 * @param text         the phrase as written, {@code text.substring(span.start(), span.end())}
 * @param pattern      the lexicon pattern that matched ("call on * to")
 * @param cameo        the entry's CAMEO code
 * @param plover       the entry's PLOVER type
 * @param hypothetical whether the phrase reports the act as threatened, promised, planned or agreed, not done
 * @param words        the spans of the pattern's words, in order; gaps and modifiers lie between them
 */
public record TriggerMatch(TextSpan span, String text, String pattern, String cameo, PloverType plover,
        boolean hypothetical, List<TextSpan> words) {
    public TriggerMatch {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(pattern, "pattern is null");
        requireNonNull(cameo, "cameo is null");
        requireNonNull(plover, "plover is null");
        words = List.copyOf(requireNonNull(words, "words is null"));
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("trigger text \"" + text + "\" does not fit span " + span);
        }
        if (words.isEmpty() || words.get(0).start() != span.start()
                || words.get(words.size() - 1).end() != span.end()) {
            throw new IllegalArgumentException("words " + words + " must begin and end the span " + span);
        }
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).start() < words.get(i - 1).end()) {
                throw new IllegalArgumentException("words " + words + " overlap or are out of order");
            }
        }
    }

    @Override
    public String toString() {
        return span.toString() + plover + "/" + cameo + (hypothetical ? "?" : "") + " (" + text + ")";
    }
}
