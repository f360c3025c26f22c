package org.storyline.stories;

/** How an article copies an earlier one: verbatim (furniture aside), or in part (a rewrite keeping paragraphs). */
public enum CopyKind {
    DUPLICATE, PARTIAL
}
