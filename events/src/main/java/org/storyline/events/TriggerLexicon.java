package org.storyline.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.PloverType;

/**
 * Storyline's trigger lexicon: phrases that report political events, each tied to a CAMEO code and PLOVER type,
 * read from the versioned {@code triggers.json} beside this class, plus phrases that look like triggers but are not.
 *
 * <pre>{@code
 * TriggerLexicon lexicon = TriggerLexicon.builtIn().withFile(Path.of("my-triggers.json"));
 * List<TriggerMatch> found = new TriggerMatcher(lexicon).find(text, sentence);
 * }</pre>
 *
 * <p>A user's file has the built-in file's shape: {@code {"version": 1, "triggers": [...], "ignore": [...],
 * "remove": ["pattern", ...]}}. Its triggers replace built-in ones with the same pattern and {@code pos} and add the
 * rest; its ignore phrases are added; {@code remove} drops built-in triggers and ignore phrases by pattern. In a user's
 * trigger {@code plover} may be left out (the codebook's type for {@code cameo} is taken).
 *
 * <p>Every trigger is checked when read: its code must be in the {@link CameoCodebook}, and its PLOVER type must be
 * the code's unless {@code override} gives the reason. A file that fails a check is refused with a message naming the
 * file, the entry and what to change.
 */
public final class TriggerLexicon {
    /** The version of the trigger file format this class reads. */
    public static final int VERSION = 1;

    private static final String RESOURCE = "triggers.json";
    private static final Set<String> TRIGGER_FIELDS = Set.of("pattern", "cameo", "plover", "pos", "hypothetical",
            "override", "note");
    private static final Set<String> IGNORE_FIELDS = Set.of("pattern", "pos", "note");

    private static final class Holder {
        static final TriggerLexicon BUILT_IN = readBuiltIn();
    }

    private final List<TriggerEntry> triggers;
    private final List<IgnoredPhrase> ignored;

    private TriggerLexicon(List<TriggerEntry> triggers, List<IgnoredPhrase> ignored) {
        this.triggers = List.copyOf(triggers);
        this.ignored = List.copyOf(ignored);
    }

    /** The lexicon shipped with Storyline, read once per JVM. */
    public static TriggerLexicon builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * This lexicon with a user's trigger file applied: its triggers first (they win ties), then this lexicon's
     * triggers that it neither replaces nor removes.
     */
    public TriggerLexicon withFile(Path file) {
        requireNonNull(file, "file is null");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trigger file " + file + ": " + e.getMessage(), e);
        }
        return with(root, file.toString());
    }

    /** The triggers, user entries first, then built-in ones in file order. */
    public List<TriggerEntry> entries() {
        return triggers;
    }

    /** The phrases that contain a trigger but report no event. */
    public List<IgnoredPhrase> ignored() {
        return ignored;
    }

    private static TriggerLexicon readBuiltIn() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the events module's resources");
            }
            return new TriggerLexicon(List.of(), List.of()).with(new ObjectMapper().readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private TriggerLexicon with(JsonNode root, String source) {
        if (!root.isObject()) {
            throw new IllegalArgumentException(source + ": a trigger file is a JSON object with \"version\": "
                    + VERSION + " and a \"triggers\" array");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException(source + ": \"version\" must be " + VERSION + ", found "
                    + root.path("version") + "; this Storyline reads trigger files of version " + VERSION);
        }
        Set<String> removed = new HashSet<>();
        for (JsonNode r : root.path("remove")) {
            removed.add(r.asText());
        }
        Map<String, TriggerEntry> added = new LinkedHashMap<>();
        JsonNode list = root.path("triggers");
        for (int i = 0; i < list.size(); i++) {
            TriggerEntry e = trigger(list.get(i), source + ", trigger " + (i + 1));
            if (added.put(e.key(), e) != null) {
                throw new IllegalArgumentException(source + ", trigger " + (i + 1) + ": \"" + e.pattern()
                        + "\" with this pos appears twice in the file");
            }
        }
        List<TriggerEntry> merged = new ArrayList<>(added.values());
        for (TriggerEntry e : triggers) {
            if (!added.containsKey(e.key()) && !removed.contains(e.pattern())) {
                merged.add(e);
            }
        }
        List<IgnoredPhrase> ignore = new ArrayList<>();
        JsonNode phrases = root.path("ignore");
        for (int i = 0; i < phrases.size(); i++) {
            ignore.add(ignored(phrases.get(i), source + ", ignore " + (i + 1)));
        }
        for (IgnoredPhrase p : ignored) {
            if (!removed.contains(p.pattern())) {
                ignore.add(p);
            }
        }
        return new TriggerLexicon(merged, ignore);
    }

    private static TriggerEntry trigger(JsonNode node, String where) {
        checkFields(node, TRIGGER_FIELDS, where);
        String pattern = text(node, "pattern", where).orElseThrow(() ->
                new IllegalArgumentException(where + ": \"pattern\" is missing"));
        String at = where + " (\"" + pattern + "\")";
        String cameo = text(node, "cameo", at).orElseThrow(() ->
                new IllegalArgumentException(at + ": \"cameo\" is missing; give the CAMEO code, e.g. \"112\""));
        CameoCode code = CameoCodebook.builtIn().lookup(cameo).orElseThrow(() ->
                new IllegalArgumentException(at + ": CAMEO has no code \"" + cameo + "\" (see cameo.tsv)"));
        Optional<String> override = text(node, "override", at);
        PloverType plover;
        try {
            plover = text(node, "plover", at).map(PloverType::valueOf).orElse(code.plover());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": \"plover\" must be one of the 16 PLOVER types, e.g. ACCUSE");
        }
        if (plover != code.plover() && override.isEmpty()) {
            throw new IllegalArgumentException(at + ": CAMEO " + cameo + " is " + code.plover() + " in the codebook, "
                    + "not " + plover + "; give the reason in \"override\" or drop \"plover\"");
        }
        try {
            return new TriggerEntry(pattern, cameo, plover, node.path("hypothetical").asBoolean(false),
                    pos(node, at), override);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static IgnoredPhrase ignored(JsonNode node, String where) {
        checkFields(node, IGNORE_FIELDS, where);
        String pattern = text(node, "pattern", where).orElseThrow(() ->
                new IllegalArgumentException(where + ": \"pattern\" is missing"));
        try {
            return new IgnoredPhrase(pattern, pos(node, where));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Optional<PartOfSpeech> pos(JsonNode node, String where) {
        try {
            return text(node, "pos", where).map(PartOfSpeech::ofFileName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected a JSON object, found " + node);
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new IllegalArgumentException(where + ": unknown field \"" + f + "\"; allowed: "
                        + allowed.stream().sorted().toList());
            }
        });
    }

    private static Optional<String> text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string, found " + v);
        }
        return Optional.of(v.asText());
    }

    @Override
    public String toString() {
        return "TriggerLexicon[" + triggers.size() + " triggers, " + ignored.size() + " ignored phrases]";
    }
}
