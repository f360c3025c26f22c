package org.storyline.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import org.storyline.pipeline.PipelineConfig;

/**
 * What one run of {@link SparkExtractJob} does, shipped to every executor as it is (a serializable value; models are
 * never shipped, each executor loads them once).
 *
 * <p>Design decision: the knowledge and trigger files travel as their contents, read once on the driver from any
 * Hadoop path, rather than as paths — an executor on another machine has no such local file, and this way the job
 * needs no {@code --files} option that differs between YARN, Kubernetes and standalone clusters.
 *
 * @param inputs        paths or URIs (local, {@code hdfs://}, {@code s3a://}...) of files or directories
 * @param output        the directory that receives one Parquet directory per table; replaced if it exists
 * @param pipeline      the stages to run; its knowledge and trigger paths are ignored in favour of the contents below
 * @param knowledgeJson an actor knowledge file's contents, or null for the built-in knowledge alone
 * @param triggersJson  an event trigger file's contents, or null for the built-in lexicon alone
 * @param partitions    how many partitions the records are spread over for the NLP stages; 0 for four per core
 * @param storyBlockDays stories: days per block of publication dates, each clustered on its own (0: one block, as
 *                      an embedded {@code ingest}); -1 writes no {@code stories} table
 */
public record SparkJobConfig(List<String> inputs, String output, PipelineConfig pipeline, String knowledgeJson,
        String triggersJson, int partitions, int storyBlockDays) implements Serializable {
    public SparkJobConfig {
        inputs = List.copyOf(requireNonNull(inputs, "inputs is null"));
        requireNonNull(output, "output is null");
        requireNonNull(pipeline, "pipeline is null");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs given");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (automatic) or more: " + partitions);
        }
        if (storyBlockDays < -1) {
            throw new IllegalArgumentException("story block days must be -1 (no stories), 0 (one block) or more: "
                    + storyBlockDays);
        }
    }
}
