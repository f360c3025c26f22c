package org.storyline.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.InputFile;
import org.storyline.ingest.ReaderStats;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chains the readers of many inputs: files in the order given, directories expanded (when reached) into their files
 * in sorted path order. Each file is opened only when the previous one is exhausted, so one file is open at a time.
 *
 * <p>Skipped files are counted in {@link #stats()}: {@code file:hidden} (a name starting with a dot, inside a walked
 * directory), {@code file:symlink} (when links are not followed), {@code file:unknown-type} (neither the name nor the
 * first bytes say it is a format Storyline reads), {@code file:binary} (an image, PDF, archive... inside a directory),
 * {@code file:symlink-loop} (a followed link back to its own ancestor).
 * The same problems in a file given explicitly are rejections instead.
 */
public final class MultiInputReader implements ArticleReader {
    private static final Logger log = LoggerFactory.getLogger(MultiInputReader.class);

    private final Deque<Input> pending = new ArrayDeque<>();
    private final IngestOptions options;
    private final SkipCounter skipped = new SkipCounter();
    private ReaderStats finishedStats = ReaderStats.EMPTY;
    private ArticleReader current;
    private String currentSource;

    /**
     * One input still to read: a local path (file or directory), or a file of another file system; {@code explicit}
     * when the user named it rather than a directory walk finding it.
     */
    private record Input(Path path, InputFile file, boolean explicit) {}

    public MultiInputReader(List<Path> inputs, IngestOptions options) {
        this.options = options;
        inputs.forEach(p -> pending.add(new Input(p, null, true)));
    }

    /** A reader over files already listed (by a distributed job); {@code explicit} as for a path given by name. */
    public static MultiInputReader ofFiles(List<InputFile> files, boolean explicit, IngestOptions options) {
        var reader = new MultiInputReader(List.of(), options);
        files.forEach(f -> reader.pending.add(new Input(null, f, explicit)));
        return reader;
    }

    @Override
    public StageOutcome<RawArticle> read() throws IOException {
        while (true) {
            if (current != null) {
                StageOutcome<RawArticle> outcome;
                try {
                    outcome = current.read();
                } catch (IOException e) {
                    log.debug("Reading {} failed: {}", currentSource, e.toString());
                    closeCurrent();
                    return Outcomes.rejectUnread(currentSource, ErrorCode.IO_ERROR,
                            "the input cannot be read further (" + e + ")");
                }
                if (outcome != null) {
                    return outcome;
                }
                closeCurrent();
            }
            Input input = pending.poll();
            if (input == null) {
                return null;
            }
            currentSource = input.path() != null ? input.path().toString() : input.file().name();
            current = input.path() != null ? open(input) : openFile(input.file(), input.explicit());
        }
    }

    /** The reader for one input, or null when it is skipped (after counting why). */
    private ArticleReader open(Input input) {
        Path path = input.path();
        String source = path.toString();
        if (Files.isDirectory(path)) {
            return expand(path);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return rejected(source, ErrorCode.IO_ERROR, "the path does not exist");
        }
        if (!Files.isRegularFile(path)) {
            if (!input.explicit()) {
                skipped.count("file:not-regular");
                return null;
            }
            return rejected(source, ErrorCode.IO_ERROR, "the path is not a regular file (or a dangling link)");
        }
        return openFile(InputFile.of(path), input.explicit());
    }

    /** The reader for one regular file, or null when it is skipped (after counting why). */
    private ArticleReader openFile(InputFile file, boolean explicit) {
        String source = file.name();
        Optional<InputType> byName = InputType.byName(fileName(source));
        byte[] prefix;
        try (InputStream in = file.open()) {
            prefix = Sniffer.readPrefix(in);
        } catch (IOException e) {
            log.debug("Cannot read {}: {}", source, e.toString());
            return rejected(source, ErrorCode.IO_ERROR, "the file cannot be read (" + e + ")");
        }
        if (prefix.length == 0) {
            if (byName.isEmpty() && !explicit) {
                skipped.count("file:unknown-type");
                return null;
            }
            return rejected(source, ErrorCode.EMPTY_INPUT, "the file is empty");
        }
        Optional<InputType> type = byName.isPresent() ? byName : sniff(file, prefix);
        if (!Sniffer.isGzip(prefix)) {
            Optional<String> binary = type.isPresent() && type.get() == InputType.WARC
                    ? Sniffer.binaryMagic(prefix) : Sniffer.binaryKind(prefix);
            if (binary.isPresent()) {
                if (byName.isEmpty() && !explicit) {
                    skipped.count("file:binary");
                    return null;
                }
                return rejected(source, ErrorCode.BINARY_INPUT, "the file is " + binary.get()
                        + ", not a format Storyline reads as text");
            }
        }
        if (type.isEmpty()) {
            if (!explicit) {
                skipped.count("file:unknown-type");
                return null;
            }
            return rejected(source, ErrorCode.UNSUPPORTED_FORMAT,
                    "neither the file name nor its first bytes show a format Storyline reads");
        }
        long limit = options.maxRecordBytes();
        return switch (type.get()) {
            case TEXT -> new SingleDocumentReader(file, InputFormat.TEXT, limit);
            case HTML -> new SingleDocumentReader(file, InputFormat.HTML, limit);
            case WARC -> new WarcArticleReader(file, limit);
            case FEED -> new FeedArticleReader(file, limit);
            case JSONL -> new JsonlArticleReader(file, limit);
        };
    }

    /** The format from the first bytes, looking inside gzip (only WARC and HTML are read compressed). */
    private static Optional<InputType> sniff(InputFile file, byte[] prefix) {
        if (!Sniffer.isGzip(prefix)) {
            return Sniffer.textFormat(prefix);
        }
        try (InputStream in = new GZIPInputStream(file.open())) {
            return Sniffer.textFormat(Sniffer.readPrefix(in))
                    .filter(t -> t == InputType.WARC || t == InputType.HTML);
        } catch (IOException e) {
            log.debug("Cannot look inside gzip file {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Puts the files under a directory at the front of the queue, in sorted path order; a rejection when the
     * directory itself cannot be listed, else null.
     */
    private ArticleReader expand(Path directory) {
        List<Path> files = new ArrayList<>();
        List<IOException> rootFailure = new ArrayList<>();
        Set<FileVisitOption> visitOptions = options.followSymlinks()
                ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(directory, visitOptions, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(directory) && isHidden(dir)) {
                        skipped.count("file:hidden");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        skipped.count("file:hidden");
                    } else if (attrs.isSymbolicLink()) {
                        skipped.count("file:symlink");
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                    } else {
                        skipped.count("file:not-regular");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    log.debug("Cannot visit {}: {}", file, e.toString());
                    if (e instanceof FileSystemLoopException) {
                        skipped.count("file:symlink-loop");
                    } else if (file.equals(directory)) {
                        rootFailure.add(e);
                    } else {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            rootFailure.add(e);
        }
        if (!rootFailure.isEmpty()) {
            log.debug("Cannot walk {}: {}", directory, rootFailure.get(0).toString());
            return rejected(directory.toString(), ErrorCode.IO_ERROR,
                    "the directory cannot be listed (" + rootFailure.get(0) + ")");
        }
        files.sort(Comparator.comparing(Path::toString));
        for (int i = files.size() - 1; i >= 0; i--) {
            pending.addFirst(new Input(files.get(i), null, false));
        }
        return null;
    }

    /** The last segment of a path or URI. */
    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(java.io.File.separatorChar));
        return name.substring(slash + 1);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static ArticleReader rejected(String source, ErrorCode code, String problem) {
        return new SingleOutcomeReader(Outcomes.rejectUnread(source, code, problem));
    }

    private void closeCurrent() {
        ArticleReader reader = current;
        current = null;
        finishedStats = finishedStats.plus(reader.stats());
        try {
            reader.close();
        } catch (IOException e) {
            log.debug("Cannot close the reader of {}: {}", currentSource, e.toString());
        }
    }

    @Override
    public ReaderStats stats() {
        ReaderStats total = finishedStats.plus(skipped.stats());
        return current == null ? total : total.plus(current.stats());
    }

    @Override
    public void close() throws IOException {
        pending.clear();
        if (current != null) {
            closeCurrent();
        }
    }
}
