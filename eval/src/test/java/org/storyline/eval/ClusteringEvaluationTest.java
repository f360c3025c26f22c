package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringEvaluationTest {

    @Test
    void perfectClusteringScoresOne() {
        var gold = Map.of("a", "x", "b", "x", "c", "y");
        var r = ClusteringEvaluation.score(Map.of("a", "1", "b", "1", "c", "2"), gold);
        assertThat(r.pairwiseF1()).isEqualTo(1.0);
        assertThat(r.bcubedF1()).isEqualTo(1.0);
        assertThat(r.predictedClusters()).isEqualTo(2);
    }

    @Test
    void handComputedFigures() {
        // gold {a,b,c} {d}; predicted {a,b} {c,d}: together pairs 1 of predicted 2 and gold 3
        var gold = Map.of("a", "x", "b", "x", "c", "x", "d", "y");
        var r = ClusteringEvaluation.score(Map.of("a", "1", "b", "1", "c", "2", "d", "2"), gold);
        assertThat(r.pairwisePrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.pairwiseRecall()).isCloseTo(1 / 3.0, within(1e-9));
        // B-cubed precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
        assertThat(r.bcubedPrecision()).isCloseTo(0.75, within(1e-9));
        assertThat(r.bcubedRecall()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void itemsMissingFromThePredictionAreLeftOut() {
        var r = ClusteringEvaluation.score(Map.of("a", "1"), Map.of("a", "x", "b", "x"));
        assertThat(r.items()).isEqualTo(1);
    }
}
