package org.storyline.pipeline;

import java.io.Serializable;

/**
 * Configuration of the extraction pipeline, a serializable value so that a distributed job can ship it to workers.
 *
 * @param cleanOnly      stop after cleaning (no NLP layers)
 * @param detectLanguage identify each article's language
 * @param maxRecordBytes records larger than this are rejected {@code TOO_LARGE} without being buffered
 */
public record PipelineConfig(boolean cleanOnly, boolean detectLanguage, long maxRecordBytes) implements Serializable {
    public static final long DEFAULT_MAX_RECORD_BYTES = org.storyline.ingest.IngestOptions.DEFAULT_MAX_RECORD_BYTES;

    public PipelineConfig {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
    }

    public static PipelineConfig cleanOnlyDefaults() {
        return new PipelineConfig(true, true, DEFAULT_MAX_RECORD_BYTES);
    }
}
