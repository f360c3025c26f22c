package org.storyline.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A story as the store holds it: its articles in the order they were added, the duplicate marks among them, and the
 * title and data the story engine saved (absent until it saves them).
 */
public record StoredStory(String id, Optional<String> title, List<String> articles, List<Duplicate> duplicates,
        Optional<String> data) {
    /** {@code articleId} copies {@code duplicateOf}. */
    public record Duplicate(String articleId, String duplicateOf, double similarity) {
        public Duplicate {
            requireNonNull(articleId, "articleId is null");
            requireNonNull(duplicateOf, "duplicateOf is null");
            if (!(similarity >= 0 && similarity <= 1)) {
                throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
            }
        }
    }

    public StoredStory {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        articles = List.copyOf(requireNonNull(articles, "articles is null"));
        duplicates = List.copyOf(requireNonNull(duplicates, "duplicates is null"));
        requireNonNull(data, "data is null");
    }
}
