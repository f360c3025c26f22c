package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A source or target of an event: the words that name it, where they are, and the actor they resolve to with that
 * actor's country (ISO3) and sector when known.
 */
public record EventArgument(String name, TextSpan span, Optional<String> actor, Optional<String> country,
        Optional<String> sector) {
    public EventArgument {
        requireNonNull(name, "name is null");
        requireNonNull(span, "span is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(country, "country is null");
        requireNonNull(sector, "sector is null");
    }
}
