package org.storyline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options every command that reads articles shares: paths and the record size limit. */
final class InputOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or directories: txt, html, htm, html.gz, warc, warc.gz, rss/atom/xml feeds, jsonl.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + org.storyline.ingest.IngestOptions.DEFAULT_MAX_RECORD_BYTES,
            description = "Reject records larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** The given paths, checked to exist, so a typo stops the run before it starts. */
    List<Path> existingPaths() {
        if (paths.isEmpty()) {
            throw new StorylineCommand.UserException("give at least one PATH (a file or directory to read)");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new StorylineCommand.UserException("no such file or directory: " + p);
            }
        }
        return List.copyOf(paths);
    }
}
