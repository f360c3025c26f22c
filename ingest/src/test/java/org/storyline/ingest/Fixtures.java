package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.storyline.model.RawArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/** Builds WARC records and gzip streams for tests, and drains readers into lists. */
final class Fixtures {
    private Fixtures() {}

    static List<StageOutcome<RawArticle>> readAll(Path input) throws IOException {
        return readAll(List.of(input), IngestOptions.DEFAULTS);
    }

    static List<StageOutcome<RawArticle>> readAll(List<Path> inputs, IngestOptions options) throws IOException {
        try (ArticleReader reader = ArticleReaders.open(inputs, options)) {
            return drain(reader);
        }
    }

    static List<StageOutcome<RawArticle>> drain(ArticleReader reader) throws IOException {
        List<StageOutcome<RawArticle>> outcomes = new ArrayList<>();
        for (StageOutcome<RawArticle> outcome; (outcome = reader.read()) != null; ) {
            outcomes.add(outcome);
        }
        return outcomes;
    }

    static RawArticle accepted(StageOutcome<RawArticle> outcome) {
        if (outcome instanceof StageOutcome.Accepted<RawArticle> a) {
            return a.value();
        }
        throw new AssertionError("expected an article, got " + outcome);
    }

    static Rejection rejected(StageOutcome<RawArticle> outcome) {
        if (outcome instanceof StageOutcome.Rejected<RawArticle> r) {
            return r.rejection();
        }
        throw new AssertionError("expected a rejection, got " + outcome);
    }

    /** {@code ok} or {@code rejected:CODE} for each outcome, for compact assertions. */
    static List<String> summary(List<StageOutcome<RawArticle>> outcomes) {
        return outcomes.stream().map(o -> o instanceof StageOutcome.Rejected<RawArticle> r
                ? "rejected:" + r.rejection().code() : "ok").toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** An HTTP response message: status line, headers (CRLF-separated, without the blank line) and body. */
    static byte[] http(String statusAndHeaders, byte[] body) {
        return concat((statusAndHeaders + "\r\n\r\n").getBytes(ISO_8859_1), body);
    }

    static byte[] htmlResponse(String html) {
        byte[] body = html.getBytes(UTF_8);
        return http("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length,
                body);
    }

    /** A WARC record header for a block of the given length. */
    static byte[] warcHeader(String type, String uri, String contentType, long length) {
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + uri + length).getBytes(UTF_8))
                + ">\r\n"
                + "WARC-Date: 2024-03-05T10:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
        return header.getBytes(ISO_8859_1);
    }

    static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        return concat(warcHeader(type, uri, contentType, block.length), block, "\r\n\r\n".getBytes(ISO_8859_1));
    }

    static byte[] response(String uri, byte[] http) {
        return warcRecord("response", uri, "application/http; msgtype=response", http);
    }

    /** Streams a response record whose HTML body is {@code bodySize} bytes, never holding it in memory. */
    static void writeLargeResponse(OutputStream out, String uri, long bodySize) throws IOException {
        byte[] httpHeader = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + bodySize + "\r\n\r\n")
                .getBytes(ISO_8859_1);
        out.write(warcHeader("response", uri, "application/http; msgtype=response", httpHeader.length + bodySize));
        out.write(httpHeader);
        byte[] chunk = "<p>filler filler filler filler filler filler filler filler filler</p>\n".repeat(900)
                .getBytes(ISO_8859_1);
        long left = bodySize;
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
        out.write("\r\n\r\n".getBytes(ISO_8859_1));
    }
}
