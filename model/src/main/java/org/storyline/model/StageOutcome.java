package org.storyline.model;

import static java.util.Objects.requireNonNull;

/**
 * What a stage made of one input: the value it produced, or a {@link Rejection}. On JDK 17 (where pattern switches
 * are a preview), test with {@code instanceof}:
 *
 * <pre>{@code
 * if (outcome instanceof StageOutcome.Accepted<CleanArticle> a) {
 *     write(a.value());
 * } else if (outcome instanceof StageOutcome.Rejected<CleanArticle> r) {
 *     report(r.rejection());
 * }
 * }</pre>
 */
public sealed interface StageOutcome<T> permits StageOutcome.Accepted, StageOutcome.Rejected {

    /** The stage produced a value. */
    record Accepted<T>(T value) implements StageOutcome<T> {
        public Accepted {
            requireNonNull(value, "value is null");
        }
    }

    /** The stage refused the input, with the reason. */
    record Rejected<T>(Rejection rejection) implements StageOutcome<T> {
        public Rejected {
            requireNonNull(rejection, "rejection is null");
        }
    }

    static <T> StageOutcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> StageOutcome<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    static <T> StageOutcome<T> rejected(String articleId, String source, String stage, ErrorCode code, String message) {
        return new Rejected<>(new Rejection(articleId, source, stage, code, message));
    }

    /** Passes a rejection on to the next stage's type unchanged. */
    default <U> StageOutcome<U> castRejected() {
        if (this instanceof Rejected<T> r) {
            return new Rejected<>(r.rejection());
        }
        throw new IllegalStateException("not a rejection: " + this);
    }
}
