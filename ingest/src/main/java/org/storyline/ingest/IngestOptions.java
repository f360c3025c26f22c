package org.storyline.ingest;

import java.io.Serializable;

/**
 * Settings for {@link ArticleReaders}: how large one record may be and whether directory walks follow symbolic links.
 *
 * <p>A serialisable value, so it can be shipped to Spark executors as it is.
 *
 * @param maxRecordBytes largest record (a file, a WARC payload, a JSONL line, a whole feed) read into memory; larger
 *                       ones are rejected {@code TOO_LARGE} without being buffered
 * @param followSymlinks whether a directory walk descends into symbolic links (paths given explicitly are always read)
 */
public record IngestOptions(long maxRecordBytes, boolean followSymlinks) implements Serializable {

    /** 20 MiB: far above any real article page, small enough for many parallel readers. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 20L * 1024 * 1024;

    /** The largest array the JVM reliably allocates. */
    public static final long MAX_RECORD_BYTES_LIMIT = Integer.MAX_VALUE - 16;

    /** 20 MiB records, symbolic links not followed. */
    public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_RECORD_BYTES, false);

    public IngestOptions {
        if (maxRecordBytes <= 0 || maxRecordBytes > MAX_RECORD_BYTES_LIMIT) {
            throw new IllegalArgumentException("maxRecordBytes must be in 1.." + MAX_RECORD_BYTES_LIMIT
                    + ", was " + maxRecordBytes);
        }
    }

    public IngestOptions withMaxRecordBytes(long value) {
        return new IngestOptions(value, followSymlinks);
    }

    public IngestOptions withFollowSymlinks(boolean value) {
        return new IngestOptions(maxRecordBytes, value);
    }
}
