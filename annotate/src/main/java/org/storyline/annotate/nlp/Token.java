package org.storyline.annotate.nlp;

import static java.util.Objects.requireNonNull;

import org.storyline.model.TextSpan;

/** A token of a sentence: where it is in the article's text, its word, lemma and part-of-speech tag (Penn). */
public record Token(TextSpan span, String word, String lemma, String tag) {
    public Token {
        requireNonNull(span, "span is null");
        requireNonNull(word, "word is null");
        requireNonNull(lemma, "lemma is null");
        requireNonNull(tag, "tag is null");
    }
}
