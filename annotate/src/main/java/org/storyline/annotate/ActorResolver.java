package org.storyline.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Actor;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;

/**
 * Merges an article's entity mentions into actors: a person's later mentions by surname ("Kerry", "Mr. Kerry") join
 * the full name ("John Kerry"); other entities merge by their normalised text. Actor ids come from the type and the
 * canonical name ({@code person:john-kerry}), so the same actor has the same id in every article.
 *
 * <p><b>NOTE:</b> first version (#3): no knowledge file yet, so countries and sectors are empty and metonyms
 * ("the Kremlin") are not yet mapped to governments.
 */
public final class ActorResolver {

    /** The actors and, parallel to the entities, the id of the actor each names. */
    public record Result(List<Actor> actors, List<Optional<String>> entityActors) {}

    public Result resolve(List<EntityMention> entities) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        List<Builder> ofEntity = new ArrayList<>();
        // full names first, so that surnames can join them
        List<Builder> persons = new ArrayList<>();
        for (EntityMention e : entities) {
            ofEntity.add(null);
        }
        for (int i = 0; i < entities.size(); i++) {
            EntityMention e = entities.get(i);
            String name = strip(e.text());
            if (e.type() == EntityType.PERSON && name.contains(" ")) {
                Builder b = byId.computeIfAbsent(id(e.type(), name), k -> new Builder(k, name, e.type()));
                b.aliases.add(e.text());
                persons.add(b);
                ofEntity.set(i, b);
            }
        }
        for (int i = 0; i < entities.size(); i++) {
            if (ofEntity.get(i) != null) {
                continue;
            }
            EntityMention e = entities.get(i);
            String name = strip(e.text());
            Builder b = null;
            if (e.type() == EntityType.PERSON) {
                for (Builder p : persons) {
                    if (p.name.endsWith(" " + name)) {
                        b = p;
                        break;
                    }
                }
            }
            if (b == null) {
                b = byId.computeIfAbsent(id(e.type(), name), k -> new Builder(k, name, e.type()));
                if (e.type() == EntityType.PERSON) {
                    persons.add(b);
                }
            }
            b.aliases.add(e.text());
            ofEntity.set(i, b);
        }
        List<Actor> actors = new ArrayList<>();
        for (Builder b : byId.values()) {
            actors.add(new Actor(b.id, b.name, b.type, List.copyOf(b.aliases), Optional.empty(), Optional.empty()));
        }
        List<Optional<String>> links = new ArrayList<>();
        for (Builder b : ofEntity) {
            links.add(Optional.of(b.id));
        }
        return new Result(actors, links);
    }

    /**
     * The actor a speaker's name refers to: one with an alias whose words appear, in order and whole, among the
     * speaker's words ("Foreign Minister Tomas Verhallen" → Tomas Verhallen; "Kestrian ministry" is not "Kestria").
     */
    public static Optional<String> actorOf(String speaker, List<Actor> actors) {
        List<String> words = words(speaker);
        Actor best = null;
        int bestLength = 0;
        for (Actor a : actors) {
            for (String alias : a.aliases()) {
                List<String> aliasWords = words(alias);
                if (!aliasWords.isEmpty() && aliasWords.size() > bestLength
                        && java.util.Collections.indexOfSubList(words, aliasWords) >= 0) {
                    best = a;
                    bestLength = aliasWords.size();
                }
            }
        }
        return Optional.ofNullable(best).map(Actor::id);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String strip(String text) {
        return text.replaceFirst("^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Col|Lt|Capt|Prof)\\.?\\s+", "").strip();
    }

    static String id(EntityType type, String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }

    private static final class Builder {
        final String id;
        final String name;
        final EntityType type;
        final Set<String> aliases = new LinkedHashSet<>();

        Builder(String id, String name, EntityType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }
    }
}
