package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Someone or something that acts or speaks in the news: a person, an organisation, a country or a group, with the
 * names it goes by in the text. The id is derived from the type and the canonical name, so the same actor gets the
 * same id in every article of a run. A group ("the six countries") lists the actor ids of its members.
 */
public record Actor(String id, String name, EntityType type, List<String> aliases, Optional<String> country,
        Optional<String> sector, List<String> members) {
    public Actor(String id, String name, EntityType type, List<String> aliases, Optional<String> country,
            Optional<String> sector) {
        this(id, name, type, aliases, country, sector, List.of());
    }

    public Actor {
        members = List.copyOf(requireNonNull(members, "members is null"));
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        aliases = List.copyOf(requireNonNull(aliases, "aliases is null"));
        requireNonNull(country, "country is null");
        requireNonNull(sector, "sector is null");
    }
}
