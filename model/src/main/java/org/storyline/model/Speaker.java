package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who a quotation is attributed to: the name as resolved ("John Kerry" for "he" when he is the last named speaker;
 * "the six countries" for a group named so), and the span of the words in the text that name the speaker at the
 * cue, if any (absent when the speaker was carried over from an earlier paragraph).
 */
public record Speaker(String name, Optional<TextSpan> span) {
    public Speaker {
        requireNonNull(name, "name is null");
        requireNonNull(span, "span is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker name is blank");
        }
    }
}
