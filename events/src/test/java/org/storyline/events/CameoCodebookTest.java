package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.PloverType;

/** The built-in CAMEO codebook: its codes, Goldstein values, quad classes and PLOVER types. */
class CameoCodebookTest {
    private final CameoCodebook codebook = CameoCodebook.builtIn();

    @Test
    void holdsEveryCodeOfTheReferenceTable() {
        assertThat(codebook.size()).isEqualTo(311);
        assertThat(codebook.codes()).filteredOn(c -> c.code().length() == 2).hasSize(20);
        assertThat(codebook.codes().get(0).code()).isEqualTo("01");
        assertThat(codebook.lookup("2042")).map(CameoCode::name).contains("Detonate nuclear weapons");
    }

    @Test
    void accuseIsVerbalConflictWorthMinusTwo() {
        CameoCode accuse = codebook.lookup("112").orElseThrow();
        assertThat(accuse.name()).isEqualTo("Accuse, not specified below");
        assertThat(accuse.goldstein()).isEqualTo(-2.0);
        assertThat(accuse.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(accuse.quadClass().number()).isEqualTo(3);
        assertThat(accuse.plover()).isEqualTo(PloverType.ACCUSE);
    }

    @Test
    void conventionalForceIsMaterialConflict() {
        CameoCode force = codebook.lookup("190").orElseThrow();
        assertThat(force.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(force.quadClass().number()).isEqualTo(4);
        assertThat(force.goldstein()).isEqualTo(-10.0);
        assertThat(force.plover()).isEqualTo(PloverType.ASSAULT);
    }

    @Test
    void goldsteinValuesAcrossTheScale() {
        assertThat(codebook.lookup("0211").orElseThrow().goldstein()).isEqualTo(3.4);
        assertThat(codebook.lookup("057").orElseThrow().goldstein()).isEqualTo(8.0);
        assertThat(codebook.lookup("0871").orElseThrow().goldstein()).isEqualTo(9.0);
        assertThat(codebook.lookup("173").orElseThrow().goldstein()).isEqualTo(-5.0);
        assertThat(codebook.lookup("013").orElseThrow().goldstein()).isEqualTo(0.4);
    }

    @Test
    void quadClassFollowsTheRootAndAidIsMaterialCooperation() {
        assertThat(codebook.lookup("073").orElseThrow().quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(codebook.lookup("046").orElseThrow().quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        for (CameoCode c : codebook.codes()) {
            assertThat(c.quadClass()).as(c.code()).isEqualTo(QuadClass.ofRoot(Integer.parseInt(c.root())));
        }
    }

    @Test
    void ploverTypesFollowTheMappingWithItsExceptions() {
        assertThat(codebook.lookup("0813").orElseThrow().plover()).isEqualTo(PloverType.RETREAT);
        assertThat(codebook.lookup("081").orElseThrow().plover()).isEqualTo(PloverType.CONCEDE);
        assertThat(codebook.lookup("163").orElseThrow().plover()).isEqualTo(PloverType.COERCE);
        assertThat(codebook.lookup("1712").orElseThrow().plover()).isEqualTo(PloverType.ASSAULT);
        assertThat(codebook.lookup("192").orElseThrow().plover()).isEqualTo(PloverType.COERCE);
        assertThat(codebook.lookup("0253").orElseThrow().plover()).isEqualTo(PloverType.REQUEST);
        assertThat(codebook.lookup("016").orElseThrow().plover()).isEqualTo(PloverType.REJECT);
    }

    @Test
    void everyPloverTypeHasCodes() {
        for (PloverType t : PloverType.values()) {
            assertThat(codebook.codesOf(t)).as(t.name()).isNotEmpty();
        }
    }

    @Test
    void rootsAndParents() {
        assertThat(codebook.root("1121")).map(CameoCode::code).contains("11");
        assertThat(codebook.root("1121")).map(CameoCode::name).contains("DISAPPROVE");
        assertThat(codebook.root("11")).map(CameoCode::code).contains("11");
        assertThat(codebook.root("999")).isEmpty();
        assertThat(codebook.lookup("0211").orElseThrow().parent()).isEqualTo("021");
        for (CameoCode c : codebook.codes()) {
            assertThat(codebook.lookup(c.parent())).as(c.code()).isPresent();
        }
    }

    @Test
    void unknownCodesAreEmpty() {
        assertThat(codebook.lookup("1213")).isEmpty();
        assertThat(codebook.lookup("21")).isEmpty();
        assertThat(codebook.lookup("")).isEmpty();
    }

    @Test
    void aCodeWithoutItsOwnValueInheritsItsParents() {
        CameoCodebook small = CameoCodebook.parse(List.of(
                "# comment", "code\tname\tgoldstein\tquad_class\tplover\tcomment",
                "11\tDISAPPROVE\t-2.0\t3\tACCUSE\t", "112\tAccuse\t-2.5\t3\tACCUSE\t", "1121\tAccuse of crime\t\t3\tACCUSE"));
        assertThat(small.lookup("1121").orElseThrow().goldstein()).isEqualTo(-2.5);
    }

    @Test
    void aTableWithAWrongQuadClassIsRefused() {
        assertThatThrownBy(() -> CameoCodebook.parse(List.of("19\tFIGHT\t-10.0\t3\tASSAULT")))
                .hasMessageContaining("19").hasMessageContaining("quad class 3");
    }
}
