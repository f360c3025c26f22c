package org.storyline.stories.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.model.TextSpan;

/**
 * A light sentence splitter for cleaned article text (no NLP model): paragraphs first, then a full stop, question
 * or exclamation mark (with closing quotes or brackets) followed by white space and an upper-case letter, a digit or
 * an opening quote, except after common abbreviations and initials. Good enough to pick summary and dispute
 * sentences; events carry the annotator's own sentence spans.
 */
public final class Sentences {
    private Sentences() {}

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "cpt", "maj", "adm", "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "inc", "ltd", "co",
            "corp", "u.s", "u.n", "u.k", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "fig", "approx", "est", "rev", "hon", "pres");

    /** The sentences of {@code text} as trimmed, non-empty spans, in order. */
    public static List<TextSpan> split(String text) {
        List<TextSpan> out = new ArrayList<>();
        int n = text.length();
        int paragraphStart = 0;
        while (paragraphStart < n) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = n;
            }
            splitParagraph(text, paragraphStart, paragraphEnd, out);
            paragraphStart = paragraphEnd + 2;
        }
        return List.copyOf(out);
    }

    private static void splitParagraph(String text, int from, int to, List<TextSpan> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!' && c != '\n') {
                continue;
            }
            int end = i + 1;
            if (c != '\n') {
                while (end < to && "\"'”’)]»".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end >= to || !Character.isWhitespace(text.charAt(end))) {
                    continue;
                }
                int next = end;
                while (next < to && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < to) {
                    char d = text.charAt(next);
                    if (!(Character.isUpperCase(d) || Character.isDigit(d) || "\"'“‘«(".indexOf(d) >= 0)) {
                        continue;
                    }
                }
                if (c == '.' && isAbbreviation(text, from, i)) {
                    continue;
                }
            }
            add(text, start, end, out);
            start = end;
        }
        add(text, start, to, out);
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int s = dot;
        while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(text.charAt(s)) || ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }
}
