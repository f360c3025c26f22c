package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
