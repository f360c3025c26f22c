package org.storyline.stories;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Where {@link StoryEngine#add} put an article.
 *
 * @param decision       how it got there
 * @param score          the story score that decided (1 for a copy, 0 for a new story without candidates)
 * @param copyOf         the original it copies, for {@link Decision#COPY}
 * @param mergedStories  stories merged into {@code storyId} because this article made them converge
 */
public record Placement(String articleId, String storyId, Decision decision, double score, Optional<String> copyOf,
        Optional<CopyKind> copyKind, List<String> mergedStories) {

    /** How an article was placed. */
    public enum Decision {
        /** It started a story: no candidate scored above the join threshold. */
        NEW_STORY,
        /** It joined the best-scoring candidate story. */
        JOINED,
        /** It copies an earlier article and joined that article's story. */
        COPY,
        /** The engine had seen it already (same id): nothing changed. */
        ALREADY_SEEN
    }

    public Placement {
        requireNonNull(articleId, "articleId is null");
        requireNonNull(storyId, "storyId is null");
        requireNonNull(decision, "decision is null");
        requireNonNull(copyOf, "copyOf is null");
        requireNonNull(copyKind, "copyKind is null");
        mergedStories = List.copyOf(requireNonNull(mergedStories, "mergedStories is null"));
    }
}
