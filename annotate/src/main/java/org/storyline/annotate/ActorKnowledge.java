package org.storyline.annotate;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Storyline knows about actors, from its versioned knowledge file ({@code knowledge.json} beside this class)
 * and, where {@code -Dstoryline.knowledge=FILE} or {@code STORYLINE_KNOWLEDGE} names one, a user's file of the same
 * shape: countries (English names and ISO3 codes from the JDK, plus other names, demonyms and seats of government),
 * organisations with their sector, role words with the sector they imply, and people with the country and sector of
 * their most prominent role.
 *
 * <pre>{@code
 * ActorKnowledge.shared().profile("Russian Foreign Minister")   // country RUS, sector GOV
 * ActorKnowledge.shared().person("Sergei Lavrov")               // Sergey Lavrov, RUS, GOV
 * ActorKnowledge.shared().personProfile("Bush")                 // USA, GOV: both Bushes in the file agree
 * }</pre>
 */
public final class ActorKnowledge {

    /** Country and sector that a phrase implies, either possibly empty. */
    public record Profile(Optional<String> country, Optional<String> sector) {
        static final Profile NONE = new Profile(Optional.empty(), Optional.empty());

        boolean isEmpty() {
            return country.isEmpty() && sector.isEmpty();
        }
    }

    /**
     * A person in the knowledge file: the name and other names they go by, the surname they are named by alone
     * (empty where they are not: "Kim Jong-un"), and the country and sector of their most prominent role (no country
     * for the head of an international organisation).
     */
    public record Person(String name, List<String> aliases, Optional<String> surname, Optional<String> country,
            Optional<String> sector) {
        public Person {
            requireNonNull(name, "name is null");
            aliases = List.copyOf(requireNonNull(aliases, "aliases is null"));
            requireNonNull(surname, "surname is null");
            requireNonNull(country, "country is null");
            requireNonNull(sector, "sector is null");
        }

        /** The person's country and sector. */
        public Profile profile() {
            return new Profile(country, sector);
        }
    }

    /** What a known phrase names. */
    private enum Kind { COUNTRY, DEMONYM, SEAT, ORGANIZATION, ROLE }

    private record Entry(Kind kind, Optional<String> country, Optional<String> sector, String canonical) {}

    private static final class Holder {
        static final ActorKnowledge SHARED = load(Optional.ofNullable(
                System.getProperty("storyline.knowledge", System.getenv("STORYLINE_KNOWLEDGE")))
                .filter(s -> !s.isBlank()).map(Path::of));
    }

    /** Phrases (lower-cased, as word lists joined by one space) to what they name; longest phrases win. */
    private final Map<String, Entry> phrases;
    private final int longest;
    /** People by the key ({@link #personKey}) of their full name and of each alias, in file order. */
    private final Map<String, List<Person>> peopleByName = new LinkedHashMap<>();
    /** People by the key of their surname, in file order. */
    private final Map<String, List<Person>> peopleBySurname = new LinkedHashMap<>();
    private final List<Person> people;

    private ActorKnowledge(Map<String, Entry> phrases, List<Person> people) {
        this.phrases = phrases;
        int max = 1;
        for (String p : phrases.keySet()) {
            max = Math.max(max, p.split(" ").length);
        }
        this.longest = max;
        this.people = List.copyOf(people);
        for (Person p : this.people) {
            index(peopleByName, p.name(), p);
            for (String alias : p.aliases()) {
                index(peopleByName, alias, p);
            }
            p.surname().ifPresent(s -> index(peopleBySurname, s, p));
        }
    }

    private static void index(Map<String, List<Person>> index, String name, Person p) {
        List<Person> named = index.computeIfAbsent(personKey(name), k -> new ArrayList<>());
        if (!named.contains(p)) {
            named.add(p);
        }
    }

    /**
     * The built-in knowledge plus the file the {@code storyline.knowledge} system property or the
     * {@code STORYLINE_KNOWLEDGE} environment variable names, read once per JVM.
     */
    public static ActorKnowledge shared() {
        return Holder.SHARED;
    }

    /** The built-in knowledge plus {@code extra}, read now. */
    public static ActorKnowledge load(Optional<Path> extra) {
        Map<String, Entry> phrases = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            String iso3 = locale.getISO3Country();
            String name = locale.getDisplayCountry(Locale.ENGLISH);
            if (!iso3.isEmpty() && !name.isEmpty()) {
                phrases.putIfAbsent(key(name), new Entry(Kind.COUNTRY, Optional.of(iso3), Optional.empty(), name));
            }
        }
        // a user's entry for a person replaces the built-in one of the same name
        Map<String, Person> people = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = ActorKnowledge.class.getResourceAsStream("knowledge.json")) {
            if (in == null) {
                throw new IllegalStateException("knowledge.json is missing from the annotate module's resources");
            }
            add(phrases, people, json.readTree(in), "the built-in knowledge.json");
            if (extra.isPresent()) {
                add(phrases, people, json.readTree(Files.readAllBytes(extra.get())), extra.get().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor knowledge file: " + e.getMessage(), e);
        }
        return new ActorKnowledge(phrases, new ArrayList<>(people.values()));
    }

    private static void add(Map<String, Entry> phrases, Map<String, Person> people, JsonNode root, String source) {
        for (JsonNode c : root.path("countries")) {
            Optional<String> iso3 = Optional.of(c.get("iso3").asText());
            String canonical = c.path("names").path(0).asText(iso3.get());
            for (JsonNode n : c.path("names")) {
                phrases.put(key(n.asText()), new Entry(Kind.COUNTRY, iso3, Optional.empty(), canonical));
            }
            for (JsonNode n : c.path("demonyms")) {
                phrases.putIfAbsent(key(n.asText()), new Entry(Kind.DEMONYM, iso3, Optional.empty(), canonical));
            }
            for (JsonNode n : c.path("seats")) {
                phrases.put(key(n.asText()), new Entry(Kind.SEAT, iso3, Optional.of("GOV"), canonical));
            }
        }
        for (JsonNode o : root.path("organizations")) {
            Optional<String> country = o.hasNonNull("country") ? Optional.of(o.get("country").asText())
                    : Optional.empty();
            Optional<String> sector = o.hasNonNull("sector") ? Optional.of(o.get("sector").asText())
                    : Optional.empty();
            String name = o.get("name").asText();
            phrases.put(key(name), new Entry(Kind.ORGANIZATION, country, sector, name));
            for (JsonNode a : o.path("aliases")) {
                phrases.put(key(a.asText()), new Entry(Kind.ORGANIZATION, country, sector, name));
            }
        }
        for (Map.Entry<String, JsonNode> r : iterable(root.path("roles"))) {
            for (JsonNode word : r.getValue()) {
                phrases.putIfAbsent(key(word.asText()),
                        new Entry(Kind.ROLE, Optional.empty(), Optional.of(r.getKey()), word.asText()));
            }
        }
        Set<String> countries = new HashSet<>();
        for (Entry e : phrases.values()) {
            if (e.kind == Kind.COUNTRY) {
                e.country.ifPresent(countries::add);
            }
        }
        for (JsonNode p : root.path("people")) {
            Person person = person(p, countries, source);
            people.put(personKey(person.name()), person);
        }
    }

    /**
     * A "people" entry: {@code {"name": "Barack Obama", "aliases": ["Barack H. Obama"], "country": "USA",
     * "sector": "GOV"}}, optionally with {@code "surname"} (a name, or null for none) where the last word of the name
     * is not what the person is called alone ("Ban Ki-moon" is "Ban", "Kim Jong-un" nothing).
     */
    private static Person person(JsonNode p, Set<String> countries, String source) {
        String name = p.path("name").asText("").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a \"people\" entry in " + source + " has no \"name\": " + p
                    + "; give each person the full name they are best known by");
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : p.path("aliases")) {
            aliases.add(a.asText());
        }
        Optional<String> country = p.hasNonNull("country") ? Optional.of(p.get("country").asText()) : Optional.empty();
        if (country.isPresent() && !countries.contains(country.get())) {
            throw new IllegalArgumentException("person " + name + " in " + source + " has country \""
                    + country.get() + "\", which is no ISO 3166-1 alpha-3 code the knowledge knows (e.g. GBR, not UK);"
                    + " use a known code or add the country to \"countries\"");
        }
        Optional<String> sector = p.hasNonNull("sector") ? Optional.of(p.get("sector").asText()) : Optional.empty();
        Optional<String> surname = p.has("surname")
                ? Optional.ofNullable(p.get("surname").isNull() ? null : p.get("surname").asText())
                : surnameOf(name);
        return new Person(name, aliases, surname.filter(s -> !s.isBlank()), country, sector);
    }

    private static final Pattern SUFFIX = Pattern.compile("(?i:jr|sr)\\.?|[IVX]+");
    private static final Pattern ARTICLE = Pattern.compile("(?i)(?:al|el)-(\\p{L}.*)");

    /**
     * The last word of a name, without a suffix ("Ferdinand Marcos Jr." → Marcos) or an Arabic article ("Bashar
     * al-Assad" → Assad); none for one word ("Abdullah II").
     */
    static Optional<String> surnameOf(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (words.size() > 1 && SUFFIX.matcher(words.get(words.size() - 1)).matches()) {
            words.remove(words.size() - 1);
        }
        if (words.size() < 2) {
            return Optional.empty();
        }
        String last = words.get(words.size() - 1);
        Matcher article = ARTICLE.matcher(last);
        return Optional.of(article.matches() ? article.group(1) : last);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out.entrySet();
    }

    /** The ISO3 code of a country named exactly so ("Russia", "the United Kingdom", "U.S."), if known. */
    public Optional<String> country(String name) {
        Entry e = phrases.get(key(name.replaceFirst("^(?i)the\\s+", "")));
        return e != null && e.kind == Kind.COUNTRY ? e.country : Optional.empty();
    }

    /** The ISO3 code of the country whose demonym this is ("Russian"), if known. */
    public Optional<String> demonym(String word) {
        Entry e = phrases.get(key(word));
        return e != null && e.kind == Kind.DEMONYM ? e.country : Optional.empty();
    }

    /** Whether the name is a seat of government used for it ("the Kremlin", "Washington"): its country's code. */
    public Optional<String> seat(String name) {
        Entry e = phrases.get(key(name.replaceFirst("^(?i)the\\s+", "")));
        return e != null && e.kind == Kind.SEAT ? e.country : Optional.empty();
    }

    /**
     * The person a name means: one whose full name or alias it is ("Barack Obama", "Barack H. Obama"), or else the
     * only one with that surname ("Obama", "Assad"), ignoring case and accents ("erdogan"). Empty when the name is
     * unknown or may mean several people ("Bush"; see {@link #personProfile}).
     */
    public Optional<Person> person(String name) {
        List<Person> candidates = people(name);
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Everyone a name may mean: the people whose full name or alias it is, or, if there are none, those whose
     * surname it is, with or without an Arabic article ("al-Assad"), in file order ("Bush" → George W. Bush,
     * George H. W. Bush).
     */
    public List<Person> people(String name) {
        String key = personKey(name);
        List<Person> found = peopleByName.get(key);
        if (found == null) {
            found = peopleBySurname.get(key);
        }
        if (found == null && key.matches("(?:al|el) \\S+")) {
            found = peopleBySurname.get(key.substring(3));
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /**
     * The country and sector of the person a name means, also when it may mean several people who share them ("Bush"
     * → USA, GOV); nothing when they differ ("King Abdullah" of Jordan or of Saudi Arabia) or the name is unknown.
     *
     * <p><b>NOTE:</b> a surname alone is looked up only among the people of the knowledge files, so "Johnson" finds
     * whoever they list by that name. Common family names that come first ("Kim", "Li", "Singh") are no one's
     * surname there.
     */
    public Profile personProfile(String name) {
        List<Person> candidates = people(name);
        if (candidates.isEmpty()) {
            return Profile.NONE;
        }
        Profile first = candidates.get(0).profile();
        for (Person p : candidates) {
            if (!p.profile().equals(first)) {
                return Profile.NONE;
            }
        }
        return first.isEmpty() ? Profile.NONE : first;
    }

    /** All people of the knowledge files, in file order (the user's file after the built-in one). */
    List<Person> people() {
        return people;
    }

    /** The canonical name of a known organisation or country named exactly so. */
    public Optional<String> canonical(String name) {
        Entry e = phrases.get(key(name.replaceFirst("^(?i)the\\s+", "")));
        return e == null || e.kind == Kind.ROLE || e.kind == Kind.DEMONYM ? Optional.empty() : Optional.of(e.canonical);
    }

    /**
     * Country and sector a phrase implies from the known names in it, longest first: "Kremlin spokesman" → RUS, GOV;
     * "UN humanitarian spokesman" → IGO; "Syrian rebel factions" → SYR, REB; "Russian Foreign Minister" → RUS, GOV.
     * An organisation's sector wins over a role's ("UN spokesman" is IGO, not GOV).
     */
    public Profile profile(String phrase) {
        List<String> words = words(phrase);
        Optional<String> country = Optional.empty();
        Optional<String> orgSector = Optional.empty();
        Optional<String> roleSector = Optional.empty();
        for (int i = 0; i < words.size(); ) {
            int matched = 0;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
                Entry e = phrases.get(String.join(" ", words.subList(i, i + n)));
                if (e == null) {
                    continue;
                }
                matched = n;
                // the words nearest the end (the head of the phrase) win
                if (e.country.isPresent()) {
                    country = e.country;
                }
                switch (e.kind) {
                    case ORGANIZATION, SEAT -> orgSector = e.sector.isPresent() ? e.sector : orgSector;
                    case ROLE -> roleSector = e.sector.isPresent() ? e.sector : roleSector;
                    default -> { }
                }
            }
            i += Math.max(1, matched);
        }
        Optional<String> sector = orgSector.isPresent() ? orgSector : roleSector;
        return country.isEmpty() && sector.isEmpty() ? Profile.NONE : new Profile(country, sector);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").split("[^\\p{L}\\p{N}.\\-]+")) {
            String t = w.replaceAll("^[.\\-]+|[.\\-]+$", "");
            if (!t.isEmpty()) {
                out.add(w.endsWith(".") && w.length() <= 5 ? w : t);
            }
        }
        return out;
    }

    private static String key(String phrase) {
        return String.join(" ", words(phrase));
    }

    /**
     * A person's name as a lookup key: folded to unaccented lower case ("Erdoğan", "Radosław" → erdogan, radoslaw),
     * words split at anything but letters and digits, so that "Kim Jong Un" meets "Kim Jong-un" and "George H.W.
     * Bush" meets "George H. W. Bush".
     */
    static String personKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder plain = new StringBuilder();
        for (char c : folded.toCharArray()) {
            // letters that do not decompose into a base letter and an accent
            plain.append(switch (c) {
                case 'ł', 'Ł' -> "l";
                case 'ø', 'Ø' -> "o";
                case 'đ', 'Đ' -> "d";
                case 'ı' -> "i";
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                default -> String.valueOf(c);
            });
        }
        List<String> words = new ArrayList<>();
        for (String w : plain.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
