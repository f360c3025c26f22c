package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.PloverType;

/** The built-in trigger lexicon's coverage and consistency, and how a user's file extends it. */
class TriggerLexiconTest {
    private final TriggerLexicon lexicon = TriggerLexicon.builtIn();
    private final CameoCodebook codebook = CameoCodebook.builtIn();

    @TempDir
    Path dir;

    @Test
    void coversAllSixteenPloverTypes() {
        Map<PloverType, Long> perType = lexicon.entries().stream()
                .collect(Collectors.groupingBy(TriggerEntry::plover, () -> new EnumMap<>(PloverType.class),
                        Collectors.counting()));
        assertThat(perType.keySet()).containsExactlyInAnyOrder(PloverType.values());
        assertThat(perType.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
    }

    @Test
    void coversAtLeast150DistinctCameoCodes() {
        Set<String> codes = lexicon.entries().stream().map(TriggerEntry::cameo).collect(Collectors.toSet());
        assertThat(codes).hasSizeGreaterThanOrEqualTo(150);
        // every root family but the bare roots themselves has triggers
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertThat(codes).as("codes under " + r).anyMatch(c -> c.startsWith(r));
        }
    }

    @Test
    void everyCodeExistsAndItsPloverTypeAgreesOrSaysWhyNot() {
        assertThat(lexicon.entries()).hasSizeGreaterThan(1000);
        for (TriggerEntry e : lexicon.entries()) {
            CameoCode code = codebook.lookup(e.cameo()).orElse(null);
            assertThat(code).as(e.pattern() + " → " + e.cameo()).isNotNull();
            if (e.plover() != code.plover()) {
                assertThat(e.override()).as(e.pattern() + " is " + e.plover() + ", its code " + code.plover())
                        .hasValueSatisfying(reason -> assertThat(reason).hasSizeGreaterThan(20));
            }
        }
        assertThat(lexicon.entries()).filteredOn(e -> e.override().isPresent())
                .extracting(TriggerEntry::cameo).containsOnly("163", "0831");
    }

    @Test
    void patternsAreDistinctAndWellFormed() {
        Set<String> keys = new HashSet<>();
        for (TriggerEntry e : lexicon.entries()) {
            assertThat(keys.add(e.key())).as("duplicate " + e.key()).isTrue();
            assertThat(e.pattern()).isEqualTo(e.pattern().strip()).doesNotContain("  ");
            assertThat(e.words().get(0)).isNotEqualTo("*");
        }
    }

    @Test
    void theBriefsPhrasesAreThere() {
        assertThat(lexicon.entries()).extracting(TriggerEntry::pattern).contains("accuse", "call for", "call on * to",
                "cut off talks", "hold talks", "air strike", "cease-fire", "impose sanction", "threaten to", "meet with",
                "sign agreement", "express concern", "deny", "praise", "condemn", "arrest", "shell", "withdraw troop",
                "deploy troop", "demonstrate", "expel ambassador", "talks", "visit", "airstrike", "ceasefire",
                "sanction", "protest", "criticise", "criticize");
    }

    @Test
    void intentsAndThreatsAreHypotheticalAndDeedsAreNot() {
        assertThat(entry("threaten to").hypothetical()).isTrue();
        assertThat(entry("vow to").hypothetical()).isTrue();
        assertThat(entry("plan to deploy troop").hypothetical()).isTrue();
        assertThat(entry("threaten to impose sanction").plover()).isEqualTo(PloverType.THREATEN);
        assertThat(entry("threaten").hypothetical()).isFalse();
        assertThat(entry("deploy troop").hypothetical()).isFalse();
        assertThat(entry("impose sanction").plover()).isEqualTo(PloverType.SANCTION);
    }

    @Test
    void aUserFileAddsReplacesAndRemoves() throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"version": 1,
                 "triggers": [
                   {"pattern": "rebuff * overture", "cameo": "125", "pos": "verb"},
                   {"pattern": "accuse", "cameo": "1121", "plover": "ACCUSE", "pos": "verb"}
                 ],
                 "ignore": [{"pattern": "shell out", "pos": "verb", "note": "spending money"}],
                 "remove": ["praise"]}
                """);
        TriggerLexicon mine = lexicon.withFile(file);
        assertThat(mine.entries().get(0)).isEqualTo(new TriggerEntry("rebuff * overture", "125", PloverType.REJECT,
                false, java.util.Optional.of(PartOfSpeech.VERB), java.util.Optional.empty()));
        assertThat(mine.entries()).filteredOn(e -> e.pattern().equals("accuse")).singleElement()
                .extracting(TriggerEntry::cameo).isEqualTo("1121");
        assertThat(mine.entries()).extracting(TriggerEntry::pattern).doesNotContain("praise");
        assertThat(mine.entries()).hasSize(lexicon.entries().size());
        assertThat(mine.ignored()).extracting(IgnoredPhrase::pattern).contains("shell out", "riot police");
        assertThat(lexicon.entries()).extracting(TriggerEntry::pattern).contains("praise");
    }

    @Test
    void aUserFileIsCheckedWithMessagesThatSayWhatToChange() throws Exception {
        assertThat(refusal("{\"version\": 1, \"triggers\": [{\"pattern\": \"snub\", \"cameo\": \"999\"}]}"))
                .contains("bad.json, trigger 1 (\"snub\")").contains("no code \"999\"");
        assertThat(refusal("{\"version\": 1, \"triggers\": [{\"pattern\": \"snub\", \"cameo\": \"120\", "
                + "\"plover\": \"ASSAULT\"}]}")).contains("120 is REJECT").contains("override");
        assertThat(refusal("{\"version\": 1, \"triggers\": [{\"pattern\": \"Snub\", \"cameo\": \"120\"}]}"))
                .contains("lower-case");
        assertThat(refusal("{\"version\": 1, \"triggers\": [{\"pattern\": \"snub *\", \"cameo\": \"120\"}]}"))
                .contains("gap must lie between two words");
        assertThat(refusal("{\"version\": 1, \"triggers\": [{\"pattern\": \"snub\", \"cameo\": \"120\", "
                + "\"hypotetical\": true}]}")).contains("unknown field \"hypotetical\"");
        assertThat(refusal("{\"version\": 2, \"triggers\": []}")).contains("\"version\" must be 1");
        assertThat(refusal("{\"version\": 1, \"triggers\": [{\"pattern\": \"snub\", \"cameo\": \"120\", "
                + "\"pos\": \"adjective\"}]}")).contains("pos must be \"verb\" or \"noun\"");
    }

    private String refusal(String json) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> lexicon.withFile(file));
        assertThat(t).isInstanceOf(IllegalArgumentException.class);
        return t.getMessage();
    }

    @Test
    void aMissingFileSaysWhichFile() {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> lexicon.withFile(missing)).hasMessageContaining("none.json");
    }

    private TriggerEntry entry(String pattern) {
        List<TriggerEntry> found = lexicon.entries().stream().filter(e -> e.pattern().equals(pattern)).toList();
        assertThat(found).as(pattern).hasSize(1);
        return found.get(0);
    }
}
