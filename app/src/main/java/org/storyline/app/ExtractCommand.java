package org.storyline.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline extract}: one JSON object per article on stdout (or {@code --out}), as CONTRACT.md section 2
 * fixes. Bad inputs become {@code "status": "rejected"} lines and the run goes on; the exit code is 0 when the run
 * finished, whatever was rejected.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract articles as JSON Lines: cleaned text and metadata, then (unless --clean-only) entities,"
                + " actors, quotes with speakers, resolved dates and PLOVER/CAMEO events.",
                "Progress and the per-stage summary go to stderr; data to stdout or --out."})
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON Lines there instead of stdout.")
    Path out;

    @Mixin
    PipelineOptions pipelineOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int threads = pipelineOptions.threads();
        var paths = input.existingPaths();
        ExtractPipeline pipeline = pipelineOptions.pipeline(input.maxBytes);
        var options = IngestOptions.DEFAULTS.withMaxRecordBytes(input.maxBytes);
        RunSummary summary;
        try (OutputStream sink = openOutput();
                var writer = new ArticleJsonWriter(sink);
                var progress = new Progress(spec.commandLine().getErr(), Progress.stderrIsTerminal());
                ArticleReader reader = ArticleReaders.open(paths, options)) {
            if (progress.enabled()) {
                progress.total(Progress.countRecords(paths, options), () -> 0);
            }
            summary = pipeline.run(reader, threads, writer::write, progress);
        }
        summary.describe().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        return 0;
    }

    /**
     * The pipeline {@code extract} runs for these options; {@code bench} builds its pipelines here too, so it measures
     * what a user runs. CoreNLP is not loaded here but on the first annotated article.
     */
    static ExtractPipeline newPipeline(boolean cleanOnly, boolean detectLanguage, long maxRecordBytes) {
        return new ExtractPipeline(new PipelineConfig(cleanOnly, detectLanguage, maxRecordBytes));
    }

    private OutputStream openOutput() {
        if (out == null) {
            return new BufferedOutputStream(new NonClosingOutputStream(System.out), 1 << 16);
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        } catch (IOException e) {
            throw new StorylineCommand.UserException("cannot write output file " + out + ": " + e.getMessage(), e);
        }
    }

    /** Lets the writer close its stream without closing stdout. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
