package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A quotation in an article's text: the quoted words (without the quotation marks, or the reported clause for
 * indirect speech), its kind, and its speaker when one can be attributed — never a guess.
 */
public record QuoteMention(TextSpan span, String text, QuoteKind kind, Optional<Speaker> speaker) {
    public QuoteMention {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(speaker, "speaker is null");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text \"" + text + "\" does not fit span " + span);
        }
    }
}
