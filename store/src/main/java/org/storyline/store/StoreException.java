package org.storyline.store;

import java.util.Optional;

/** The store's backend failed (cannot open, disk full, connection lost); says which store and, if any, article. */
public final class StoreException extends RuntimeException {
    private final String location;
    private final String articleId;

    public StoreException(String location, String articleId, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.articleId = articleId;
    }

    /** The store's directory or JDBC URL (without password). */
    public String location() {
        return location;
    }

    /** The article being written or read, if the failure concerns one. */
    public Optional<String> articleId() {
        return Optional.ofNullable(articleId);
    }
}
