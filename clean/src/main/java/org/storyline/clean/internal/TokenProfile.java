package org.storyline.clean.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * A bag of word trigrams (hashed) of a text, for cheap agreement scores between candidate extractions. Only the
 * relative order of scores matters, so hash collisions are harmless.
 */
final class TokenProfile {
    private final Map<Long, Integer> counts;
    private final int total;

    private TokenProfile(Map<Long, Integer> counts, int total) {
        this.counts = counts;
        this.total = total;
    }

    static TokenProfile of(String text) {
        Map<Long, Integer> counts = new HashMap<>();
        long h1 = 0;
        long h2 = 0;
        int words = 0;
        int total = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            long h = 1125899906842597L;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                h = 31 * h + text.charAt(i);
                i++;
            }
            words++;
            if (words >= 3) {
                counts.merge(h2 * 961 + h1 * 31 + h, 1, Integer::sum);
                total++;
            }
            h2 = h1;
            h1 = h;
        }
        return new TokenProfile(counts, total);
    }

    /** F1 of the multiset overlap between this (the reference) and {@code other}. */
    double f1(TokenProfile other) {
        if (total == 0 || other.total == 0) {
            return 0;
        }
        long common = 0;
        for (var e : other.counts.entrySet()) {
            common += Math.min(e.getValue(), counts.getOrDefault(e.getKey(), 0));
        }
        double p = (double) common / other.total;
        double r = (double) common / total;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
