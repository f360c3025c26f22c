package org.storyline.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verb and noun forms, regular and irregular. */
class InflectionsTest {
    @Test
    void regularVerbs() {
        assertThat(Inflections.verbForms("accuse")).containsExactlyInAnyOrder("accuse", "accuses", "accused",
                "accusing");
        assertThat(Inflections.verbForms("deny")).contains("denies", "denied", "denying");
        assertThat(Inflections.verbForms("seize")).contains("seized", "seizing");
        assertThat(Inflections.verbForms("agree")).contains("agreed", "agreeing");
        assertThat(Inflections.verbForms("veto")).contains("vetoes", "vetoed", "vetoing");
        assertThat(Inflections.verbForms("threaten")).contains("threatened", "threatening")
                .doesNotContain("threatenned");
        assertThat(Inflections.verbForms("visit")).contains("visited").doesNotContain("visitted");
    }

    @Test
    void doubledConsonants() {
        assertThat(Inflections.verbForms("ban")).contains("banned", "banning");
        assertThat(Inflections.verbForms("commit")).contains("committed", "committing");
        assertThat(Inflections.verbForms("kidnap")).contains("kidnapped");
        assertThat(Inflections.verbForms("expel")).contains("expelled").doesNotContain("expeled");
        assertThat(Inflections.verbForms("cancel")).contains("cancelled", "canceled", "cancelling", "canceling");
        assertThat(Inflections.verbForms("quit")).contains("quitting");
    }

    @Test
    void irregularVerbsAndTheirPrefixedForms() {
        assertThat(Inflections.verbForms("meet")).contains("met", "meeting");
        assertThat(Inflections.verbForms("hold")).contains("held").doesNotContain("holded");
        assertThat(Inflections.verbForms("withdraw")).contains("withdrew", "withdrawn", "withdraws");
        assertThat(Inflections.verbForms("uphold")).contains("upheld");
        assertThat(Inflections.verbForms("shoot")).contains("shot");
        assertThat(Inflections.verbForms("take")).contains("took", "taken", "taking");
        assertThat(Inflections.verbForms("give")).contains("gave", "given");
        assertThat(Inflections.verbForms("send")).contains("sent");
        assertThat(Inflections.verbForms("fight")).contains("fought");
        assertThat(Inflections.verbForms("strike")).contains("struck", "striking");
        assertThat(Inflections.verbForms("cut")).contains("cut", "cutting");
        assertThat(Inflections.verbForms("unfreeze")).contains("unfroze", "unfrozen");
        assertThat(Inflections.verbForms("burn")).contains("burned", "burnt");
    }

    @Test
    void hyphenatedVerbsInflectAtTheEnd() {
        assertThat(Inflections.verbForms("test-fire")).contains("test-fired", "test-fires", "test-firing");
        assertThat(Inflections.verbForms("de-escalate")).contains("de-escalated");
    }

    @Test
    void nounPlurals() {
        assertThat(Inflections.nounForms("sanction")).containsExactlyInAnyOrder("sanction", "sanctions");
        assertThat(Inflections.nounForms("talks")).containsExactly("talks");
        assertThat(Inflections.nounForms("atrocity")).contains("atrocities");
        assertThat(Inflections.nounForms("embargo")).contains("embargoes");
        assertThat(Inflections.nounForms("crisis")).contains("crises");
        assertThat(Inflections.nounForms("march")).contains("marches");
        assertThat(Inflections.nounForms("convoy")).contains("convoys");
        assertThat(Inflections.nounForms("sit-in")).contains("sit-ins");
    }
}
