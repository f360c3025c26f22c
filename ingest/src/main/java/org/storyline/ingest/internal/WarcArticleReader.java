package org.storyline.ingest.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.InputFile;
import org.storyline.ingest.ReaderStats;
import org.storyline.model.ArticleHints;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record) with jwarc: every HTTP
 * {@code response} record with status 2xx and an HTML Content-Type is one article, in HTML format, with the charset
 * of the HTTP Content-Type and the WARC-Target-URI as url hint. Other records are counted in {@link #stats()} by kind
 * ({@code warc:request}, {@code warc:response-not-html}, ...) and skipped.
 *
 * <p>The id is the SHA-256 of the HTTP payload after undoing chunked transfer encoding and gzip or deflate content
 * encoding. The source is {@code path#n}, n the 1-based position of the record in the file (every record counts).
 *
 * <p>Design decision: no publication date hint. WARC-Date is when the page was crawled, not when it was published.
 *
 * <p>A record whose block exceeds the size limit is rejected {@code TOO_LARGE} while it is streamed through (to hash
 * it), never buffered, and reading goes on. A truncated record or gzip member is rejected {@code TRUNCATED_INPUT}
 * and ends the file: nothing after it can be found reliably.
 */
final class WarcArticleReader implements ArticleReader {
    private static final Logger log = LoggerFactory.getLogger(WarcArticleReader.class);
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> DECODABLE_ENCODINGS = Set.of("identity", "none", "gzip", "x-gzip", "deflate");

    private final InputFile input;
    private final String source;
    private final long limit;
    private final SkipCounter skipped = new SkipCounter();
    private EndTrackingChannel file;
    private WarcReader warc;
    private int recordNumber;
    private boolean finished;

    WarcArticleReader(InputFile input, long limit) {
        this.input = input;
        this.source = input.name();
        this.limit = limit;
    }

    @Override
    public StageOutcome<RawArticle> read() {
        if (finished) {
            return null;
        }
        try {
            if (warc == null) {
                file = new EndTrackingChannel(java.nio.channels.Channels.newChannel(input.open()));
                warc = new WarcReader(file);
                warc.onWarning(warning -> log.debug("WARC warning in {} after record {}: {}", source, recordNumber,
                        warning));
            }
        } catch (IOException e) {
            finished = true;
            log.debug("Cannot open {}: {}", source, e.toString());
            return Outcomes.rejectUnread(source, ErrorCode.IO_ERROR,
                    "the WARC file cannot be opened (" + e + ")");
        }
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException e) {
                finished = true;
                return failure(recordSource(recordNumber + 1), e);
            }
            if (next.isEmpty()) {
                finished = true;
                if (recordNumber == 0) {
                    return Outcomes.rejectUnread(source, ErrorCode.EMPTY_INPUT,
                            "the file holds no WARC records");
                }
                return null;
            }
            recordNumber++;
            StageOutcome<RawArticle> outcome = record(next.get(), recordSource(recordNumber));
            if (outcome != null) {
                return outcome;
            }
        }
    }

    /** The article or rejection from one record, or null when the record is skipped. */
    private StageOutcome<RawArticle> record(WarcRecord record, String recordSource) {
        try {
            Optional<String> skip = skipReason(record);
            if (skip.isPresent()) {
                skipped.count(skip.get());
                record.body().consume();
                return null;
            }
            WarcResponse response = (WarcResponse) record;
            if (record.body().size() > limit) {
                MessageDigest rawDigest = Sha256.newDigest();
                streamThrough(record.body().stream(), rawDigest);
                return Outcomes.reject(Sha256.hex(rawDigest), recordSource, ErrorCode.TOO_LARGE,
                        "the record holds " + record.body().size() + " bytes, more than the limit of " + limit);
            }
            HttpResponse http = response.http();
            Optional<String> encoding = http.headers().first("Content-Encoding")
                    .map(e -> e.trim().toLowerCase(Locale.ROOT));
            if (encoding.isPresent() && !DECODABLE_ENCODINGS.contains(encoding.get())) {
                record.body().consume();
                return Outcomes.rejectUnread(recordSource, ErrorCode.MALFORMED_RECORD,
                        "the HTTP payload uses Content-Encoding '" + encoding.get()
                                + "', which Storyline cannot decode");
            }
            BoundedInput.Chunk payload;
            try {
                payload = BoundedInput.readAll(http.bodyDecoded().stream(), limit);
            } catch (EOFException | ZipException e) {
                return undecodable(recordSource, e);
            }
            record.body().consume();
            String id = Sha256.hex(payload.bytes());
            if (payload.tooLarge()) {
                return Outcomes.reject(id, recordSource, ErrorCode.TOO_LARGE,
                        "the decoded HTTP payload is larger than the limit of " + limit + " bytes");
            }
            if (payload.bytes().length == 0) {
                return Outcomes.rejectUnread(recordSource, ErrorCode.EMPTY_INPUT, "the HTTP response has no body");
            }
            Optional<String> binary = Sniffer.binaryKind(
                    Arrays.copyOf(payload.bytes(), Math.min(payload.bytes().length, Sniffer.PREFIX_BYTES)));
            if (binary.isPresent()) {
                return Outcomes.reject(id, recordSource, ErrorCode.BINARY_INPUT,
                        "the response says it is HTML but holds " + binary.get());
            }
            ArticleHints hints = ArticleHints.ofUrl(response.target());
            return StageOutcome.accepted(new RawArticle(id, recordSource, InputFormat.HTML, payload.bytes(),
                    charset(http.contentType()), hints));
        } catch (ParsingException e) {
            log.debug("Malformed HTTP message in {}: {}", recordSource, e.getMessage());
            return Outcomes.rejectUnread(recordSource, ErrorCode.MALFORMED_RECORD,
                    "the HTTP response in the record cannot be parsed (" + e.getMessage() + ")");
        } catch (IOException e) {
            finished = true;
            return failure(recordSource, e);
        }
    }

    /**
     * The rejection for a payload whose chunked or compressed encoding broke off. When the record itself was cut by
     * the end of the file, that is {@code TRUNCATED_INPUT} and ends the file; otherwise only this record's payload is
     * corrupt: {@code MALFORMED_RECORD}, and reading goes on.
     *
     * <p><b>NOTE:</b> jwarc reports both as an {@link EOFException}; they are told apart by whether the file ran out
     * while this record was read. A broken payload in the last record of a small file (read whole at once) is
     * therefore reported as truncation.
     */
    private StageOutcome<RawArticle> undecodable(String recordSource, IOException e) {
        if (file.reachedEnd()) {
            finished = true;
            return failure(recordSource, e);
        }
        log.debug("Undecodable HTTP payload in {}: {}", recordSource, e.toString());
        return Outcomes.rejectUnread(recordSource, ErrorCode.MALFORMED_RECORD,
                "the HTTP payload's chunked or compressed encoding is broken (" + e.getMessage() + ")");
    }

    /** Why a record is not an article, as a stats key; empty for an HTML response worth reading. */
    private static Optional<String> skipReason(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return Optional.of("warc:" + record.type());
        }
        if (!record.contentType().base().equals(MediaType.HTTP)) {
            return Optional.of("warc:response-not-http");
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) {
            return Optional.of("warc:response-not-ok");
        }
        if (!HTML_TYPES.contains(http.contentType().base().toString().toLowerCase(Locale.ROOT))) {
            return Optional.of("warc:response-not-html");
        }
        return Optional.empty();
    }

    private StageOutcome<RawArticle> failure(String recordSource, IOException e) {
        log.debug("Cannot read {}: {}", recordSource, e.toString());
        if (e instanceof EOFException || e instanceof ZipException) {
            return Outcomes.rejectUnread(recordSource, ErrorCode.TRUNCATED_INPUT,
                    "the WARC record or its gzip member ends early (" + e.getMessage()
                            + "); the records before it were read, the rest of the file is skipped");
        }
        if (e instanceof ParsingException) {
            return Outcomes.rejectUnread(recordSource, ErrorCode.MALFORMED_RECORD,
                    "the WARC record header cannot be parsed (" + e.getMessage()
                            + "); the rest of the file is skipped");
        }
        return Outcomes.rejectUnread(recordSource, ErrorCode.IO_ERROR,
                "the WARC file cannot be read (" + e + "); the rest of the file is skipped");
    }

    private static void streamThrough(InputStream in, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, n);
        }
    }

    private static Optional<Charset> charset(MediaType contentType) {
        String name = contentType.parameters().get("charset");
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.trim().replace("\"", "")));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private String recordSource(int n) {
        return source + "#" + n;
    }

    @Override
    public ReaderStats stats() {
        return skipped.stats();
    }

    @Override
    public void close() throws IOException {
        finished = true;
        if (warc != null) {
            warc.close();
        }
    }
}
