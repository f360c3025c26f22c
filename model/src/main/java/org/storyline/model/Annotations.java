package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What the NLP stages found in one article's text: entities (each with the id of the actor it names, if any),
 * actors, quotations with their speakers' actors, dates and events. Every span points into
 * {@link CleanArticle#text()}.
 *
 * @param entityActors the actor id of each entity, parallel to {@code entities}
 * @param speakerActors the actor id of each quote's speaker, parallel to {@code quotes}
 */
public record Annotations(
        List<EntityMention> entities,
        List<Optional<String>> entityActors,
        List<Actor> actors,
        List<QuoteMention> quotes,
        List<Optional<String>> speakerActors,
        List<DateMention> dates,
        List<EventMention> events) {
    /** Without events (the events stage has not run). */
    public Annotations(List<EntityMention> entities, List<Optional<String>> entityActors, List<Actor> actors,
            List<QuoteMention> quotes, List<Optional<String>> speakerActors, List<DateMention> dates) {
        this(entities, entityActors, actors, quotes, speakerActors, dates, List.of());
    }

    /** Nothing found. */
    public static Annotations empty() {
        return new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A copy with {@code events} in place of these ones. */
    public Annotations withEvents(List<EventMention> events) {
        return new Annotations(entities, entityActors, actors, quotes, speakerActors, dates, events);
    }

    public Annotations {
        entities = List.copyOf(requireNonNull(entities, "entities is null"));
        entityActors = List.copyOf(requireNonNull(entityActors, "entityActors is null"));
        actors = List.copyOf(requireNonNull(actors, "actors is null"));
        quotes = List.copyOf(requireNonNull(quotes, "quotes is null"));
        speakerActors = List.copyOf(requireNonNull(speakerActors, "speakerActors is null"));
        dates = List.copyOf(requireNonNull(dates, "dates is null"));
        events = List.copyOf(requireNonNull(events, "events is null"));
        if (entityActors.size() != entities.size()) {
            throw new IllegalArgumentException("entityActors has " + entityActors.size() + " items for "
                    + entities.size() + " entities");
        }
        if (speakerActors.size() != quotes.size()) {
            throw new IllegalArgumentException("speakerActors has " + speakerActors.size() + " items for "
                    + quotes.size() + " quotes");
        }
    }
}
