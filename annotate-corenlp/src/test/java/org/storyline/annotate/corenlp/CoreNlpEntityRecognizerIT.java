package org.storyline.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
}
