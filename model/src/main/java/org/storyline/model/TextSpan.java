package org.storyline.model;

/**
 * A half-open character range {@code [start, end)} into one text (Java {@code String} indices).
 *
 * <p>Annotations are spans into the article's one cleaned text, never copied strings, so that every fact can be traced
 * back to the exact characters that report it.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered characters of {@code text}; throws when the span does not lie inside it. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " outside text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
