package org.storyline.stories;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@link StoryEngine} keeps of an article for copy detection: its shingle set, outlet and date, and which
 * article it copies, if any. Part of {@link StoryState}, so a store persists it.
 *
 * @param sequence  the order in which the engine saw the article (0, 1, ...)
 * @param shingles  sorted distinct shingle hashes of the text (not copied: treat as read-only)
 * @param copyOf    the article this one copies (the original, never another copy)
 * @param copyKind  present exactly when {@code copyOf} is
 */
public record ArticleFingerprint(String articleId, long sequence, Optional<String> outlet,
        Optional<LocalDate> published, long[] shingles, Optional<String> copyOf, Optional<CopyKind> copyKind) {
    public ArticleFingerprint {
        requireNonNull(articleId, "articleId is null");
        requireNonNull(outlet, "outlet is null");
        requireNonNull(published, "published is null");
        requireNonNull(shingles, "shingles is null");
        requireNonNull(copyOf, "copyOf is null");
        requireNonNull(copyKind, "copyKind is null");
        if (copyOf.isPresent() != copyKind.isPresent()) {
            throw new IllegalArgumentException("copyOf " + copyOf + " and copyKind " + copyKind + " must go together");
        }
    }

    /** How many shingles this article shares with {@code other}. */
    public int sharedShingles(ArticleFingerprint other) {
        return org.storyline.stories.internal.MinHash.intersection(shingles, other.shingles);
    }

    /** This fingerprint marked as a copy of {@code original}. */
    public ArticleFingerprint asCopyOf(String original, CopyKind kind) {
        return new ArticleFingerprint(articleId, sequence, outlet, published, shingles, Optional.of(original),
                Optional.of(kind));
    }
}
