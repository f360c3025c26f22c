package org.storyline.annotate.nlp;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.storyline.model.TextSpan;

/** A sentence of an article's text as the NLP backend split it: its position among the sentences, span and tokens. */
public record Sentence(int index, TextSpan span, List<Token> tokens) {
    public Sentence {
        requireNonNull(span, "span is null");
        tokens = List.copyOf(requireNonNull(tokens, "tokens is null"));
    }
}
