/** The engine-neutral view of an NLP backend: tokens, sentences, entities and dependency parses. */
package org.storyline.annotate.nlp;
