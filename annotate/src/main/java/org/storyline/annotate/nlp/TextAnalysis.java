package org.storyline.annotate.nlp;

import java.util.List;
import org.storyline.model.EntityMention;

/**
 * What the NLP backend found in one text: named entities and sentences with their tokens; dependency parses are
 * computed on request, per sentence, because parsing costs several times more than everything else.
 */
public interface TextAnalysis {
    List<EntityMention> entities();

    List<Sentence> sentences();

    /** The dependency parse of one of {@link #sentences()}. */
    ParsedSentence parse(Sentence sentence);
}
