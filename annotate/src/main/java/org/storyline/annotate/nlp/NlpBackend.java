package org.storyline.annotate.nlp;

/**
 * An NLP engine: tokens, sentences, named entities and dependency parses of a text. Implemented by the CoreNLP module
 * ({@code annotate-corenlp}); declared here so that the stages above it never import an engine.
 */
@FunctionalInterface
public interface NlpBackend {
    TextAnalysis analyze(String text);
}
