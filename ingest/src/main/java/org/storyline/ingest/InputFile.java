package org.storyline.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file for {@link ArticleReaders} to read, from whatever file system holds it: a local {@link Path}, or HDFS and
 * S3A through the Spark job's Hadoop adapter. The readers only ever open it from the start and read it through.
 *
 * <p>Design decision: a small interface rather than {@link java.nio.file.Path}. Hadoop's file systems have no NIO
 * provider on the class path by default, and a reader needs nothing beyond a stream and a name.
 */
public interface InputFile {
    /** The source name of its articles ({@code name#n} for records inside it). */
    String name();

    /** A fresh stream from the first byte; the caller closes it. */
    InputStream open() throws IOException;

    /** The size in bytes (undecompressed). */
    long size() throws IOException;

    /** A URI for the file, used as the base of relative references in feeds (never fetched). */
    default String uri() {
        return name();
    }

    /** A local file, named as the path is written. */
    static InputFile of(Path path) {
        requireNonNull(path, "path is null");
        return new InputFile() {
            @Override
            public String name() {
                return path.toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public long size() throws IOException {
                return Files.size(path);
            }

            @Override
            public String uri() {
                return path.toUri().toString();
            }

            @Override
            public String toString() {
                return path.toString();
            }
        };
    }
}
