package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.accepted;
import static org.storyline.ingest.Fixtures.concat;
import static org.storyline.ingest.Fixtures.gzip;
import static org.storyline.ingest.Fixtures.http;
import static org.storyline.ingest.Fixtures.htmlResponse;
import static org.storyline.ingest.Fixtures.readAll;
import static org.storyline.ingest.Fixtures.rejected;
import static org.storyline.ingest.Fixtures.response;
import static org.storyline.ingest.Fixtures.sha256;
import static org.storyline.ingest.Fixtures.summary;
import static org.storyline.ingest.Fixtures.warcRecord;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

class WarcArticleReaderTest {
    private static final String PAGE_ONE =
            "<html><head><title>One</title></head><body><p>First story.</p></body></html>";
    private static final String PAGE_TWO = "<html><body><p>Second story, gzip and chunked.</p></body></html>";
    private static final String PAGE_THREE = "<html><body><p>Troisi\u00e8me histoire.</p></body></html>";

    @TempDir
    Path dir;

    /** warcinfo, request, html, image, html (gzip + chunked), 404, revisit, metadata, html (latin-1). */
    static byte[][] records() {
        byte[] gzipped = gzip(PAGE_TWO.getBytes(UTF_8));
        byte[] chunked = concat((Integer.toHexString(10) + "\r\n").getBytes(ISO_8859_1),
                Arrays.copyOfRange(gzipped, 0, 10), ("\r\n" + Integer.toHexString(gzipped.length - 10) + "\r\n")
                        .getBytes(ISO_8859_1),
                Arrays.copyOfRange(gzipped, 10, gzipped.length), "\r\n0\r\n\r\n".getBytes(ISO_8859_1));
        return new byte[][] {
            warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(UTF_8)),
            warcRecord("request", "https://news.example/one", "application/http; msgtype=request",
                    "GET /one HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(UTF_8)),
            response("https://news.example/one", htmlResponse(PAGE_ONE)),
            response("https://news.example/logo.png", http("HTTP/1.1 200 OK\r\nContent-Type: image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})),
            response("https://news.example/two", http("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                    + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked", chunked)),
            response("https://news.example/missing", http("HTTP/1.1 404 Not Found\r\nContent-Type: text/html",
                    "<html>gone</html>".getBytes(UTF_8))),
            warcRecord("revisit", "https://news.example/one", "application/http; msgtype=response",
                    "HTTP/1.1 304 Not Modified\r\n\r\n".getBytes(UTF_8)),
            warcRecord("metadata", "https://news.example/one", "application/warc-fields",
                    "via: x\r\n".getBytes(UTF_8)),
            response("https://news.example/three", http(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1", PAGE_THREE.getBytes(ISO_8859_1))),
        };
    }

    @Test
    void readsEveryHtmlResponseWithSourceIdCharsetAndUrl() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, concat(records()));

        List<StageOutcome<RawArticle>> outcomes = readAll(warc);

        assertThat(summary(outcomes)).containsExactly("ok", "ok", "ok");
        RawArticle one = accepted(outcomes.get(0));
        assertThat(one.source()).isEqualTo(warc + "#3");
        assertThat(one.format()).isEqualTo(InputFormat.HTML);
        assertThat(new String(one.content(), UTF_8)).isEqualTo(PAGE_ONE);
        assertThat(one.id()).isEqualTo(sha256(PAGE_ONE.getBytes(UTF_8)));
        assertThat(one.charset()).contains(UTF_8);
        assertThat(one.hints().url()).contains("https://news.example/one");
        assertThat(one.hints().published()).as("WARC-Date is crawl time, never a publication hint").isEmpty();

        RawArticle two = accepted(outcomes.get(1));
        assertThat(two.source()).isEqualTo(warc + "#5");
        assertThat(new String(two.content(), UTF_8)).isEqualTo(PAGE_TWO);
        assertThat(two.id()).isEqualTo(sha256(PAGE_TWO.getBytes(UTF_8)));
        assertThat(two.charset()).isEmpty();

        RawArticle three = accepted(outcomes.get(2));
        assertThat(three.source()).isEqualTo(warc + "#9");
        assertThat(three.charset()).contains(Charset.forName("ISO-8859-1"));
        assertThat(three.content()).isEqualTo(PAGE_THREE.getBytes(ISO_8859_1));
    }

    @Test
    void countsSkippedRecordsByKind() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, concat(records()));
        try (ArticleReader reader = ArticleReaders.open(warc, IngestOptions.DEFAULTS)) {
            Fixtures.drain(reader);
            assertThat(reader.stats().skipped()).containsExactly(
                    java.util.Map.entry("warc:metadata", 1L),
                    java.util.Map.entry("warc:request", 1L),
                    java.util.Map.entry("warc:response-not-html", 1L),
                    java.util.Map.entry("warc:response-not-ok", 1L),
                    java.util.Map.entry("warc:revisit", 1L),
                    java.util.Map.entry("warc:warcinfo", 1L));
        }
    }

    @Test
    void gzippedWarcWithOneMemberPerRecordGivesTheSameArticles() throws IOException {
        Path plain = dir.resolve("crawl.warc");
        Path compressed = dir.resolve("crawl.warc.gz");
        Files.write(plain, concat(records()));
        Files.write(compressed, concat(Arrays.stream(records()).map(Fixtures::gzip).toArray(byte[][]::new)));

        List<String> plainIds = readAll(plain).stream().map(o -> accepted(o).id()).toList();
        List<StageOutcome<RawArticle>> fromGzip = readAll(compressed);

        assertThat(fromGzip.stream().map(o -> accepted(o).id()).toList()).isEqualTo(plainIds);
        assertThat(fromGzip.stream().map(o -> accepted(o).source()).toList())
                .containsExactly(compressed + "#3", compressed + "#5", compressed + "#9");
    }

    @Test
    void sameBytesGiveTheSameIds() throws IOException {
        Path first = dir.resolve("a.warc");
        Path second = dir.resolve("b.warc");
        Files.write(first, concat(records()));
        Files.write(second, concat(records()));
        assertThat(readAll(first).stream().map(o -> accepted(o).id()).toList())
                .isEqualTo(readAll(second).stream().map(o -> accepted(o).id()).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void truncatedRecordIsRejectedAfterTheRecordsBeforeIt() throws IOException {
        byte[] whole = concat(records());
        byte[] firstThree = concat(records()[0], records()[1], records()[2]);
        Path warc = dir.resolve("cut.warc");
        Files.write(warc, Arrays.copyOf(whole, firstThree.length + 40));

        List<StageOutcome<RawArticle>> outcomes = readAll(warc);

        assertThat(summary(outcomes)).containsExactly("ok", "rejected:TRUNCATED_INPUT");
        assertThat(rejected(outcomes.get(1)).source()).isEqualTo(warc + "#4");
        assertThat(rejected(outcomes.get(1)).message()).contains(warc + "#4");
    }

    @Test
    void truncatedGzipMemberIsRejected() throws IOException {
        byte[][] members = Arrays.stream(records()).map(Fixtures::gzip).toArray(byte[][]::new);
        byte[] whole = concat(members);
        Path warc = dir.resolve("cut.warc.gz");
        Files.write(warc, Arrays.copyOf(whole, whole.length - 20));

        List<StageOutcome<RawArticle>> outcomes = readAll(warc);

        assertThat(summary(outcomes)).containsExactly("ok", "ok", "rejected:TRUNCATED_INPUT");
        assertThat(rejected(outcomes.get(2)).source()).isEqualTo(warc + "#9");
    }

    @Test
    void recordAboveTheLimitIsRejectedAndReadingGoesOn() throws IOException {
        String big = "<html><body>" + "<p>long</p>".repeat(500) + "</body></html>";
        Path warc = dir.resolve("big.warc");
        Files.write(warc, concat(response("https://news.example/big", htmlResponse(big)),
                response("https://news.example/one", htmlResponse(PAGE_ONE))));

        List<StageOutcome<RawArticle>> outcomes = readAll(List.of(warc), IngestOptions.DEFAULTS.withMaxRecordBytes(
                1000));

        assertThat(summary(outcomes)).containsExactly("rejected:TOO_LARGE", "ok");
        assertThat(rejected(outcomes.get(0)).source()).isEqualTo(warc + "#1");
        assertThat(accepted(outcomes.get(1)).source()).isEqualTo(warc + "#2");
    }

    @Test
    void malformedHttpMessageIsRejectedAndReadingGoesOn() throws IOException {
        Path warc = dir.resolve("bad-http.warc");
        Files.write(warc, concat(response("https://news.example/x", "this is not HTTP at all\r\n\r\n".getBytes(UTF_8)),
                response("https://news.example/one", htmlResponse(PAGE_ONE))));

        List<StageOutcome<RawArticle>> outcomes = readAll(warc);

        assertThat(summary(outcomes)).containsExactly("rejected:MALFORMED_RECORD", "ok");
    }

    @Test
    void fileWithoutRecordsIsRejected() throws IOException {
        Path warc = dir.resolve("nothing.warc");
        Files.write(warc, "\r\n\r\n".getBytes(UTF_8));
        List<StageOutcome<RawArticle>> outcomes = readAll(warc);
        assertThat(outcomes).hasSize(1);
        assertThat(rejected(outcomes.get(0)).code()).isIn(ErrorCode.EMPTY_INPUT, ErrorCode.MALFORMED_RECORD);
    }

    @Test
    void brokenGzipPayloadInAWholeRecordIsRejectedAndReadingGoesOn() throws IOException {
        byte[] gzipped = gzip(PAGE_TWO.getBytes(UTF_8));
        byte[] cut = Arrays.copyOf(gzipped, gzipped.length / 2);
        Path warc = dir.resolve("bad-payload.warc");
        Files.write(warc, concat(
                response("https://news.example/two", http("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                        + "Content-Encoding: gzip\r\nContent-Length: " + cut.length, cut)),
                response("https://news.example/one", htmlResponse(PAGE_ONE))));

        List<StageOutcome<RawArticle>> outcomes = readAll(warc);

        assertThat(summary(outcomes)).containsExactly("rejected:MALFORMED_RECORD", "ok");
        assertThat(rejected(outcomes.get(0)).source()).isEqualTo(warc + "#1");
        assertThat(accepted(outcomes.get(1)).source()).isEqualTo(warc + "#2");
    }
}
