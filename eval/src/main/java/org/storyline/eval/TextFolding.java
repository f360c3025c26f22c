package org.storyline.eval;

import java.util.regex.Pattern;

/**
 * The text comparisons of CONTRACT.md section 7: whitespace folding (non-breaking spaces to spaces, runs of whitespace
 * to one space) and the quote-mark mapping used for title match.
 */
public final class TextFolding {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");

    private TextFolding() {}

    /** Non-breaking spaces become spaces, runs of whitespace one space, trimmed. Null stays null. */
    public static String foldWhitespace(String s) {
        return s == null ? null : WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Whitespace folded, ’ ‘ mapped to ' and “ ” to ", case kept. */
    public static String foldTitle(String s) {
        String folded = foldWhitespace(s);
        return folded == null
                ? null
                : folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }
}
