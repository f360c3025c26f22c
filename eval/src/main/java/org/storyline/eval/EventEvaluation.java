package org.storyline.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;

/**
 * The Events metric of CONTRACT.md section 7 and the figures around it, over sentences (records) with gold events:
 * consumes each record's gold events and the {@link EventMention}s extracted from its text; produces a
 * {@link Report}. Not thread-safe.
 *
 * <p>A gold event is <em>found</em> when an extracted event of the same record has the same PLOVER type and a source
 * whose country (or sector, for IGO/NGO-style codes) is among the record's gold source codes. Gold actor codes are
 * CAMEO-style ({@code USAGOV}, {@code SYRREB}, {@code IGOUNOMIL}, {@code ---REB}) and are compared at the country
 * level: the first three letters when they are an ISO 3166-1 alpha-3 code, else the sector-like code (the first
 * three letters, {@code IGO}, {@code NGO}, {@code IMG}…, or the three after {@code ---}); see {@link #actorCode}.
 * Gold events name their type as a CAMEO code (mapped to PLOVER by the function the constructor takes), as a PLOVER
 * type, or both.
 *
 * <ul>
 *   <li>Per PLOVER type: recall = found gold events / gold events of the type; precision = extracted events of the
 *       type that find some gold event / extracted events of the type; F1 of those. Overall figures are the same
 *       over all types (micro-averaged).</li>
 *   <li>CAMEO root recall: over gold events with a CAMEO code, the share for which the record has an extracted event
 *       whose CAMEO code has the same two-digit root.</li>
 *   <li>Extra events per sentence: extracted events whose type matches no gold event of their record, over all
 *       records (records marked {@code noevents} included: every event extracted there is extra).</li>
 *   <li>Main-event type accuracy: over records whose first gold event has a PLOVER type, the share where some
 *       extracted event has that type.</li>
 *   <li>Source and target accuracy, over found gold events: some extracted event that found it has a source (a
 *       target) matching the gold event's own source (target) code. Targets without a comparable code
 *       ({@code ---}) are left out of target accuracy.</li>
 * </ul>
 * Records with {@code noevents} count for extra events only.
 *
 * <p><b>NOTE:</b> "among the gold source codes" is read as the source codes of all the record's gold events, not only
 * of the one gold event: a sentence coded BRA→USA and USA→BRA is found by an event whose source is Brazil alone.
 * Whether the extracted source is the gold event's own one is what source accuracy measures. Negated and
 * hypothetical events count like any other: the PETR-2 gold codes negations and intentions as events of their own.
 *
 * <pre>{@code
 * var evaluation = new EventEvaluation(codebook::plover);
 * for (EventEvaluation.Record r : EventEvaluation.readRecords(Path.of("petr2_gsr_validation.jsonl"))) {
 *     evaluation.add(r, extract(r.text(), r.date()));
 * }
 * EventEvaluation.Report report = evaluation.report();
 * }</pre>
 */
public final class EventEvaluation {
    private static final Set<String> ISO3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    /**
     * A gold event: its CAMEO code and/or PLOVER type (at least one), and the CAMEO-style codes of its source and
     * target.
     */
    public record Gold(Optional<String> cameo, Optional<PloverType> type, String source, String target) {
        public Gold {
            requireNonNull(cameo, "cameo is null");
            requireNonNull(type, "type is null");
            requireNonNull(source, "source is null");
            requireNonNull(target, "target is null");
            if (cameo.isEmpty() && type.isEmpty()) {
                throw new IllegalArgumentException("gold event " + source + " -> " + target
                        + " has neither a CAMEO code nor a PLOVER type");
            }
        }

        /** A gold event coded in CAMEO, e.g. {@code cameo("042", "USA", "CHN")}. */
        public static Gold cameo(String code, String source, String target) {
            return new Gold(Optional.of(code), Optional.empty(), source, target);
        }

        /** A gold event coded in PLOVER. */
        public static Gold plover(PloverType type, String source, String target) {
            return new Gold(Optional.empty(), Optional.of(type), source, target);
        }

        @Override
        public String toString() {
            return type.map(Enum::name).or(() -> cameo).orElseThrow() + " " + source + "->" + target;
        }
    }

    /**
     * One gold sentence: its id, its text, the publication date to extract it with, its gold events, and whether
     * it is marked as holding no event.
     */
    public record Record(String id, String text, Optional<LocalDate> date, List<Gold> expected, boolean noEvents) {
        public Record {
            requireNonNull(id, "id is null");
            requireNonNull(text, "text is null");
            requireNonNull(date, "date is null");
            expected = List.copyOf(requireNonNull(expected, "expected is null"));
        }
    }

    /** A country (ISO3) or a sector ({@code IGO}, {@code REB}…) that a gold actor code is compared by. */
    public record ActorCode(boolean country, String code) {
        public ActorCode {
            requireNonNull(code, "code is null");
        }

        /** Whether an extracted source or target has this country (or sector). */
        public boolean matches(EventArgument argument) {
            return (country ? argument.country() : argument.sector()).filter(code::equalsIgnoreCase).isPresent();
        }

        @Override
        public String toString() {
            return country ? code : "sector " + code;
        }
    }

    /** The counts of one PLOVER type; {@code extracted} and {@code correct} are over records with events. */
    public record TypeScore(PloverType type, int gold, int found, int extracted, int correct) {
        public double precision() {
            return extracted == 0 ? 0 : (double) correct / extracted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            return f(precision(), recall());
        }
    }

    /** A gold event missed or half-matched, or an extracted event that is extra; {@code what} says which. */
    public record Miss(String record, String what, String detail) {}

    /**
     * The figures. {@code goldEvents} counts the gold events of records with events, {@code untypedGoldEvents} those
     * of them whose CAMEO code maps to no PLOVER type (left out of recall); {@code extractedEvents} counts every
     * extracted event, {@code scoredEvents} those in records with events (the base of precision).
     */
    public record Report(int records, int noEventRecords, int goldEvents, int untypedGoldEvents,
            int extractedEvents, int scoredEvents, int foundEvents, int correctEvents, List<TypeScore> perType,
            int cameoGoldEvents, int cameoRootRecalled, int extraEvents, int mainEventRecords, int mainEventRight,
            int sourceRight, int targetChecked, int targetRight, List<Miss> misses) {
        public Report {
            perType = List.copyOf(perType);
            misses = List.copyOf(misses);
        }

        public double precision() {
            return scoredEvents == 0 ? 0 : (double) correctEvents / scoredEvents;
        }

        public double recall() {
            int typed = goldEvents - untypedGoldEvents;
            return typed == 0 ? 0 : (double) foundEvents / typed;
        }

        public double f1() {
            return f(precision(), recall());
        }

        public double cameoRootRecall() {
            return cameoGoldEvents == 0 ? 0 : (double) cameoRootRecalled / cameoGoldEvents;
        }

        public double extraEventsPerSentence() {
            return records == 0 ? 0 : (double) extraEvents / records;
        }

        public double mainEventAccuracy() {
            return mainEventRecords == 0 ? 0 : (double) mainEventRight / mainEventRecords;
        }

        public double sourceAccuracy() {
            return foundEvents == 0 ? 0 : (double) sourceRight / foundEvents;
        }

        public double targetAccuracy() {
            return targetChecked == 0 ? 0 : (double) targetRight / targetChecked;
        }
    }

    private final Function<String, Optional<PloverType>> cameoToPlover;
    private final Map<PloverType, int[]> perType = new EnumMap<>(PloverType.class);
    private final List<Miss> misses = new ArrayList<>();
    private int records;
    private int noEventRecords;
    private int goldEvents;
    private int untypedGoldEvents;
    private int extractedEvents;
    private int scoredEvents;
    private int foundEvents;
    private int correctEvents;
    private int cameoGoldEvents;
    private int cameoRootRecalled;
    private int extraEvents;
    private int mainEventRecords;
    private int mainEventRight;
    private int sourceRight;
    private int targetChecked;
    private int targetRight;

    /**
     * @param cameoToPlover the PLOVER type of a CAMEO code ("042" → CONSULT), empty where PLOVER has none (the
     *                      public statements of root 01, for instance)
     */
    public EventEvaluation(Function<String, Optional<PloverType>> cameoToPlover) {
        this.cameoToPlover = requireNonNull(cameoToPlover, "cameoToPlover is null");
    }

    /** Scores one record against the events extracted from its text. */
    public void add(Record record, List<EventMention> extracted) {
        records++;
        extractedEvents += extracted.size();
        if (record.noEvents()) {
            noEventRecords++;
            for (EventMention e : extracted) {
                extraEvents++;
                misses.add(new Miss(record.id(), "extra", describe(e) + " in a sentence without events"));
            }
            return;
        }
        List<Gold> gold = record.expected();
        List<Optional<PloverType>> goldTypes = new ArrayList<>();
        Set<ActorCode> goldSources = new LinkedHashSet<>();
        for (Gold g : gold) {
            goldTypes.add(g.type().or(() -> g.cameo().flatMap(cameoToPlover)));
            actorCode(g.source()).ifPresent(goldSources::add);
        }
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            goldEvents++;
            g.cameo().filter(c -> c.length() >= 2).ifPresent(code -> {
                cameoGoldEvents++;
                String root = code.substring(0, 2);
                if (extracted.stream().anyMatch(e -> e.cameo().filter(c -> c.startsWith(root)).isPresent())) {
                    cameoRootRecalled++;
                } else {
                    misses.add(new Miss(record.id(), "cameo root", g + ": no extracted event of CAMEO root " + root));
                }
            });
            Optional<PloverType> type = goldTypes.get(i);
            if (type.isEmpty()) {
                untypedGoldEvents++;
                continue;
            }
            counts(type.get())[0]++;
            List<EventMention> finders = extracted.stream()
                    .filter(e -> e.type() == type.get() && anyMatches(e.source(), goldSources)).toList();
            if (finders.isEmpty()) {
                misses.add(new Miss(record.id(), "not found", g + ": no extracted " + type.get()
                        + " event with a source among " + goldSources));
                continue;
            }
            foundEvents++;
            counts(type.get())[1]++;
            Optional<ActorCode> source = actorCode(g.source());
            if (source.isPresent() && finders.stream().anyMatch(e -> anyMatches(e.source(), Set.of(source.get())))) {
                sourceRight++;
            } else {
                misses.add(new Miss(record.id(), "wrong source", g + ": found with source "
                        + finders.get(0).source().stream().map(EventEvaluation::describe).toList()));
            }
            Optional<ActorCode> target = actorCode(g.target());
            if (target.isPresent()) {
                targetChecked++;
                if (finders.stream().anyMatch(e -> anyMatches(e.target(), Set.of(target.get())))) {
                    targetRight++;
                } else {
                    misses.add(new Miss(record.id(), "wrong target", g + ": found with target "
                            + finders.get(0).target().stream().map(EventEvaluation::describe).toList()));
                }
            }
        }
        for (EventMention e : extracted) {
            scoredEvents++;
            counts(e.type())[2]++;
            if (!goldTypes.contains(Optional.of(e.type()))) {
                extraEvents++;
                misses.add(new Miss(record.id(), "extra", describe(e) + ": no gold event of this type"));
            } else if (anyMatches(e.source(), goldSources)) {
                correctEvents++;
                counts(e.type())[3]++;
            }
        }
        if (!gold.isEmpty() && goldTypes.get(0).isPresent()) {
            mainEventRecords++;
            PloverType main = goldTypes.get(0).get();
            if (extracted.stream().anyMatch(e -> e.type() == main)) {
                mainEventRight++;
            } else {
                misses.add(new Miss(record.id(), "main event", gold.get(0) + ": no extracted " + main + " event"));
            }
        }
    }

    private int[] counts(PloverType type) {
        return perType.computeIfAbsent(type, t -> new int[4]);
    }

    private static boolean anyMatches(List<EventArgument> arguments, Set<ActorCode> codes) {
        for (EventArgument a : arguments) {
            for (ActorCode code : codes) {
                if (code.matches(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(EventMention e) {
        return e.type() + e.cameo().map(c -> " (" + c + ")").orElse("") + " \"" + e.triggerText() + "\"";
    }

    private static String describe(EventArgument a) {
        return a.name() + "[" + a.country().orElse("-") + "/" + a.sector().orElse("-") + "]";
    }

    /** The figures so far. */
    public Report report() {
        var scores = new ArrayList<TypeScore>();
        perType.forEach((type, c) -> scores.add(new TypeScore(type, c[0], c[1], c[2], c[3])));
        return new Report(records, noEventRecords, goldEvents, untypedGoldEvents, extractedEvents, scoredEvents,
                foundEvents, correctEvents, scores, cameoGoldEvents, cameoRootRecalled, extraEvents, mainEventRecords,
                mainEventRight, sourceRight, targetChecked, targetRight, misses);
    }

    /**
     * What a CAMEO-style actor code is compared by: {@code USAGOV} → country USA, {@code IGOUNOMIL} → sector IGO,
     * {@code ---REB} → sector REB; empty for {@code ---} and codes shorter than three letters.
     */
    public static Optional<ActorCode> actorCode(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() < 3) {
            return Optional.empty();
        }
        String head = c.substring(0, 3);
        if (ISO3.contains(head)) {
            return Optional.of(new ActorCode(true, head));
        }
        if (head.equals("---")) {
            return c.length() >= 6 && isLetters(c.substring(3, 6))
                    ? Optional.of(new ActorCode(false, c.substring(3, 6))) : Optional.empty();
        }
        return isLetters(head) ? Optional.of(new ActorCode(false, head)) : Optional.empty();
    }

    private static boolean isLetters(String s) {
        return s.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    private static double f(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * Reads a gold file of JSON Lines {@code {"id", "text", "date": "YYYYMMDD", "expected": [{"code" and/or "type",
     * "source", "target"}], "noevents"}} (the format of the PETR-2 validation set). A date that is not
     * {@code YYYYMMDD} is read as none; other fields are ignored.
     *
     * @throws IllegalArgumentException naming the file and line when a line is not such a record
     */
    public static List<Record> readRecords(Path file) throws IOException {
        var mapper = new ObjectMapper();
        var out = new ArrayList<Record>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String where = file + ":" + (n + 1);
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(where + ": not JSON (" + e.getMessage() + ")", e);
            }
            out.add(record(node, where));
        }
        return List.copyOf(out);
    }

    private static Record record(JsonNode node, String where) {
        String id = text(node, "id").orElseThrow(() -> new IllegalArgumentException(where + ": no \"id\""));
        String text = text(node, "text").orElseThrow(() -> new IllegalArgumentException(where + ": no \"text\""));
        Optional<LocalDate> date = text(node, "date").flatMap(EventEvaluation::basicDate);
        var expected = new ArrayList<Gold>();
        for (JsonNode g : node.path("expected")) {
            Optional<String> cameo = text(g, "code");
            Optional<PloverType> type = text(g, "type").map(t -> plover(t, where));
            if (cameo.isEmpty() && type.isEmpty()) {
                throw new IllegalArgumentException(where + ": an expected event has neither \"code\" nor \"type\"");
            }
            expected.add(new Gold(cameo, type, text(g, "source").orElse(""), text(g, "target").orElse("")));
        }
        return new Record(id, text, date, expected, node.path("noevents").asBoolean(false));
    }

    private static PloverType plover(String name, String where) {
        try {
            return PloverType.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": \"" + name + "\" is not a PLOVER type (one of "
                    + List.of(PloverType.values()) + ")", e);
        }
    }

    private static Optional<LocalDate> basicDate(String value) {
        if (!value.strip().matches("\\d{8}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip(), BASIC_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? Optional.empty()
                : Optional.of(v.asText());
    }
}
