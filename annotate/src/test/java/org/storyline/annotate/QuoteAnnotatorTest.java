package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.QuoteMention;

/** Quotations and their speakers on hand-written paragraphs (fictional people and places). */
class QuoteAnnotatorTest {
    private final QuoteAnnotator annotator = new QuoteAnnotator();

    /** "kind | speaker | text" per quote, the compact form of the tests' expectations. */
    private List<String> quotes(String text) {
        List<QuoteMention> found = annotator.annotate(text);
        for (QuoteMention q : found) {
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
            q.speaker().flatMap(s -> s.span()).ifPresent(span ->
                    assertThat(span.end()).isLessThanOrEqualTo(text.length()));
        }
        return found.stream().map(q -> q.kind().contractName() + " | " + q.speaker().map(s -> s.name()).orElse("-")
                + " | " + q.text()).toList();
    }

    @Test
    void speechVerbsInEveryPosition() {
        assertThat(quotes("“We will reopen the corridor tomorrow,” said Foreign Minister Ilse Marren.")).containsExactly(
                "direct | Foreign Minister Ilse Marren | We will reopen the corridor tomorrow,");
        assertThat(quotes("“The strait stays closed until further notice,” Colonel Pavel Rudik told reporters."))
                .containsExactly("direct | Colonel Pavel Rudik | The strait stays closed until further notice,");
        assertThat(quotes("Envoy Nadia Ferrant said: “Both sides have agreed to talk again on Monday.”"))
                .containsExactly("direct | Envoy Nadia Ferrant | Both sides have agreed to talk again on Monday.");
        assertThat(quotes("The fighting had “no military purpose whatsoever,” according to Henrik Salo."))
                .containsExactly("partial | Henrik Salo | no military purpose whatsoever,");
        assertThat(quotes("Greta Ansel was quoted by Norvik Wire as saying: “The convoy was a target.”"))
                .containsExactly("direct | Greta Ansel | The convoy was a target.");
    }

    @Test
    void aLostOpeningMarkStartsTheQuoteWithItsParagraph() {
        assertThat(quotes("The corridor is not closed,” Ferrant said after the meeting."))
                .containsExactly("direct | Ferrant | The corridor is not closed,");
    }

    @Test
    void aClosingMarkUsedToOpenStillOpens() {
        assertThat(quotes("Salo was quoted as saying,”Suddenly the trucks were burning and nobody could help.”"))
                .containsExactly("direct | Salo | Suddenly the trucks were burning and nobody could help.");
    }

    @Test
    void pronounsResolveToTheLastNamedSpeakerAndGroupsKeepTheirName() {
        assertThat(quotes("Minister Greta Ansel said the talks had failed. “We are not giving up,” she added.\n\n"
                + "“The corridor must open now,” the five member states said in a joint statement."))
                .containsExactly("indirect | Minister Greta Ansel | the talks had failed",
                        "direct | Greta Ansel | We are not giving up,",
                        "direct | the five member states | The corridor must open now,");
    }

    @Test
    void aQuoteSpanningParagraphsKeepsItsSpeakerAndAnUnattributedOneHasNone() {
        assertThat(quotes("“The ships will sail on Friday,” said Captain Bram Okkel. “They will fly our flag.\n\n"
                + "“And they will come home,” he went on.\n\nSomeone wrote “not in our name” on the harbour wall."))
                .containsExactly("direct | Captain Bram Okkel | The ships will sail on Friday,",
                        "direct | Captain Bram Okkel | They will fly our flag.",
                        "direct | Bram Okkel | And they will come home,",
                        "partial | - | not in our name");
    }

    @Test
    void aNameInAppositionBeatsTheRoleBeforeIt() {
        assertThat(quotes("The words were echoed by the council’s envoy, Nadia Ferrant, who admitted that “the"
                + " truce is in danger.”")).containsExactly("partial | Nadia Ferrant | the truce is in danger.");
    }

    @Test
    void reportedSpeechIsIndirectWithTheReportersSubjectAsSpeaker() {
        assertThat(quotes("Foreign Minister Tomas Verhallen said on Tuesday that Valdria had lodged a formal protest"
                + " with the embassy. He told reporters the corridor would stay open."))
                .containsExactly("indirect | Foreign Minister Tomas Verhallen | Valdria had lodged a formal protest"
                        + " with the embassy", "indirect | Tomas Verhallen | the corridor would stay open");
        // a cue after a quotation attributes that quotation; it does not start reported speech
        assertThat(quotes("“We will not close the lanes,” Verhallen said at a briefing in Velmora on Tuesday."))
                .containsExactly("direct | Verhallen | We will not close the lanes,");
    }

    @Test
    void britishSingleMarksOpenQuotesThatRunOverParagraphsButApostrophesDoNot() {
        assertThat(quotes("Marit Solberg, 41, spoke from her home. She said: 'Pieter loved the sea. He was"
                + " always on the boats.\n\n'He didn't care about the weather, the boys' boat was his life.'\n\n"
                + "The harbour's 'safe zone' rule was lifted."))
                .containsExactly("direct | Marit Solberg | Pieter loved the sea. He was always on the boats.",
                        "direct | Marit Solberg | He didn't care about the weather, the boys' boat was his life.",
                        "partial | - | safe zone");
    }

    @Test
    void pronounsFollowTheSubjectOfTheNearestSentenceOfTheirGender() {
        // the nearest named man is skipped for "she"; "She said …" passes the chain back to its own antecedent
        assertThat(quotes("Greta Ansel, 52, waited for her turn at the podium.\n\nPavel Rudik, the colonel, read his"
                + " statement first. She said the talks were stuck.\n\n“Nobody is moving at all,” she said."))
                .contains("direct | Greta Ansel | Nobody is moving at all,");
        // an age stands for the person named before it
        assertThat(quotes("Jakob Lenz, a student, had just sat down for an exam.\n\n“I heard two shots,” the"
                + " 25-year-old told the Tessaly Herald."))
                .containsExactly("direct | Jakob Lenz | I heard two shots,");
    }

    @Test
    void reportedSpeechPassesItsSpeakerToTheNextQuotation() {
        assertThat(quotes("Police asked everyone to stay inside and keep away from the windows, Tomas Brekke told"
                + " Radio Tessaly.\n\n“The staff turned all the lights off and kept us calm.”"))
                .containsExactly("indirect | Tomas Brekke | Police asked everyone to stay inside and keep away from"
                        + " the windows", "direct | Tomas Brekke | The staff turned all the lights off and kept us calm.");
    }

    @Test
    void theNearestSpeechCueWinsAndTheObjectOfToldIsNotTheSpeaker() {
        assertThat(quotes("Ilse Marren told the agency it was a “clear mistake” while Joost Rennard, a former mayor"
                + " wrote that it was “deeply disappointing for the harbour”."))
                .contains("partial | Ilse Marren | clear mistake",
                        "partial | Joost Rennard | deeply disappointing for the harbour");
        assertThat(quotes("Okkel was on the call and told the two captains: “Stay in port until Friday.”"))
                .containsExactly("direct | Okkel | Stay in port until Friday.");
    }

    @Test
    void documentsSpeakForThemselves() {
        assertThat(quotes("The resolution, which calls for “an immediate halt to the shelling”, passed 13-0."))
                .containsExactly("partial | The resolution | an immediate halt to the shelling");
        assertThat(quotes("The lawsuit alleges that Varsin “was given access to every trade secret”."))
                .containsExactly("partial | The lawsuit | was given access to every trade secret");
    }
}
