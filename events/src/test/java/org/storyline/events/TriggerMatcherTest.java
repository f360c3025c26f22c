package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.TextSpan;

/** Triggers in hand-written sentences (fictional people and places), checked with exact offsets. */
class TriggerMatcherTest {
    private static final TriggerMatcher MATCHER = new TriggerMatcher(TriggerLexicon.builtIn());

    @TempDir
    Path dir;

    /** "[start, end)PLOVER/cameo (text)" per trigger, the compact form of the expectations, after the invariants. */
    private static List<String> triggers(String text) {
        return triggers(MATCHER, text, new TextSpan(0, text.length()));
    }

    private static List<String> triggers(TriggerMatcher matcher, String text, TextSpan sentence) {
        List<TriggerMatch> found = matcher.find(text, sentence);
        assertWellFormed(text, sentence, found);
        return found.stream().map(TriggerMatch::toString).toList();
    }

    /** Spans inside the sentence, ordered, not overlapping; text and words exactly where the spans say. */
    static void assertWellFormed(String text, TextSpan sentence, List<TriggerMatch> found) {
        int end = sentence.start();
        for (TriggerMatch m : found) {
            assertThat(sentence.contains(m.span())).as(m + " inside " + sentence).isTrue();
            assertThat(m.span().start()).as(m + " after the previous match").isGreaterThanOrEqualTo(end);
            assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
            assertThat(m.span().length()).isPositive();
            for (TextSpan w : m.words()) {
                assertThat(m.span().contains(w)).isTrue();
                assertThat(w.of(text)).matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'’,.-]*");
            }
            end = m.span().end();
        }
    }

    @Test
    void inflectedVerbs() {
        assertThat(triggers("Marren accused the envoy.")).containsExactly("[7, 14)ACCUSE/112 (accused)");
        assertThat(triggers("Ostrava accuses Norvik.")).containsExactly("[8, 15)ACCUSE/112 (accuses)");
        assertThat(triggers("The rebels were accusing the army.")).containsExactly(
                "[16, 24)ACCUSE/112 (accusing)");
    }

    @Test
    void aGapHoldsTheArgument() {
        String text = "Envoy Nadia Ferrant called on the council to act.";
        List<TriggerMatch> found = MATCHER.find(text);
        assertThat(found).extracting(TriggerMatch::toString).containsExactly(
                "[20, 44)REQUEST/020 (called on the council to)");
        assertThat(found.get(0).pattern()).isEqualTo("call on * to");
        assertThat(found.get(0).words()).extracting(w -> w.of(text)).containsExactly("called", "on", "to");
    }

    @Test
    void phrasalVerbsAndNounObjects() {
        assertThat(triggers("Norvik cut off talks with Ostrava.")).containsExactly(
                "[7, 20)SANCTION/164 (cut off talks)");
        assertThat(triggers("The delegations held talks in Brenna.")).containsExactly(
                "[16, 26)CONSULT/040 (held talks)");
        assertThat(triggers("They held two days of talks.")).containsExactly(
                "[5, 27)CONSULT/040 (held two days of talks)");
    }

    @Test
    void nounPlurals() {
        assertThat(triggers("Air strikes hit the suburbs.")).containsExactly("[0, 11)ASSAULT/195 (Air strikes)");
        assertThat(triggers("Two airstrikes and a ceasefire.")).containsExactly(
                "[4, 14)ASSAULT/195 (airstrikes)", "[21, 30)RETREAT/0871 (ceasefire)");
    }

    @Test
    void modifiersBetweenVerbAndObject() {
        List<TriggerMatch> found = MATCHER.find("The union imposed new sanctions on Talvia.");
        assertThat(found).extracting(TriggerMatch::toString).containsExactly(
                "[10, 31)SANCTION/163 (imposed new sanctions)");
        assertThat(found.get(0).words()).containsExactly(new TextSpan(10, 17), new TextSpan(22, 31));
        assertThat(triggers("The army deployed 3,000 troops.")).containsExactly(
                "[9, 30)MOBILIZE/154 (deployed 3,000 troops)");
    }

    @Test
    void theLongestMostSpecificMatchWins() {
        assertThat(triggers("Valdor threatened to impose sanctions on Talvia.")).containsExactly(
                "[7, 37)THREATEN/1312? (threatened to impose sanctions)");
        assertThat(triggers("The court accused the mayor of corruption.")).containsExactly(
                "[10, 41)ACCUSE/1121 (accused the mayor of corruption)");
        assertThat(triggers("The council struck a deal.")).containsExactly("[12, 25)SUPPORT/057 (struck a deal)");
        assertThat(triggers("They called for the immediate release of the hostages.")).containsExactly(
                "[5, 37)REQUEST/0253 (called for the immediate release)");
    }

    @Test
    void matchesNeverOverlap() {
        String text = "Police arrested 20 protesters, fired tear gas and detained a reporter after rebels shelled "
                + "the airport and threatened to retaliate.";
        List<String> found = triggers(text);
        assertThat(found).containsExactly("[7, 15)COERCE/173 (arrested)", "[31, 45)ASSAULT/175 (fired tear gas)",
                "[50, 58)COERCE/173 (detained)", "[83, 90)ASSAULT/194 (shelled)",
                "[107, 130)THREATEN/138? (threatened to retaliate)");
    }

    @Test
    void irregularVerbs() {
        assertThat(triggers("Leaders met on the sidelines.")).containsExactly(
                "[8, 28)CONSULT/044 (met on the sidelines)");
        assertThat(triggers("The brigade withdrew its troops.")).containsExactly(
                "[12, 31)RETREAT/0874 (withdrew its troops)");
        assertThat(triggers("Rebels fought for the bridge.")).containsExactly("[7, 13)ASSAULT/190 (fought)");
        assertThat(triggers("Gunmen took 30 people hostage.")).containsExactly(
                "[7, 29)ASSAULT/181 (took 30 people hostage)");
        assertThat(triggers("Troops shot dead two men.")).containsExactly("[7, 16)ASSAULT/186 (shot dead)");
    }

    @Test
    void caseAndTypographicApostrophesDoNotMatter() {
        assertThat(triggers("MINISTERS CONDEMNED THE RAID.")).containsExactly(
                "[10, 19)ACCUSE/111 (CONDEMNED)", "[24, 28)COERCE/171 (RAID)");
        assertThat(triggers("They held a minute’s silence.")).containsExactly(
                "[12, 28)SUPPORT/017 (minute’s silence)");
    }

    @Test
    void clausePunctuationStopsGapsAndModifiers() {
        assertThat(triggers("They imposed, after a vote, sanctions.")).containsExactly(
                "[28, 37)SANCTION/163 (sanctions)");
        assertThat(triggers("He called on Tuesday, to everyone’s surprise.")).isEmpty();
    }

    @Test
    void ignoredPhrasesHideTheTriggerInside() {
        assertThat(triggers("Riot police stood by.")).containsExactly("[12, 20)SUPPORT/052 (stood by)");
        assertThat(triggers("He died of a heart attack.")).isEmpty();
        assertThat(triggers("The mayor attacked the plan.")).containsExactly("[10, 18)ASSAULT/180 (attacked)");
    }

    @Test
    void onlyTheSentenceIsSearchedAndOffsetsStayInTheWholeText() {
        String text = "Ostrava condemned the vote. Norvik praised it. Talvia shelled the port.";
        List<String> found = triggers(MATCHER, text, new TextSpan(28, 46));
        assertThat(found).containsExactly("[35, 42)SUPPORT/051 (praised)");
    }

    @Test
    void hypotheticalPhrasesAreFlagged() {
        List<TriggerMatch> found = MATCHER.find("Valdor vowed to retaliate and plans to deploy troops.");
        assertThat(found).extracting(TriggerMatch::hypothetical).containsExactly(true, true);
        assertThat(found).extracting(TriggerMatch::cameo).containsExactly("138", "154");
    }

    @Test
    void aUserFileAddsATrigger() throws Exception {
        String text = "Talvia rebuffed the latest overture from Norvik.";
        assertThat(triggers(text)).containsExactly("[7, 15)REJECT/120 (rebuffed)");
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\"version\": 1, \"triggers\": ["
                + "{\"pattern\": \"rebuff * overture\", \"cameo\": \"125\", \"pos\": \"verb\"}]}");
        TriggerMatcher mine = new TriggerMatcher(TriggerLexicon.builtIn().withFile(file));
        assertThat(triggers(mine, text, new TextSpan(0, text.length()))).containsExactly(
                "[7, 35)REJECT/125 (rebuffed the latest overture)");
    }

    @Test
    void aLongParagraphKeepsTheInvariants() {
        String text = "On Monday the Valdorian army massed troops on the border while its air force bombed bridges. "
                + "Norvik’s foreign ministry summoned the Valdorian ambassador, expressed deep concern and called for "
                + "restraint. Protesters took to the streets of Brenna; police fired rubber bullets and arrested "
                + "dozens. The two presidents spoke by phone, agreed to hold talks next week and signed a "
                + "memorandum on prisoner exchanges.";
        List<TriggerMatch> found = MATCHER.find(text);
        assertWellFormed(text, new TextSpan(0, text.length()), found);
        assertThat(found).extracting(TriggerMatch::cameo).containsExactly("154", "195", "114", "110", "0256",
                "141", "175", "173", "041", "036", "057", "0841");
    }
}
