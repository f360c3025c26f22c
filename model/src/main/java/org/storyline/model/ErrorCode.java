package org.storyline.model;

/**
 * Stable error codes for rejected inputs. The names are part of the public contract: scripts match on them, so a code
 * is never renamed or reused for another meaning. Each code belongs to a {@link Category} and carries a hint that tells
 * the user what to do.
 */
public enum ErrorCode {
    EMPTY_INPUT(Category.INPUT, "the input holds no bytes; check the crawl or export that produced it"),
    BINARY_INPUT(Category.INPUT, "the input is not text or HTML (e.g. an image or a PDF); convert it to text first"),
    UNSUPPORTED_FORMAT(Category.INPUT, "the file type is not one Storyline reads (txt, html, html.gz, warc, warc.gz, rss/atom/xml, jsonl)"),
    TRUNCATED_INPUT(Category.INPUT, "the compressed stream or archive ends early; re-download or re-crawl it"),
    MALFORMED_RECORD(Category.INPUT, "a record of the archive cannot be parsed; the rest of the file is still read where possible"),
    MALFORMED_JSON(Category.INPUT, "the line is not one valid JSON object with a \"text\" or \"html\" field"),
    MALFORMED_FEED(Category.INPUT, "the feed is not well-formed RSS 2.0 or Atom XML"),
    FORBIDDEN_ENTITY(Category.INPUT, "the XML declares a DTD or external entity, which Storyline never expands"),
    TOO_LARGE(Category.RESOURCE, "the record exceeds the size limit (--max-bytes); split it or raise the limit"),
    TOO_DEEP(Category.RESOURCE, "the document nests elements too deeply to be an article page"),
    NO_ARTICLE_TEXT(Category.INPUT, "no article text was found after removing page furniture"),
    ENCODING_ERROR(Category.INPUT, "the bytes cannot be decoded as text in any likely character set"),
    IO_ERROR(Category.RESOURCE, "the input could not be read; check that the path exists and is readable"),
    PATH_OUTSIDE_ROOT(Category.INPUT, "the path lies outside the allowed data folder"),
    INTERNAL_ERROR(Category.INTERNAL, "a bug in Storyline; please report it with the input that triggered it");

    /** Who must act: the user fixing input, the operator giving resources, or the developers fixing a bug. */
    public enum Category { INPUT, RESOURCE, INTERNAL }

    private final Category category;
    private final String hint;

    ErrorCode(Category category, String hint) {
        this.category = category;
        this.hint = hint;
    }

    public Category category() {
        return category;
    }

    /** What the user can do about it, phrased to follow the specific message. */
    public String hint() {
        return hint;
    }
}
