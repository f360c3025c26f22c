package org.storyline.model;

import static java.util.Objects.requireNonNull;

/** A named entity in an article's text: its span, its text and its type. */
public record EntityMention(TextSpan span, String text, EntityType type) {
    public EntityMention {
        requireNonNull(span, "span is null");
        requireNonNull(text, "text is null");
        requireNonNull(type, "type is null");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text \"" + text + "\" does not fit span " + span);
        }
    }
}
