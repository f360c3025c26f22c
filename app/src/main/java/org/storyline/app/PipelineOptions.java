package org.storyline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import picocli.CommandLine.Option;

/** The extract pipeline's options, shared by the commands that run it ({@code extract}, {@code ingest}). */
final class PipelineOptions {
    @Option(names = "--clean-only", description = "Stop after cleaning: no entities, actors, quotes, dates, events.")
    boolean cleanOnly;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Worker threads (default: ${DEFAULT-VALUE}); results keep the input order either way.")
    int threads;

    @Option(names = "--no-language", description = "Skip language identification.")
    boolean noLanguage;

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "An actor knowledge file to add to the built-in one (countries, demonyms, seats of "
                    + "government, organisations, role words), e.g. demo/knowledge.json.")
    Path knowledge;

    @Option(names = "--triggers", paramLabel = "FILE",
            description = "An event trigger file to add to the built-in lexicon (same shape as the built-in "
                    + "triggers.json: triggers replace or extend, ignore phrases add, remove drops by pattern).")
    Path triggers;

    /** Checks the thread count: before anything else is read. */
    int threads() {
        if (threads < 1) {
            throw new StorylineCommand.UserException("--threads must be at least 1, got " + threads);
        }
        return threads;
    }

    /**
     * The pipeline for these options. A knowledge or trigger file that is missing or does not parse stops the
     * command here, naming the file and the reason, before any input is read.
     */
    ExtractPipeline pipeline(long maxRecordBytes) {
        if (knowledge != null && !Files.isRegularFile(knowledge)) {
            throw new StorylineCommand.UserException("knowledge file not found: " + knowledge);
        }
        if (triggers != null && !Files.isRegularFile(triggers)) {
            throw new StorylineCommand.UserException("trigger file not found: " + triggers);
        }
        try {
            return new ExtractPipeline(new PipelineConfig(cleanOnly, !noLanguage, maxRecordBytes,
                    knowledge == null ? null : knowledge.toAbsolutePath().toString(),
                    triggers == null ? null : triggers.toAbsolutePath().toString()));
        } catch (RuntimeException e) {
            throw new StorylineCommand.UserException(e.getMessage());
        }
    }
}
