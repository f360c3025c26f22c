package org.storyline.spark.internal;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One input file as the driver listed it.
 *
 * @param number   0-based position in the run's file list (given paths in order, directories walked in sorted order)
 * @param name     the source name of its articles: the path as given, joined with the file's path inside a directory
 *                 given, exactly as {@code storyline extract} names it
 * @param uri      the fully qualified URI to open
 * @param explicit whether the user named this file (a file of unknown type is then rejected, not skipped)
 */
public record ListedFile(int number, String name, String uri, boolean explicit) implements Serializable {
    public ListedFile {
        requireNonNull(name, "name is null");
        requireNonNull(uri, "uri is null");
    }
}
