package org.storyline.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.nlp.ParsedSentence;
import org.storyline.annotate.nlp.Sentence;
import org.storyline.annotate.nlp.TextAnalysis;
import org.storyline.annotate.nlp.Token;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;

/** CoreNLP's NER behind Storyline's records, on a hand-written paragraph (one pipeline for the JVM). */
class CoreNlpEntityRecognizerIT {
    private static final String TEXT = "Foreign Minister Greta Ansel met the envoy of the United Nations, Nadia Ferrant,"
            + " in Geneva on Tuesday. “We will not close the strait,” Ansel told the Norvik Wire news agency.";

    @Test
    void personsOrganisationsAndPlacesComeOutAsSpansIntoTheText() {
        List<EntityMention> entities = CoreNlpEntityRecognizer.shared().recognize(TEXT);
        for (EntityMention e : entities) {
            assertThat(TEXT.substring(e.span().start(), e.span().end())).isEqualTo(e.text());
        }
        assertThat(entities).extracting(e -> e.type() + " " + e.text())
                .contains("PERSON Greta Ansel", "PERSON Nadia Ferrant", "ORGANIZATION United Nations",
                        "LOCATION Geneva", "PERSON Ansel");
        assertThat(entities).noneMatch(e -> e.text().equals("Tuesday"));
    }

    @Test
    void theSharedPipelineIsOneInstanceAndEmptyTextHasNoEntities() {
        assertThat(CoreNlpEntityRecognizer.shared()).isSameAs(CoreNlpEntityRecognizer.shared());
        assertThat(CoreNlpEntityRecognizer.shared().recognize("")).isEmpty();
        assertThat(CoreNlpEntityRecognizer.type("DATE")).isEmpty();
        assertThat(CoreNlpEntityRecognizer.type("PERSON")).contains(EntityType.PERSON);
    }

    @Test
    void sentencesCarryTokensAndAreParsedOnRequestWithCaseMarkedRelations() {
        String text = "Valdria accused Kestria of attacking the convoy. The council imposed sanctions against Tarnov.";
        TextAnalysis analysis = CoreNlpEntityRecognizer.shared().analyze(text);
        assertThat(analysis.sentences()).hasSize(2);
        Sentence second = analysis.sentences().get(1);
        for (Token t : second.tokens()) {
            assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.word());
        }
        assertThat(second.tokens()).extracting(Token::lemma).contains("impose", "sanction");
        ParsedSentence parsed = analysis.parse(second);
        int imposed = indexOf(second, "imposed");
        assertThat(parsed.dependents(imposed, "nsubj")).extracting(i -> second.tokens().get(i).word())
                .containsExactly("council");
        assertThat(parsed.dependents(imposed, "obj")).extracting(i -> second.tokens().get(i).word())
                .containsExactly("sanctions");
        assertThat(parsed.dependencies()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("obl:against"));
        assertThat(parsed.head(imposed)).hasValueSatisfying(d -> assertThat(d.relation()).isEqualTo("root"));
    }

    private static int indexOf(Sentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s);
    }
}
