package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A cleaned article and, unless the run stopped after cleaning, what the NLP stages found in it. */
public record AnnotatedArticle(CleanArticle article, Optional<Annotations> annotations) {
    public AnnotatedArticle {
        requireNonNull(article, "article is null");
        requireNonNull(annotations, "annotations is null");
    }
}
