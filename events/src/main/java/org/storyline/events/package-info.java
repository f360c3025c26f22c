/**
 * Political events in an article's cleaned text, the engine-neutral first half of the events stage (#4).
 *
 * <p>{@link org.storyline.events.CameoCodebook} holds every CAMEO event code with its name, Goldstein scale value,
 * quad class and PLOVER 2.0 type. {@link org.storyline.events.TriggerLexicon} is Storyline's own versioned lexicon of
 * trigger phrases ("accuse", "call on * to", "air strike"), each tied to a CAMEO code; a user's file of the same shape
 * adds to it or overrides it without code changes. {@link org.storyline.events.TriggerMatcher} finds the lexicon's
 * phrases in a sentence, inflected ("held talks", "imposed new sanctions"), longest match first and never overlapping,
 * as spans into the one text. Nothing here needs CoreNLP; source and target actors are attached later.
 */
package org.storyline.events;
