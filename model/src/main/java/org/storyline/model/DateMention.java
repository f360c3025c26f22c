package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A temporal expression in an article's text and what it resolves to: {@code YYYY-MM-DD} for a day, {@code YYYY-Www}
 * for an ISO week, {@code YYYY-MM} for a month, {@code YYYY} for a year; empty when it cannot be resolved (for
 * example a relative expression in an article with no publication date).
 */
public record DateMention(TextSpan span, String text, Optional<String> value) {
    public DateMention {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text \"" + text + "\" does not fit span " + span);
        }
    }
}
