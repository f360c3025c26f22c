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
 * <p>Countries and sectors come from {@link ActorKnowledge}: a country's name, a demonym, a seat of government or a
 * known organisation in the actor's name, or in the words before a person's mention ("Russian Foreign Minister
 * Sergey Lavrov" → RUS, GOV). A person the knowledge file names gets the country and sector it gives them where the
 * title before their mentions does not say: "Putin said" → RUS, GOV; "former Secretary John Kerry" → GOV from the
 * title, USA from the file; "army commander" before a name the file calls GOV still makes it MIL.
 */
public final class ActorResolver {

    /**
     * The entities (retyped where the knowledge file knows them: country names become COUNTRY, demonyms
     * NATIONALITY), the actors, and, parallel to the entities, the id of the actor each names.
     */
    public record Result(List<EntityMention> entities, List<Actor> actors, List<Optional<String>> entityActors) {}

    private final ActorKnowledge knowledge;

    public ActorResolver() {
        this(ActorKnowledge.shared());
    }

    public ActorResolver(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Entities of {@code text} merged into actors with the country and sector their names and titles imply. */
    public Result resolve(String text, List<EntityMention> found) {
        List<EntityMention> entities = new ArrayList<>();
        for (EntityMention e : found) {
            entities.add(retype(e));
        }
        Result merged = merge(entities);
        List<Actor> actors = new ArrayList<>();
        for (Actor a : merged.actors()) {
            actors.add(describe(a, text, entities, merged.entityActors()));
        }
        return new Result(List.copyOf(entities), actors, merged.entityActors());
    }

    private EntityMention retype(EntityMention e) {
        if (knowledge.country(e.text()).isPresent()) {
            return new EntityMention(e.span(), e.text(), EntityType.COUNTRY);
        }
        if (knowledge.demonym(e.text()).isPresent()) {
            return new EntityMention(e.span(), e.text(), EntityType.NATIONALITY);
        }
        if (e.type() == EntityType.PERSON && knowledge.seat(e.text()).isPresent()) {
            return new EntityMention(e.span(), e.text(), EntityType.LOCATION);  // a capital taken for a person
        }
        return e;
    }

    /**
     * Country and sector of an actor: from its own name for countries, nationalities, seats of government and known
     * organisations; for persons from the words before their mentions ("Kremlin spokesman Dmitry Peskov"), then from
     * the knowledge file's people.
     *
     * <p>Design decision: the title in the text wins over the file because it describes the person at the time of
     * writing, while the file gives one role per person; a title may name only a sector ("former Secretary")
     * or only a country, and the file fills the other.
     */
    private Actor describe(Actor a, String text, List<EntityMention> entities, List<Optional<String>> links) {
        Optional<String> country = knowledge.country(a.name()).or(() -> knowledge.demonym(a.name()))
                .or(() -> knowledge.seat(a.name()));
        Optional<String> sector = Optional.empty();
        ActorKnowledge.Profile own = knowledge.profile(a.name());
        if (a.type() != EntityType.PERSON) {
            country = country.or(own::country);
            sector = own.sector();
            if (knowledge.country(a.name()).isPresent()) {
                sector = Optional.empty();  // a country as actor is the state, coded by its country alone
            }
        } else {
            for (int i = 0; i < entities.size() && (country.isEmpty() || sector.isEmpty()); i++) {
                if (!links.get(i).equals(Optional.of(a.id()))) {
                    continue;
                }
                int start = entities.get(i).span().start();
                String before = text.substring(Math.max(0, start - 60), start);
                int cut = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('“')), before.lastIndexOf('"'));
                cut = Math.max(cut, before.lastIndexOf(','));
                ActorKnowledge.Profile title = knowledge.profile(title(before.substring(cut + 1)));
                country = country.or(title::country);
                sector = sector.or(title::sector);
            }
            ActorKnowledge.Profile known = knownPerson(a);
            country = country.or(known::country);
            sector = sector.or(known::sector);
        }
        return new Actor(a.id(), a.name(), a.type(), a.aliases(), country, sector);
    }

    /** Country and sector of the person the knowledge file has under the actor's name, or else under an alias. */
    private ActorKnowledge.Profile knownPerson(Actor a) {
        ActorKnowledge.Profile known = knowledge.personProfile(a.name());
        for (int i = 0; i < a.aliases().size() && known.isEmpty(); i++) {
            known = knowledge.personProfile(strip(a.aliases().get(i)));
        }
        return known;
    }

    /**
     * The title right before a name: the run of capitalised words and role words that ends there ("UN Secretary
     * General" in "Washington cited UN Secretary General"), at most six words.
     */
    private String title(String before) {
        String[] words = before.strip().split("\\s+");
        int i = words.length;
        while (i > 0 && words.length - i < 6) {
            String w = words[i - 1];
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            boolean role = knowledge.profile(w).sector().isPresent();
            // a lower-case adjective belongs to the title only right before a role word ("humanitarian spokesman")
            boolean adjective = !capital && !role && i < words.length
                    && knowledge.profile(words[i]).sector().isPresent();
            if (!capital && !role && !adjective) {
                break;
            }
            i--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
    }

    private Result merge(List<EntityMention> entities) {
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
        return new Result(entities, actors, links);
    }

    /**
     * The actor a speaker's name refers to: one with an alias whose words appear, in order and whole, among the
     * speaker's words ("Foreign Minister Tomas Verhallen" → Tomas Verhallen; "Kestrian ministry" is not "Kestria").
     */
    public static Optional<String> actorOf(String speaker, List<Actor> actors) {
        List<String> words = words(speaker);
        Actor best = null;
        int bestScore = 0;
        for (Actor a : actors) {
            for (String alias : a.aliases()) {
                List<String> aliasWords = words(alias);
                int at = aliasWords.isEmpty() ? -1 : java.util.Collections.lastIndexOfSubList(words, aliasWords);
                // the head of a speaker phrase is its last words: "the State Department's spokesman Mark Toner"
                // names Mark Toner, "Six Western powers" does not name "Western"
                if (at < 0 || at + aliasWords.size() != words.size()) {
                    continue;
                }
                int score = aliasWords.size();
                if (score > bestScore) {
                    best = a;
                    bestScore = score;
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

    /**
     * The id of an actor: its type and its name folded to ASCII, with the commonest transliteration variants of a
     * final "-i"/"-y" made one (Sergei/Sergey, Dmitri/Dmitry, Alexei/Alexey), so that outlets' spellings meet.
     */
    static String id(EntityType type, String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder slug = new StringBuilder();
        for (String word : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.length() < 5 ? word
                    : type == EntityType.PERSON ? fold(word) : word.replaceAll("(?:iy|ii|i)$", "y");
            slug.append(slug.length() > 0 ? "-" : "").append(w);
        }
        return type.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }

    /**
     * One spelling for the commonest romanisations of a Slavic personal name (places keep theirs: Syria, Kestria): ks/x (Aleksandr, Alexander), a final -er after
     * d (Aleksandr, Alexander), ye-/e- (Yevgeny, Evgeny), -ia-/-ya- (Tatiana, Tatyana), final -i/-iy/-ii/-yy (Sergei,
     * Sergey, Zelenskyy).
     */
    static String fold(String word) {
        return word.replace("ks", "x").replaceAll("der$", "dr").replaceAll("^ye", "e").replace("ia", "ya")
                .replaceAll("(?:iy|ii|yy|i)$", "y");
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
