package org.storyline.eval;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores an assignment of items (articles) to clusters (stories) against gold clusters, over the items both know:
 * <ul>
 * <li><b>pairwise</b>: precision = share of item pairs put together that the gold puts together, recall = share of
 * gold pairs put together, F1 their harmonic mean (counted from the contingency table, not pair by pair);</li>
 * <li><b>B-cubed</b> (Bagga and Baldwin 1998): per item, precision = share of its predicted cluster that shares its
 * gold cluster, recall = share of its gold cluster that shares its predicted cluster; averaged over items.</li>
 * </ul>
 * A score with nothing to count (no predicted or no gold pairs) is 1.
 */
public final class ClusteringEvaluation {

    /** The figures. */
    public record Report(int items, int goldClusters, int predictedClusters, double pairwisePrecision,
            double pairwiseRecall, double pairwiseF1, double bcubedPrecision, double bcubedRecall, double bcubedF1) {}

    /** Scores {@code predicted} (item to cluster) against {@code gold} (item to cluster) over the items in both. */
    public static Report score(Map<String, String> predicted, Map<String, String> gold) {
        requireNonNull(predicted, "predicted is null");
        requireNonNull(gold, "gold is null");
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> goldSizes = new HashMap<>();
        int items = 0;
        for (var e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                continue;
            }
            items++;
            table.computeIfAbsent(p, k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
            predictedSizes.merge(p, 1, Integer::sum);
            goldSizes.merge(e.getValue(), 1, Integer::sum);
        }
        long together = 0;
        double bcubedP = 0;
        double bcubedR = 0;
        for (var row : table.entrySet()) {
            int size = predictedSizes.get(row.getKey());
            for (var cell : row.getValue().entrySet()) {
                int n = cell.getValue();
                together += pairs(n);
                bcubedP += n * (n / (double) size);
                bcubedR += n * (n / (double) goldSizes.get(cell.getKey()));
            }
        }
        long predictedPairs = predictedSizes.values().stream().mapToLong(ClusteringEvaluation::pairs).sum();
        long goldPairs = goldSizes.values().stream().mapToLong(ClusteringEvaluation::pairs).sum();
        double p = predictedPairs == 0 ? 1 : together / (double) predictedPairs;
        double r = goldPairs == 0 ? 1 : together / (double) goldPairs;
        double bp = items == 0 ? 1 : bcubedP / items;
        double br = items == 0 ? 1 : bcubedR / items;
        return new Report(items, goldSizes.size(), predictedSizes.size(), p, r, f1(p, r), bp, br, f1(bp, br));
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
