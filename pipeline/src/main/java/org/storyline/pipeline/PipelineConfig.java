package org.storyline.pipeline;

import java.io.Serializable;

/**
 * Configuration of the extraction pipeline, a serializable value so that a distributed job can ship it to workers.
 *
 * @param cleanOnly      stop after cleaning (no NLP layers)
 * @param detectLanguage identify each article's language
 * @param maxRecordBytes records larger than this are rejected {@code TOO_LARGE} without being buffered
 * @param knowledgeFile  an actor knowledge file added to the built-in one, or null for the built-in one alone
 * @param triggersFile   an event trigger file added to the built-in lexicon, or null for the built-in one alone
 */
public record PipelineConfig(boolean cleanOnly, boolean detectLanguage, long maxRecordBytes, String knowledgeFile,
        String triggersFile) implements Serializable {
    public static final long DEFAULT_MAX_RECORD_BYTES = org.storyline.ingest.IngestOptions.DEFAULT_MAX_RECORD_BYTES;

    public PipelineConfig {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
    }

    public PipelineConfig(boolean cleanOnly, boolean detectLanguage, long maxRecordBytes) {
        this(cleanOnly, detectLanguage, maxRecordBytes, null, null);
    }

    public static PipelineConfig cleanOnlyDefaults() {
        return new PipelineConfig(true, true, DEFAULT_MAX_RECORD_BYTES);
    }
}
