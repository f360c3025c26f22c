package org.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Date accuracy of CONTRACT.md section 7: a gold date is right when an extracted date with the same text
 * (case-insensitive) lies inside the gold context as found in the article's text, and its value equals the gold
 * value. Not thread-safe.
 */
public final class DateEvaluation {

    /** A gold relative date: the text as written, a unique context around it, and the resolved value. */
    public record Gold(String text, String context, String value) {}

    /** An extracted date: its span in the article text, its text and its value (null when unresolved). */
    public record Extracted(int start, int end, String text, String value) {}

    /** A gold date that was not matched, with why. */
    public record Miss(String article, Gold gold, String reason) {}

    private int total;
    private int right;
    private final List<Miss> misses = new ArrayList<>();

    /** Scores the gold dates of one article against what was extracted from its {@code text}. */
    public void add(String article, String text, List<Gold> gold, List<Extracted> extracted) {
        String folded = TextFolding.foldWhitespace(text);
        for (Gold g : gold) {
            total++;
            String context = TextFolding.foldWhitespace(g.context());
            int at = folded.indexOf(context);
            if (at < 0) {
                misses.add(new Miss(article, g, "context not found in the article text"));
                continue;
            }
            Extracted found = null;
            for (Extracted e : extracted) {
                int foldedStart = TextFolding.foldWhitespace(text.substring(0, e.start())).length();
                // foldWhitespace trims, so a leading space before the span may have been dropped
                if (e.text().equalsIgnoreCase(g.text()) && withinContext(folded, at, context.length(), foldedStart,
                        TextFolding.foldWhitespace(e.text()))) {
                    found = e;
                    break;
                }
            }
            if (found == null) {
                misses.add(new Miss(article, g, "no extracted date with this text in the context"));
            } else if (Objects.equals(found.value(), g.value())) {
                right++;
            } else {
                misses.add(new Miss(article, g, "value " + found.value()));
            }
        }
    }

    private static boolean withinContext(String folded, int contextStart, int contextLength, int approxStart,
            String spanText) {
        for (int s = Math.max(0, approxStart - 1); s <= approxStart + 1 && s + spanText.length() <= folded.length(); s++) {
            if (folded.regionMatches(true, s, spanText, 0, spanText.length())
                    && s >= contextStart && s + spanText.length() <= contextStart + contextLength) {
                return true;
            }
        }
        return false;
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) right / total;
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }
}
