package org.storyline.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.model.TextSpan;

/**
 * Splits a stretch of text into words with their offsets: runs of letters and digits, joined by a hyphen or apostrophe
 * between two of them ("cease-fire", "council's"), and by a comma or point between digits ("3,000", "1.5").
 *
 * <p>Design decision: a hand-written scanner rather than a regular expression or CoreNLP's tokenizer, so that the
 * events module stays free of CoreNLP and every offset is a plain {@code String} index into the one text.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /** The words of {@code text} inside {@code region}, in order. */
    public static List<Token> tokenize(String text, TextSpan region) {
        if (region.end() > text.length()) {
            throw new IllegalArgumentException("region " + region + " outside text of length " + text.length());
        }
        List<int[]> spans = new ArrayList<>();
        int i = region.start();
        int end = region.end();
        while (i < end) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < end) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                } else if (joins(text, i, end, c)) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            spans.add(new int[] {start, i});
        }
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            int gapEnd = k + 1 < spans.size() ? spans.get(k + 1)[0] : s[1];
            tokens.add(new Token(new TextSpan(s[0], s[1]), normalize(text.substring(s[0], s[1])),
                    breaks(text, s[1], gapEnd)));
        }
        return List.copyOf(tokens);
    }

    /** Lower case, typographic apostrophes and hyphens folded to ASCII: the form patterns are written in. */
    public static String normalize(String word) {
        StringBuilder b = new StringBuilder(word.length());
        word.codePoints().forEach(c -> {
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                b.append('\'');
            } else if (c == '\u2010' || c == '\u2011') {
                b.append('-');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the character at {@code i} joins the letters or digits on both its sides into one word. */
    private static boolean joins(String text, int i, int end, int c) {
        boolean hyphenOrApostrophe = c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019';
        boolean numberSeparator = c == ',' || c == '.';
        if (!hyphenOrApostrophe && !numberSeparator) {
            return false;
        }
        int next = i + Character.charCount(c);
        if (next >= end || i == 0) {
            return false;
        }
        int before = text.codePointBefore(i);
        int after = text.codePointAt(next);
        if (numberSeparator) {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }

    /**
     * Whether clause punctuation lies between two words: a comma, semicolon, colon, bracket, double quotation mark,
     * slash or dash (a hyphen between words is a dash, since hyphens inside words belong to them). A full stop does
     * not count: inside a sentence it ends an abbreviation ("U.S.").
     */
    private static boolean breaks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",;:!?()[]{}\"\u201C\u201D\u201E\u00AB\u00BB\u2013\u2014\u2026/|-".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
