package org.storyline.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.spark.SparkJobConfig;

/**
 * One {@link ExtractPipeline} per executor JVM and job configuration, created by the first task that needs it and
 * shared by every task thread after it (the CoreNLP models behind it load once per JVM, on the first article).
 *
 * <p><b>NOTE:</b> this is the one piece of static state of the job, and it only caches: a pipeline is a pure
 * function of its configuration, so the cache never changes a result.
 */
public final class ExecutorPipelines {
    private static final Map<SparkJobConfig, ExtractPipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {}

    public static ExtractPipeline get(SparkJobConfig config) {
        return PIPELINES.computeIfAbsent(config, ExecutorPipelines::create);
    }

    private static ExtractPipeline create(SparkJobConfig job) {
        PipelineConfig c = job.pipeline();
        return new ExtractPipeline(new PipelineConfig(c.cleanOnly(), c.detectLanguage(), c.maxRecordBytes(),
                localCopy("knowledge", job.knowledgeJson()), localCopy("triggers", job.triggersJson())));
    }

    /** The contents in a temporary file of this JVM (the stages read their extra files by path), or null. */
    private static String localCopy(String kind, String contents) {
        if (contents == null) {
            return null;
        }
        try {
            Path file = Files.createTempFile("storyline-" + kind + "-", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, contents, StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + kind + " file to a temporary file: " + e, e);
        }
    }
}
