package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = LanguageIdentifier.shared();

    @Test
    void identifiesCommonLanguages() {
        assertThat(identifier.identify("The council voted on Tuesday to extend the opening hours of the town library "
                + "after residents asked for evening access.")).contains("en");
        assertThat(identifier.identify("El ayuntamiento aprobó el martes ampliar el horario de la biblioteca municipal"
                + " después de que los vecinos pidieran acceso por la tarde.")).contains("es");
        assertThat(identifier.identify("Le conseil municipal a voté mardi la prolongation des horaires de la "
                + "bibliothèque après la demande des habitants.")).contains("fr");
    }

    @Test
    void shortOrEmptyTextHasNoLanguage() {
        assertThat(identifier.identify("Hello there")).isEmpty();
        assertThat(identifier.identify("")).isEmpty();
        assertThat(identifier.identify(null)).isEmpty();
    }

    @Test
    void ownFeaturesGiveOpenNlpsAnswer() throws Exception {
        LanguageDetectorME reference;
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(LanguageIdentifier.MODEL_RESOURCE)) {
            reference = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        String[] texts = {
            "The council voted on Tuesday to extend the opening hours of the town library. Visit https://x.example!",
            "Der Gemeinderat hat am Dienstag beschlossen, die Öffnungszeiten der Bibliothek zu verlängern: 20 Uhr.",
            "O conselho municipal aprovou na terça-feira o novo horário da biblioteca, que abre até às 22 horas.",
            "Rada miasta przegłosowała we wtorek wydłużenie godzin otwarcia biblioteki miejskiej #biblioteka @rada"
        };
        for (String text : texts) {
            Language expected = reference.predictLanguages(text)[0];
            LanguageIdentifier.Guess guess = LanguageIdentifier.guess(text).orElseThrow();
            assertThat(guess.language()).as(text).isEqualTo(expected.getLang());
            assertThat(guess.probability()).as(text).isCloseTo(expected.getConfidence(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
