package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.ActorKnowledge;
import org.storyline.annotate.nlp.Dependency;
import org.storyline.annotate.nlp.ParsedSentence;
import org.storyline.annotate.nlp.Sentence;
import org.storyline.annotate.nlp.TextAnalysis;
import org.storyline.annotate.nlp.Token;
import org.storyline.model.Annotations;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.TextSpan;
import org.storyline.testkit.SharedData;

/**
 * Events from hand-built parses (no NLP engine): the annotator's reading of subjects, objects, passives, negation
 * and dates, on sentences of the demo's invented crisis.
 */
class EventAnnotatorTest {
    private final EventAnnotator annotator = new EventAnnotator(TriggerLexicon.builtIn(),
            ActorKnowledge.load(Optional.of(SharedData.repositoryRoot().resolve("demo/knowledge.json"))));
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 3, 3));

    @Test
    void anActiveAccusationHasItsSubjectAsSourceAndObjectAsTargetOnTheArticlesDate() {
        // Valdria accused Kestria of piracy .
        Fake f = new Fake("Valdria accused Kestria of piracy .", "NNP VBD NNP IN NN .");
        f.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(1, 2, "obj").dep(4, 3, "case").dep(1, 4, "obl:of")
                .dep(1, 5, "punct");
        List<EventMention> events = annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED);
        assertThat(events).hasSize(1);
        EventMention e = events.get(0);
        assertThat(e.type()).isEqualTo(PloverType.ACCUSE);
        assertThat(e.cameo()).contains("112");
        assertThat(e.source()).extracting(a -> a.name() + "/" + a.country().orElse("-")).containsExactly("Valdria/VLD");
        assertThat(e.target()).extracting(a -> a.name() + "/" + a.country().orElse("-")).containsExactly("Kestria/KES");
        assertThat(e.date()).isEqualTo(PUBLISHED);
        assertThat(e.dateFromArticle()).isTrue();
        assertThat(e.negated()).isFalse();
        assertThat(e.hypothetical()).isFalse();
        assertThat(f.text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.triggerText());
    }

    @Test
    void aPassiveTurnsRolesRoundAndNotNegates() {
        // Kestria was not condemned by Valdria .
        Fake f = new Fake("Kestria was not condemned by Valdria .", "NNP VBD RB VBN IN NNP .");
        f.dep(3, 0, "nsubj:pass").dep(3, 1, "aux:pass").dep(3, 2, "advmod").dep(-1, 3, "root").dep(5, 4, "case")
                .dep(3, 5, "obl:agent").dep(3, 6, "punct");
        List<EventMention> events = annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(PloverType.ACCUSE);
            assertThat(e.source()).extracting(a -> a.country().orElse("-")).containsExactly("VLD");
            assertThat(e.target()).extracting(a -> a.country().orElse("-")).containsExactly("KES");
            assertThat(e.negated()).isTrue();
        });
    }

    @Test
    void aThreatIsHypotheticalAndASentenceWithoutTriggerIsNeverParsed() {
        // Kestria threatened to expel the envoys . / The weather was calm .
        Fake f = new Fake("Kestria threatened to expel the envoys .", "NNP VBD TO VB DT NNS .");
        f.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(3, 2, "mark").dep(1, 3, "xcomp").dep(3, 0, "nsubj:xsubj")
                .dep(5, 4, "det").dep(3, 5, "obj").dep(1, 6, "punct");
        List<EventMention> events = annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED);
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.hypothetical()).isTrue());
        assertThat(events).extracting(e -> e.source().get(0).country().orElse("-")).containsOnly("KES");

        Fake calm = new Fake("The weather was calm .", "DT NN VBD JJ .");
        assertThat(annotator.annotate(calm.text, calm, Annotations.empty(), PUBLISHED)).isEmpty();
        assertThat(calm.parsed).isZero();
    }

    @Test
    void coordinatedActorsStayAListAndMeetingPartiesFaceEachOther() {
        // Valdria and Osterra accused Kestria . (enhanced graph: both conjuncts are subjects)
        Fake f = new Fake("Valdria and Osterra accused Kestria .", "NNP CC NNP VBD NNP .");
        f.dep(3, 0, "nsubj").dep(2, 1, "cc").dep(0, 2, "conj:and").dep(3, 2, "nsubj").dep(-1, 3, "root")
                .dep(3, 4, "obj").dep(3, 5, "punct");
        assertThat(annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED)).singleElement().satisfies(e ->
                assertThat(e.source()).extracting(a -> a.country().orElse("-")).containsExactly("VLD", "OST"));
        // Valdria and Kestria met . — with no object, the second party is the target
        Fake met = new Fake("Valdria and Kestria met .", "NNP CC NNP VBD .");
        met.dep(3, 0, "nsubj").dep(2, 1, "cc").dep(0, 2, "conj:and").dep(3, 2, "nsubj").dep(-1, 3, "root")
                .dep(3, 4, "punct");
        assertThat(annotator.annotate(met.text, met, Annotations.empty(), PUBLISHED)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(PloverType.CONSULT);
            assertThat(e.source()).extracting(a -> a.country().orElse("-")).containsExactly("VLD");
            assertThat(e.target()).extracting(a -> a.country().orElse("-")).containsExactly("KES");
        });
    }

    @Test
    void anActInARelativeClauseIsBackgroundNotTheNews() {
        // Valdria , which Kestria attacked , met Osterra .
        Fake f = new Fake("Valdria , which Kestria attacked , met Osterra .", "NNP , WDT NNP VBD , VBD NNP .");
        f.dep(6, 0, "nsubj").dep(0, 1, "punct").dep(4, 2, "obj").dep(4, 3, "nsubj").dep(0, 4, "acl:relcl")
                .dep(0, 5, "punct").dep(-1, 6, "root").dep(6, 7, "obj").dep(6, 8, "punct");
        assertThat(annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED)).extracting(EventMention::type)
                .containsExactly(PloverType.CONSULT);
    }

    @Test
    void aCyclicGraphEndsTheSearchForAnArgumentsCountry() {
        // The court of Brask jailed Okkel . — with a (malformed) cycle court -> Brask -> court
        Fake f = new Fake("The court of Brask jailed Okkel .", "DT NN IN NNP VBD NNP .");
        f.dep(1, 0, "det").dep(4, 1, "nsubj").dep(3, 2, "case").dep(1, 3, "nmod:of").dep(3, 1, "nmod:in")
                .dep(-1, 4, "root").dep(4, 5, "obj").dep(4, 6, "punct");
        List<EventMention> events = annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(PloverType.COERCE);
            assertThat(e.source()).extracting(a -> a.name()).containsExactly("court of Brask");
        });
    }

    private static List<String> coded(List<EventMention> events) {
        return events.stream().map(e -> e.type() + " " + e.cameo().orElse("-") + " "
                + e.source().stream().map(a -> a.country().orElse(a.name())).toList() + "->"
                + e.target().stream().map(a -> a.country().orElse(a.name())).toList()).toList();
    }

    @Test
    void anAttackToldByAPartyIsItsAccusationAndToldAfterwardsTheAttackItself() {
        // Valdria said Kestria attacked Halvik . — the report frames the attack: Valdria accuses Kestria
        Fake framed = new Fake("Valdria said Kestria attacked Halvik .", "NNP VBD NNP VBD NNP .", "- say - attack - -");
        framed.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(3, 2, "nsubj").dep(1, 3, "ccomp").dep(3, 4, "obj")
                .dep(1, 5, "punct");
        assertThat(coded(annotator.annotate(framed.text, framed, Annotations.empty(), PUBLISHED)))
                .containsExactly("ACCUSE 112 [VLD]->[KES]");
        // Kestria attacked Halvik , Valdria said . — attribution after the fact: the attack is the news
        Fake trailing = new Fake("Kestria attacked Halvik , Valdria said .", "NNP VBD NNP , NNP VBD .",
                "- attack - - - say -");
        trailing.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(1, 2, "obj").dep(1, 3, "punct").dep(5, 4, "nsubj")
                .dep(1, 5, "parataxis").dep(1, 6, "punct");
        assertThat(coded(annotator.annotate(trailing.text, trailing, Annotations.empty(), PUBLISHED)))
                .containsExactly("ASSAULT 180 [KES]->[Halvik]");
        // Kestria claimed Kestrian forces attacked Valdria . — an attack claimed by its own side: responsibility
        Fake claimed = new Fake("Kestria claimed Kestrian forces attacked Valdria .", "NNP VBD JJ NNS VBD NNP .",
                "- claim - force attack - -");
        claimed.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(3, 2, "amod").dep(4, 3, "nsubj").dep(1, 4, "ccomp")
                .dep(4, 5, "obj").dep(1, 6, "punct");
        assertThat(coded(annotator.annotate(claimed.text, claimed, Annotations.empty(), PUBLISHED)))
                .containsExactly("CONCEDE 015 [KES]->[VLD]");
    }

    @Test
    void whatTheSubjectReceivesComesFromTheFromPhrase() {
        // Valdria received weapons from Osterra .
        Fake f = new Fake("Valdria received weapons from Osterra .", "NNP VBD NNS IN NNP .",
                "- receive weapon - - -");
        f.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(1, 2, "obj").dep(4, 3, "case").dep(1, 4, "obl:from")
                .dep(1, 5, "punct");
        assertThat(coded(annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED)))
                .containsExactly("AID 072 [OST]->[VLD]");
    }

    @Test
    void anActThatIsOnlyWhatAnAccusationIsAboutIsNotCodedButALaterActIs() {
        // Valdria accused Kestria of attacking Halvik .
        Fake f = new Fake("Valdria accused Kestria of attacking Halvik .", "NNP VBD NNP IN VBG NNP .",
                "- accuse - - attack - -");
        f.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(1, 2, "obj").dep(4, 3, "mark").dep(1, 4, "advcl:of")
                .dep(4, 2, "nsubj").dep(4, 5, "obj").dep(1, 6, "punct");
        assertThat(coded(annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED)))
                .containsExactly("ACCUSE 1123 [VLD]->[KES]");   // accused of aggression
        // Kestria expelled envoys after Valdria attacked Halvik . — a clause of time tells an act of its own
        Fake after = new Fake("Kestria expelled envoys after Valdria attacked Halvik .", "NNP VBD NNS IN NNP VBD NNP .",
                "- expel envoy - - attack - -");
        after.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(1, 2, "obj").dep(5, 3, "mark").dep(5, 4, "nsubj")
                .dep(1, 5, "advcl:after").dep(5, 6, "obj").dep(1, 7, "punct");
        assertThat(annotator.annotate(after.text, after, Annotations.empty(), PUBLISHED)).extracting(EventMention::type)
                .containsExactly(PloverType.SANCTION, PloverType.ASSAULT);   // expelling envoys: 161
        // Kestria denied Kestrian forces attacked Valdria . — a denied act stays, flagged negated
        Fake denied = new Fake("Kestria denied Kestrian forces attacked Valdria .", "NNP VBD JJ NNS VBD NNP .",
                "- deny - force attack - -");
        denied.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(3, 2, "amod").dep(4, 3, "nsubj").dep(1, 4, "ccomp")
                .dep(4, 5, "obj").dep(1, 6, "punct");
        assertThat(annotator.annotate(denied.text, denied, Annotations.empty(), PUBLISHED))
                .filteredOn(e -> e.type() == PloverType.ASSAULT).singleElement()
                .satisfies(e -> assertThat(e.negated()).isTrue());
    }

    @Test
    void agreeingOrAnnouncingToDoACooperativeActIsOneExpressedIntent() {
        // Valdria agreed to hold talks with Kestria . — one event: the intent to meet (036), not "agreed" besides
        Fake agreed = new Fake("Valdria agreed to hold talks with Kestria .", "NNP VBD TO VB NNS IN NNP .",
                "- agree - hold talk - - -");
        agreed.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(3, 2, "mark").dep(1, 3, "xcomp").dep(3, 0, "nsubj:xsubj")
                .dep(3, 4, "obj").dep(6, 5, "case").dep(4, 6, "nmod:with").dep(1, 7, "punct");
        assertThat(coded(annotator.annotate(agreed.text, agreed, Annotations.empty(), PUBLISHED)))
                .containsExactly("AGREE 036 [VLD]->[KES]");
        // Kestria said it would release prisoners . — the speaker's own future act: an intent to yield (035)
        Fake said = new Fake("Kestria said it would release prisoners .", "NNP VBD PRP MD VB NNS .",
                "- say it would release prisoner -");
        said.dep(1, 0, "nsubj").dep(-1, 1, "root").dep(4, 2, "nsubj").dep(4, 3, "aux").dep(1, 4, "ccomp")
                .dep(4, 5, "obj").dep(1, 6, "punct");
        List<EventMention> events = annotator.annotate(said.text, said, Annotations.empty(), PUBLISHED);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(PloverType.AGREE);
            assertThat(e.cameo()).contains("035");
            assertThat(e.source()).extracting(a -> a.country().orElse("-")).containsExactly("KES");
        });
    }

    @Test
    void aNounTriggerInThePassiveTakesTheVerbsAgentAsSource() {
        // Evidence against Kestria was presented by Valdria .
        Fake f = new Fake("Evidence against Kestria was presented by Valdria .", "NN IN NNP VBD VBN IN NNP .",
                "evidence against - be present by - -");
        f.dep(4, 0, "nsubj:pass").dep(2, 1, "case").dep(0, 2, "nmod:against").dep(4, 3, "aux:pass")
                .dep(-1, 4, "root").dep(6, 5, "case").dep(4, 6, "obl:agent").dep(4, 7, "punct");
        assertThat(coded(annotator.annotate(f.text, f, Annotations.empty(), PUBLISHED)))
                .containsExactly("ACCUSE 112 [VLD]->[KES]");
    }

    /** A one-sentence analysis built by hand: words separated by single spaces, tags, and dependencies. */
    private static final class Fake implements TextAnalysis {
        final String text;
        final Sentence sentence;
        final List<Dependency> deps = new ArrayList<>();
        int parsed;

        Fake(String text, String tags) {
            this(text, tags, null);
        }

        /** With lemmas given word by word ("-" keeps the word), for words the crude suffix rule gets wrong. */
        Fake(String text, String tags, String lemmas) {
            this.text = text;
            String[] words = text.split(" ");
            String[] t = tags.split(" ");
            String[] l = lemmas == null ? null : lemmas.split(" ");
            List<Token> tokens = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < words.length; i++) {
                String lemma = l != null && !l[i].equals("-") ? l[i]
                        : words[i].toLowerCase().replaceAll("(?:ed|d)$", "");
                tokens.add(new Token(new TextSpan(at, at + words[i].length()), words[i], lemma, t[i]));
                at += words[i].length() + 1;
            }
            this.sentence = new Sentence(0, new TextSpan(0, text.length()), tokens);
        }

        Fake dep(int governor, int dependent, String relation) {
            deps.add(new Dependency(governor, dependent, relation));
            return this;
        }

        @Override
        public List<org.storyline.model.EntityMention> entities() {
            return List.of();
        }

        @Override
        public List<Sentence> sentences() {
            return List.of(sentence);
        }

        @Override
        public ParsedSentence parse(Sentence s) {
            parsed++;
            return new ParsedSentence(s, deps);
        }
    }
}
