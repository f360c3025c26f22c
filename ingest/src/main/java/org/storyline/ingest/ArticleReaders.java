package org.storyline.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.storyline.ingest.internal.MultiInputReader;

/**
 * The ingest stage's entry point: one {@link ArticleReader} over files, archives, feeds and directories.
 *
 * <pre>{@code
 * try (ArticleReader reader = ArticleReaders.open(List.of(Path.of("crawl.warc.gz"), Path.of("feeds/")),
 *         IngestOptions.DEFAULTS)) {
 *     for (StageOutcome<RawArticle> outcome; (outcome = reader.read()) != null; ) {
 *         if (outcome instanceof StageOutcome.Accepted<RawArticle> a) {
 *             clean(a.value());
 *         } else if (outcome instanceof StageOutcome.Rejected<RawArticle> r) {
 *             report(r.rejection());
 *         }
 *     }
 *     summarise(reader.stats());
 * }
 * }</pre>
 *
 * <p>Inputs are read in the order given. The format of a file comes from its name ({@code .txt}, {@code .html},
 * {@code .htm}, {@code .html.gz}, {@code .warc}, {@code .warc.gz}, {@code .xml}, {@code .rss}, {@code .atom},
 * {@code .jsonl}), else from its first bytes (gzip, {@code WARC/}, {@code <?xml}, {@code <rss}, {@code <feed},
 * {@code <html}, {@code <!doctype}, <code>{</code>). A directory is walked recursively in sorted path order; hidden
 * files and files of unknown type inside it are skipped and counted in {@link ArticleReader#stats()}, while a file
 * named explicitly that cannot be read becomes a rejection ({@code BINARY_INPUT}, {@code UNSUPPORTED_FORMAT},
 * {@code IO_ERROR}, ...). Rejections are returned, never thrown, and the run goes on with the next record.
 *
 * <p>Sources are the path as given (joined with the directory for walked files), plus {@code #n} (1-based record
 * number) for WARC records, feed items and JSONL lines.
 */
public final class ArticleReaders {
    /** The stage name recorded in rejections. */
    public static final String STAGE = "ingest";

    private ArticleReaders() {}

    /** A reader over every input in order; nothing is opened until the first {@link ArticleReader#read()}. */
    public static ArticleReader open(List<Path> inputs, IngestOptions options) {
        requireNonNull(inputs, "inputs is null");
        requireNonNull(options, "options is null");
        inputs.forEach(p -> requireNonNull(p, "inputs contains null: " + inputs));
        return new MultiInputReader(inputs, options);
    }

    /**
     * A reader over files already listed by the caller, from any file system (the Spark job lists HDFS or S3A
     * directories itself). {@code explicit} files are treated as paths the user named: a file of unknown type is
     * a rejection rather than a skip; pass false for files found by walking a directory, as the local walk does.
     */
    public static ArticleReader open(List<InputFile> files, boolean explicit, IngestOptions options) {
        requireNonNull(files, "files is null");
        requireNonNull(options, "options is null");
        files.forEach(f -> requireNonNull(f, "files contains null: " + files));
        return MultiInputReader.ofFiles(files, explicit, options);
    }

    /** A reader over one file or directory. */
    public static ArticleReader open(Path input, IngestOptions options) {
        return open(List.of(requireNonNull(input, "input is null")), options);
    }
}
