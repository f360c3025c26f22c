package org.storyline.clean.internal;

import org.jsoup.nodes.Element;

/**
 * A run of text whose innermost block-level element is {@code owner}: a paragraph, a heading, a list item, or text
 * standing directly inside a {@code div}. The body extractor scores and selects segments, never whole subtrees.
 *
 * @param index    position of the segment in document order
 * @param text     the segment's text, whitespace folded; {@code "\n\n"} where the page had a {@code <br>}
 * @param letters  count of letters and digits (the length measure used for scoring)
 * @param linkLetters letters and digits inside links
 * @param heading  whether the owner is {@code h1}–{@code h6}
 * @param furniture the innermost ancestor whose class or id names page furniture, or null
 */
record Segment(int index, Element owner, String text, int letters, int linkLetters, boolean heading, Element furniture) {
    double linkDensity() {
        return letters == 0 ? 0 : (double) linkLetters / letters;
    }

    int commas() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    /** Whether the text ends like a sentence (full stop, quote, question or exclamation mark). */
    boolean endsLikeSentence() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            return ".!?\"'”’»…)".indexOf(c) >= 0 || c == '。';
        }
        return false;
    }
}
