package org.storyline.serve.internal;

import static java.util.Objects.requireNonNull;

/**
 * A request the API refuses, with its HTTP status and a stable code; written as
 * <code>{"error": {"code", "message"}}</code>. The message says what was wrong and how to fix it.
 */
public final class ApiException extends RuntimeException {
    /** Stable error codes of the API; clients may switch on them. */
    public enum Code {
        /** 400: a query parameter is unknown, malformed or out of range. */
        BAD_PARAMETER(400),
        /** 400: the cursor was not one this list returned. */
        BAD_CURSOR(400),
        /** 400: the request body is not well-formed JSON. */
        MALFORMED_JSON(400),
        /** 400: the JSON is well-formed but not an article ({@code text} or {@code html} missing, wrong types). */
        INVALID_ARTICLE(400),
        /** 404: no such article, story, route or asset. */
        NOT_FOUND(404),
        /** 405: the route exists for another method. */
        METHOD_NOT_ALLOWED(405),
        /** 413: the request body is over the server's limit. */
        BODY_TOO_LARGE(413),
        /** 415: the body is neither JSON nor HTML. */
        UNSUPPORTED_MEDIA_TYPE(415),
        /** 422: the pipeline rejected the article (the rejection's own code is in the message and in {@code rejection}). */
        ARTICLE_REJECTED(422),
        /** 503: this server was started without the extract pipeline. */
        INGEST_DISABLED(503),
        /** 500: a bug or a store failure; the message names it. */
        INTERNAL_ERROR(500);

        private final int status;

        Code(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Code code;

    public ApiException(Code code, String message) {
        super(requireNonNull(message, "message is null"));
        this.code = requireNonNull(code, "code is null");
    }

    public Code code() {
        return code;
    }
}
