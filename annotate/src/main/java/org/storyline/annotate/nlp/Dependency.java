package org.storyline.annotate.nlp;

import static java.util.Objects.requireNonNull;

/**
 * A typed dependency between two tokens of one sentence, as indexes into its tokens; {@code governor} is -1 for the
 * root. Relations are Universal Dependencies labels, enhanced with their case marker where the backend gives one
 * ({@code obl:against}, {@code nmod:with}).
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        requireNonNull(relation, "relation is null");
    }

    /** The label without its case marker: {@code obl} for {@code obl:against}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
