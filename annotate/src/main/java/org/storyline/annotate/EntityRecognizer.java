package org.storyline.annotate;

import java.util.List;
import org.storyline.model.EntityMention;

/**
 * Finds named entities in a text. Implemented by an NLP backend (the CoreNLP module); declared here so that the
 * engine-neutral annotators and the pipeline do not depend on one.
 */
@FunctionalInterface
public interface EntityRecognizer {
    List<EntityMention> recognize(String text);
}
