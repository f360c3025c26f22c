package org.storyline.clean.internal;

import java.util.regex.Pattern;

/**
 * Whitespace folding used for every cleaned text: non-breaking and other Unicode spaces become plain spaces, runs of
 * spaces inside a line collapse to one, paragraphs are separated by exactly one blank line. Quotation marks and all
 * other characters are kept exactly as written.
 */
public final class TextNormalizer {
    private static final Pattern SPACES = Pattern.compile("[\\h\\u200B\\uFEFF]+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*\\n\\s*");

    private TextNormalizer() {}

    /** One line: Unicode spaces folded and collapsed, line breaks become spaces, trimmed. */
    public static String normalizeLine(String s) {
        return SPACES.matcher(s.replace('\r', ' ').replace('\n', ' ')).replaceAll(" ").strip();
    }

    /**
     * A body: paragraphs split on blank lines, each paragraph's lines kept (single newlines become spaces) and
     * folded; empty paragraphs dropped; joined with {@code "\n\n"}.
     */
    public static String normalizeBody(String body) {
        var out = new StringBuilder(body.length());
        for (String para : PARAGRAPH_BREAK.split(body.replace("\r\n", "\n").replace('\r', '\n'))) {
            String line = normalizeLine(para);
            if (!line.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(line);
            }
        }
        return out.toString();
    }
}
