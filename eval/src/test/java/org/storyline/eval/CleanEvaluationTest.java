package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pins the section 7 cleaning metrics on a fixture whose expected numbers were computed by hand. */
class CleanEvaluationTest {

    @Test
    void shinglesOfShortAndEmptyTexts() {
        assertThat(ShingleScore.shingles("")).isEmpty();
        assertThat(ShingleScore.shingles("two words")).containsOnlyKeys("two words");
        assertThat(ShingleScore.shingles("a b c d e")).containsOnlyKeys("a b c d", "b c d e");
        // punctuation and non-breaking spaces are not tokens; Unicode letters are
        assertThat(ShingleScore.shingles("Zürich,\u00A0said — the «minister»")).containsOnlyKeys("Zürich said the minister");
    }

    @Test
    void shingleCountsAreMultisets() {
        // gold: "x y z w x y z w" -> shingles xyzw, yzwx, zwxy, wxyz, xyzw => {xyzw:2, yzwx:1, zwxy:1, wxyz:1}
        // output: "x y z w" -> {xyzw:1}: tp 1, fp 0, fn 4
        ShingleScore s = ShingleScore.of("x y z w x y z w", "x y z w");
        assertThat(s).isEqualTo(new ShingleScore(1, 0, 4));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.2);
    }

    @Test
    void macroAveragesOverPagesByHand() {
        var eval = new CleanEvaluation();
        // page A: gold 6 tokens -> 3 shingles (a b c d, b c d e, c d e f); output "a b c d e g" -> (a b c d, b c d e, c d e g)
        // tp 2, fp 1, fn 1 -> P 2/3, R 2/3. Title right after quote mapping; date right.
        eval.add("A", new CleanEvaluation.Gold("a b c d e f", "Kerry’s “plan”", "2016-09-28"),
                Optional.of(new CleanEvaluation.Output("a b c d e g", Optional.of("Kerry's  \"plan\""),
                        Optional.of(LocalDate.of(2016, 9, 28)))));
        // page B: output empty -> left out of precision; recall 0. Title wrong (missing); date wrong (null).
        eval.add("B", new CleanEvaluation.Gold("p q r s", "Title", "2016-01-01"), Optional.empty());
        // page C: gold and output both empty -> 1 and 1. Title case differs -> wrong. Date NaT -> skipped.
        eval.add("C", new CleanEvaluation.Gold("", "Case", "NaT"),
                Optional.of(new CleanEvaluation.Output("", Optional.of("case"), Optional.empty())));
        // page D: gold empty, output has text -> precision 0, left out of recall. No title in gold -> skipped.
        eval.add("D", new CleanEvaluation.Gold("", null, null),
                Optional.of(new CleanEvaluation.Output("menu home login", Optional.of("x"), Optional.empty())));

        CleanEvaluation.Report r = eval.report();
        // P = mean(2/3 [A], 1 [C], 0 [D]) = (5/3)/3 = 5/9; R = mean(2/3 [A], 0 [B], 1 [C]) = 5/9; F1 = 5/9
        assertThat(r.pages()).isEqualTo(4);
        assertThat(r.bodyPrecision()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(r.bodyRecall()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(r.bodyF1()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(r.titlePages()).isEqualTo(3);
        assertThat(r.titleMatch()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.datePages()).isEqualTo(2);
        assertThat(r.dateAccuracy()).isEqualTo(0.5);
        assertThat(r.misses()).extracting(CleanEvaluation.Miss::key).containsExactly("B", "B", "C");
    }

    @Test
    void f1IsHarmonicMeanOfMacroMeans() {
        var eval = new CleanEvaluation();
        // page 1: gold "a b c d" (1 shingle), output "a b c d x y z" (4 shingles) -> tp 1 fp 3 fn 0: P .25 R 1
        eval.add("1", new CleanEvaluation.Gold("a b c d", null, null),
                Optional.of(new CleanEvaluation.Output("a b c d x y z", Optional.empty(), Optional.empty())));
        // page 2: identical -> P 1 R 1
        eval.add("2", new CleanEvaluation.Gold("k l m n o", null, null),
                Optional.of(new CleanEvaluation.Output("k l m n o", Optional.empty(), Optional.empty())));
        CleanEvaluation.Report r = eval.report();
        // P = 0.625, R = 1, F1 = 2*0.625/1.625 = 0.769230...
        assertThat(r.bodyPrecision()).isEqualTo(0.625);
        assertThat(r.bodyRecall()).isEqualTo(1.0);
        assertThat(r.bodyF1()).isCloseTo(1.25 / 1.625, within(1e-12));
    }
}
