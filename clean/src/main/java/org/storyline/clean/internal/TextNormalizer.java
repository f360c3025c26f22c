package org.storyline.clean.internal;

/**
 * Whitespace folding used for every cleaned text: non-breaking and other Unicode spaces become plain spaces, runs of
 * spaces inside a line collapse to one, paragraphs are separated by exactly one blank line. Quotation marks and all
 * other characters are kept exactly as written.
 *
 * <p>Hand-written loops rather than regular expressions: this runs on every segment of every page.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** One line: Unicode spaces folded and collapsed, line breaks become spaces, trimmed. */
    public static String normalizeLine(String s) {
        var b = new StringBuilder(s.length());
        appendFolded(b, s, 0, s.length());
        return b.toString();
    }

    /**
     * A body: paragraphs split on blank lines (a line break, optional spaces, another line break), each paragraph's
     * lines joined by a space and folded; empty paragraphs dropped; joined with {@code "\n\n"}.
     */
    public static String normalizeBody(String body) {
        var out = new StringBuilder(body.length());
        int n = body.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                int j = i + 1;
                int breaks = 1;
                while (j < n && isSpace(body.charAt(j))) {
                    char d = body.charAt(j);
                    if (d == '\n' || (d == '\r' && (j + 1 >= n || body.charAt(j + 1) != '\n'))) {
                        breaks++;
                    }
                    j++;
                }
                if (c == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
                    breaks--;
                }
                if (breaks >= 2) {
                    appendParagraph(out, body, start, i);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        appendParagraph(out, body, start, n);
        return out.toString();
    }

    private static void appendParagraph(StringBuilder out, String s, int from, int to) {
        int mark = out.length();
        if (mark > 0) {
            out.append("\n\n");
        }
        int before = out.length();
        appendFolded(out, s, from, to);
        if (out.length() == before) {
            out.setLength(mark);
        }
    }

    /** Appends s[from, to) with every run of whitespace (any kind) as one space, trimmed at both ends. */
    private static void appendFolded(StringBuilder b, String s, int from, int to) {
        int start = b.length();
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && b.length() > start) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(c);
            }
        }
    }

    /** Whitespace of any kind, including non-breaking, narrow and zero-width spaces and the BOM. */
    static boolean isSpace(char c) {
        return c <= ' ' ? (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B)
                : c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF' || c == '\u3000'
                        || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u0085'
                        || c == '\u2028' || c == '\u2029';
    }
}
