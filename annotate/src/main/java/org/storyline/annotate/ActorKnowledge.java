package org.storyline.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Storyline knows about actors, from its versioned knowledge file ({@code knowledge.json} beside this class)
 * and, where {@code -Dstoryline.knowledge=FILE} or {@code STORYLINE_KNOWLEDGE} names one, a user's file of the same
 * shape: countries (English names and ISO3 codes from the JDK, plus other names, demonyms and seats of government),
 * organisations with their sector, and role words with the sector they imply.
 *
 * <pre>{@code
 * ActorKnowledge.shared().profile("Russian Foreign Minister")   // country RUS, sector GOV
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

    private ActorKnowledge(Map<String, Entry> phrases) {
        this.phrases = phrases;
        int max = 1;
        for (String p : phrases.keySet()) {
            max = Math.max(max, p.split(" ").length);
        }
        this.longest = max;
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
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = ActorKnowledge.class.getResourceAsStream("knowledge.json")) {
            if (in == null) {
                throw new IllegalStateException("knowledge.json is missing from the annotate module's resources");
            }
            add(phrases, json.readTree(in));
            if (extra.isPresent()) {
                add(phrases, json.readTree(Files.readAllBytes(extra.get())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor knowledge file: " + e.getMessage(), e);
        }
        return new ActorKnowledge(phrases);
    }

    private static void add(Map<String, Entry> phrases, JsonNode root) {
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
}
