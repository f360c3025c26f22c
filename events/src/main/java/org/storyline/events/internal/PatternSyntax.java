package org.storyline.events.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The syntax of a trigger pattern: lower-case words separated by single spaces, each made of letters, digits,
 * hyphens and apostrophes, or {@code *} for a gap of one to four words between two words.
 */
public final class PatternSyntax {
    private PatternSyntax() {}

    /** The gap word. */
    public static final String GAP = "*";

    private static final Pattern WORD = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}][\\p{Ll}\\p{Lo}\\p{N}'-]*");

    /** The words of {@code pattern}, or an exception saying what is wrong with it. */
    public static List<String> words(String pattern) {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("empty pattern");
        }
        List<String> words = List.of(pattern.split(" ", -1));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(GAP)) {
                if (i == 0 || i == words.size() - 1) {
                    throw new IllegalArgumentException("pattern \"" + pattern
                            + "\" starts or ends with *: a gap must lie between two words");
                }
                if (words.get(i - 1).equals(GAP)) {
                    throw new IllegalArgumentException("pattern \"" + pattern + "\" has two gaps side by side");
                }
            } else if (!WORD.matcher(w).matches()) {
                throw new IllegalArgumentException("pattern \"" + pattern + "\" has the word \"" + w
                        + "\": write lower-case words of letters, digits, - and ', separated by single spaces");
            }
        }
        return words;
    }
}
