package org.storyline.model;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * One article as it came out of its container, before cleaning: its bytes, how to read them, and where it came from.
 *
 * <p><b>NOTE:</b> {@code content} is not copied (pages can be megabytes); readers hand over a fresh array and nobody
 * writes to it afterwards.
 *
 * @param id       stable id: the JSONL id if given, else hex SHA-256 of the raw (decompressed) bytes
 * @param source   path, plus {@code #n} record number for WARC, feeds and JSONL
 * @param charset  the charset the container declared (HTTP header, feed encoding, JSONL is UTF-8), if any
 */
public record RawArticle(
        String id, String source, InputFormat format, byte[] content, Optional<Charset> charset, ArticleHints hints) {
    public RawArticle {
        requireNonNull(id, "id is null");
        requireNonNull(source, "source is null");
        requireNonNull(format, "format is null");
        requireNonNull(content, "content is null");
        requireNonNull(charset, "charset is null");
        requireNonNull(hints, "hints is null");
    }

    @Override
    public String toString() {
        return "RawArticle[id=" + id + ", source=" + source + ", format=" + format + ", bytes=" + content.length + "]";
    }
}
