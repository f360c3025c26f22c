package org.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body overlap of one page (the article-extraction-benchmark metric): multisets of 4-token shingles of {@code \w+}
 * tokens (Unicode, case-sensitive); true positives are the multiset intersection of gold and output shingles.
 *
 * <p>A text of one to three tokens yields one shingle of all its tokens; an empty text yields none.
 */
public record ShingleScore(long truePositives, long falsePositives, long falseNegatives) {
    public static final int SHINGLE_SIZE = 4;
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static ShingleScore of(String gold, String output) {
        Map<String, Integer> goldShingles = shingles(gold);
        Map<String, Integer> outShingles = shingles(output);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var e : outShingles.entrySet()) {
            int inGold = goldShingles.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        for (var e : goldShingles.entrySet()) {
            fn += Math.max(0, e.getValue() - outShingles.getOrDefault(e.getKey(), 0));
        }
        return new ShingleScore(tp, fp, fn);
    }

    /** Whether the output had any shingle (pages with empty output are left out of precision). */
    public boolean outputHasShingles() {
        return truePositives + falsePositives > 0;
    }

    /** Whether the gold had any shingle (pages with empty gold are left out of recall). */
    public boolean goldHasShingles() {
        return truePositives + falseNegatives > 0;
    }

    public double precision() {
        return outputHasShingles() ? (double) truePositives / (truePositives + falsePositives) : 1.0;
    }

    public double recall() {
        return goldHasShingles() ? (double) truePositives / (truePositives + falseNegatives) : 1.0;
    }

    static List<String> tokens(String text) {
        var out = new ArrayList<String>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        var counts = new HashMap<String, Integer>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int last = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
        for (int i = 0; i < last; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }
}
