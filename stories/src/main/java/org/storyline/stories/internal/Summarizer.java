package org.storyline.stories.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An extractive summary of a story: sentences of its original articles scored by how well they cover the terms the
 * story's articles share (a centroid score, with a bonus for lead sentences, which news writes as summaries), then
 * picked greedily with maximal marginal relevance so that no chosen sentence repeats another (content-term Jaccard
 * above {@link #MAX_OVERLAP} is refused), and put in story order (article date, then position).
 */
public final class Summarizer {
    static final double MAX_OVERLAP = 0.35;

    private Summarizer() {}

    /** Between 3 and 5 sentences (fewer only when the story has fewer usable ones). */
    public static List<StorySentence> summarize(List<StorySentence> sentences, int articles) {
        Map<String, Double> centroid = new LinkedHashMap<>();
        Map<String, java.util.Set<Integer>> articlesWith = new LinkedHashMap<>();
        for (StorySentence s : sentences) {
            for (String t : s.terms()) {
                articlesWith.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(s.articleIndex());
                centroid.merge(t, 1.0, Double::sum);
            }
        }
        // a term counts by how many articles use it (story-wide importance), damped by how often it occurs at all
        articlesWith.forEach((t, set) -> centroid.put(t, set.size() * (1 + Math.log(centroid.get(t))) / (1.0 + articles)));
        List<StorySentence> usable = new ArrayList<>();
        for (StorySentence s : sentences) {
            int words = s.wordCount();
            char c = s.text().charAt(s.text().length() - 1);
            if (words >= 8 && words <= 50 && (c == '.' || c == '"' || c == '”') && !s.text().startsWith("(")) {
                usable.add(s);
            }
        }
        Map<StorySentence, Double> score = new LinkedHashMap<>();
        for (StorySentence s : usable) {
            double sum = 0;
            for (String t : s.terms()) {
                sum += centroid.getOrDefault(t, 0.0);
            }
            double value = sum / Math.sqrt(Math.max(1, s.terms().size()));
            value *= s.position() == 0 ? 1.5 : s.position() == 1 ? 1.15 : 1.0;
            score.put(s, value);
        }
        int target = Math.min(5, Math.max(3, 2 + articles / 3));
        List<StorySentence> chosen = new ArrayList<>();
        while (chosen.size() < target) {
            StorySentence best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (StorySentence s : usable) {
                if (chosen.contains(s)) {
                    continue;
                }
                double redundancy = 0;
                for (StorySentence c : chosen) {
                    redundancy = Math.max(redundancy, s.overlap(c));
                }
                if (redundancy > MAX_OVERLAP) {
                    continue;
                }
                double value = score.get(s) * (1 - redundancy);
                if (value > bestValue) {
                    bestValue = value;
                    best = s;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
        }
        chosen.sort(Comparator.comparing((StorySentence s) -> s.date().orElse(java.time.LocalDate.MAX))
                .thenComparingInt(StorySentence::articleIndex).thenComparingInt(StorySentence::position));
        return List.copyOf(chosen);
    }
}
