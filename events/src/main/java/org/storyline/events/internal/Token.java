package org.storyline.events.internal;

import static java.util.Objects.requireNonNull;

import org.storyline.model.TextSpan;

/**
 * One word of a sentence: where it is, its normalised form (lower case, ’ as ', Unicode hyphens as -), and whether
 * clause punctuation (a comma, semicolon, bracket, quotation mark, dash) separates it from the next word.
 */
public record Token(TextSpan span, String form, boolean breakAfter) {
    public Token {
        requireNonNull(span, "span is null");
        requireNonNull(form, "form is null");
        if (form.isEmpty()) {
            throw new IllegalArgumentException("empty token at " + span);
        }
    }
}
