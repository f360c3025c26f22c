package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.PloverType;

/** The built-in CAMEO table: PLOVER types by exact code, parent codes for missing ones, QuadClass by root. */
class CameoLookupTest {
    private final CameoLookup cameo = CameoLookup.builtIn();

    @Test
    void ploverTypesFollowTheExactCodeNotOnlyTheRoot() {
        assertThat(cameo.plover("042")).contains(PloverType.CONSULT);
        assertThat(cameo.plover("080")).contains(PloverType.CONCEDE);
        assertThat(cameo.plover("0841")).contains(PloverType.RETREAT);
        assertThat(cameo.plover("163")).contains(PloverType.COERCE); // root 16 is SANCTION
        assertThat(cameo.plover("1712")).contains(PloverType.ASSAULT); // root 17 is COERCE
        assertThat(cameo.plover("015")).isEmpty(); // PLOVER has no public statements
        assertThat(cameo.plover("08")).isEmpty(); // CONCEDE or RETREAT
        assertThat(cameo.plover("abc")).isEmpty();
        assertThat(cameo.plover(null)).isEmpty();
    }

    @Test
    void goldsteinFallsBackToTheParentCode() {
        assertThat(cameo.goldstein("112").getAsDouble()).isEqualTo(-2.0);
        assertThat(cameo.goldstein("0874").getAsDouble()).isEqualTo(10.0);
        assertThat(cameo.goldstein("204").getAsDouble()).isEqualTo(-10.0);
        assertThat(cameo.goldstein("1213").getAsDouble()).isEqualTo(-4.0); // not in the table: 121's
        assertThat(cameo.goldstein("")).isEmpty();
    }

    @Test
    void quadClassByRoot() {
        assertThat(cameo.quadClass("010").getAsInt()).isEqualTo(1);
        assertThat(cameo.quadClass("057").getAsInt()).isEqualTo(1);
        assertThat(cameo.quadClass("06").getAsInt()).isEqualTo(2);
        assertThat(cameo.quadClass("0874").getAsInt()).isEqualTo(2);
        assertThat(cameo.quadClass("090").getAsInt()).isEqualTo(3);
        assertThat(cameo.quadClass("145").getAsInt()).isEqualTo(3);
        assertThat(cameo.quadClass("150").getAsInt()).isEqualTo(4);
        assertThat(cameo.quadClass("2042").getAsInt()).isEqualTo(4);
        assertThat(cameo.quadClass("210")).isEmpty();
        assertThat(cameo.quadClass("000")).isEmpty();
    }
}
