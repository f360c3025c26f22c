package org.storyline.stories;

/**
 * Turns a short text (a title and lead sentences) into a unit-length vector whose cosine with another says how close
 * their meanings are. {@link MiniLmEmbedder} is the offline implementation; tests use hand-written ones, and
 * {@link #NONE} turns the embedding part of the story score off.
 */
public interface TextEmbedder {
    /** The unit-length embedding of {@code text}; an empty array when this embedder has none. */
    float[] embed(String text);

    /** No embeddings: the story score then rests on terms, keys and events. */
    TextEmbedder NONE = text -> new float[0];
}
