package org.storyline.model;

import static java.util.Objects.requireNonNull;

/**
 * Why one input was not turned into an article: which input ({@code source}), at which stage, with a stable
 * {@link ErrorCode} and a message that names the input and says what to do. A rejection is data, not an exception:
 * the run goes on and the rejection is reported with the results.
 *
 * @param articleId the id the article would have had (hex SHA-256 of the bytes that were read), never null
 * @param source    the path, plus record number for containers (e.g. {@code crawl.warc.gz#12})
 * @param stage     the stage that rejected it, e.g. {@code ingest} or {@code clean}
 */
public record Rejection(String articleId, String source, String stage, ErrorCode code, String message) {
    public Rejection {
        requireNonNull(articleId, "articleId is null");
        requireNonNull(source, "source is null");
        requireNonNull(stage, "stage is null");
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }
}
