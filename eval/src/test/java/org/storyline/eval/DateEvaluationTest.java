package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins section 7's date accuracy on a hand-made article. */
class DateEvaluationTest {
    @Test
    void aGoldDateNeedsTheSameTextInsideItsContextAndTheSameValue() {
        String text = "The envoy arrived on Monday.  On Monday  the talks began, and in May they ended.";
        var gold = List.of(
                new DateEvaluation.Gold("on Monday", "The envoy arrived on Monday", "2025-03-17"),   // right
                new DateEvaluation.Gold("On Monday", "On Monday the talks began", "2025-03-17"),     // wrong value
                new DateEvaluation.Gold("in May", "and in May they ended", "2024-05"),               // not extracted
                new DateEvaluation.Gold("Tuesday", "no such context", "2025-03-18"));                // context absent
        int second = text.indexOf("On Monday");
        var extracted = List.of(
                new DateEvaluation.Extracted(18, 27, "on Monday", "2025-03-17"),
                new DateEvaluation.Extracted(second, second + 9, "On Monday", "2025-03-10"),
                new DateEvaluation.Extracted(text.indexOf("May"), text.indexOf("May") + 3, "May", "2024-05"));

        var evaluation = new DateEvaluation();
        evaluation.add("a", text, gold, extracted);

        assertThat(evaluation.total()).isEqualTo(4);
        assertThat(evaluation.accuracy()).isEqualTo(0.25);
        assertThat(evaluation.misses()).extracting(DateEvaluation.Miss::reason).containsExactly(
                "value 2025-03-10", "no extracted date with this text in the context",
                "context not found in the article text");
    }
}
