package org.storyline.stories.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sparse (term to weight) and dense vector arithmetic for the story score. Deterministic order throughout. */
public final class Vectors {
    private Vectors() {}

    public static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Cosine of two sparse vectors; 0 when either is empty. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double y = large.get(e.getKey());
            if (y != null) {
                dot += e.getValue() * y;
            }
        }
        double n = norm(a) * norm(b);
        return n == 0 ? 0 : dot / n;
    }

    /** Cosine of two dense vectors; 0 when either is empty or of another length. */
    public static double cosine(float[] a, float[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** {@code a + b}, keeping the {@code limit} heaviest entries (ties in first-seen order). */
    public static Map<String, Double> addPruned(Map<String, Double> a, Map<String, Double> b, int limit) {
        Map<String, Double> sum = new LinkedHashMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Double::sum));
        return top(sum, limit);
    }

    /** The {@code limit} heaviest entries, heaviest first. */
    public static Map<String, Double> top(Map<String, Double> v, int limit) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(v.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(limit, entries.size()); i++) {
            out.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return out;
    }

    /** Scales to unit length (an empty or zero vector stays as it is). */
    public static Map<String, Double> unit(Map<String, Double> v) {
        double n = norm(v);
        if (n == 0) {
            return v;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        v.forEach((k, x) -> out.put(k, x / n));
        return out;
    }

    public static float[] add(float[] a, float[] b) {
        if (a.length == 0) {
            return b.clone();
        }
        if (b.length == 0) {
            return a;
        }
        float[] out = a.clone();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            out[i] += b[i];
        }
        return out;
    }
}
