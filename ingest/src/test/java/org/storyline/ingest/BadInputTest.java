package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.storyline.ingest.Fixtures.accepted;
import static org.storyline.ingest.Fixtures.rejected;
import static org.storyline.ingest.Fixtures.sha256;
import static org.storyline.ingest.Fixtures.summary;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.model.RawArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;

/**
 * The bad-input corpus: small hostile or broken files committed under {@code bad-input/}, and large ones generated
 * into a temporary folder. Every input must finish quickly without an exception, with its articles intact and its
 * problems reported as rejections that name the input.
 */
class BadInputTest {
    private static final String CORPUS = "/org/storyline/ingest/bad-input/";
    private static final String SECRET = "SECRET-MARKER-d41d8cd98f00";
    private static final Duration SAFETY_BOUND = Duration.ofSeconds(30);

    /** What each committed file must give: {@code ok} or {@code rejected:CODE} per outcome, in order. */
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("empty.txt", List.of("rejected:EMPTY_INPUT")),
            Map.entry("tiny.png", List.of("rejected:BINARY_INPUT")),
            Map.entry("png-named.html", List.of("rejected:BINARY_INPUT")),
            Map.entry("tiny.pdf", List.of("rejected:BINARY_INPUT")),
            Map.entry("nul-bytes.txt", List.of("rejected:BINARY_INPUT")),
            Map.entry("invalid-utf8.txt", List.of("ok")),
            Map.entry("windows-1252-no-charset.html", List.of("ok")),
            Map.entry("truncated.html.gz", List.of("rejected:TRUNCATED_INPUT")),
            Map.entry("truncated-record.warc", List.of("ok", "rejected:TRUNCATED_INPUT")),
            Map.entry("truncated-member.warc.gz", List.of("ok", "rejected:TRUNCATED_INPUT")),
            Map.entry("xxe.rss", List.of("rejected:FORBIDDEN_ENTITY")),
            Map.entry("billion-laughs.rss", List.of("rejected:FORBIDDEN_ENTITY")),
            Map.entry("mixed.jsonl", List.of("ok", "rejected:MALFORMED_JSON", "ok", "rejected:MALFORMED_JSON", "ok")),
            Map.entry("not-a-feed.xml", List.of("rejected:MALFORMED_FEED")),
            Map.entry("notes.md", List.of("rejected:UNSUPPORTED_FORMAT"))));

    @TempDir
    Path dir;

    static Stream<Arguments> corpus() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void committedCaseEndsAsExpected(String name, List<String> expected) throws IOException {
        Path input = copyOfFixture(name);

        List<StageOutcome<RawArticle>> outcomes = assertTimeoutPreemptively(SAFETY_BOUND,
                () -> Fixtures.readAll(input));

        assertThat(summary(outcomes)).isEqualTo(expected);
        assertWellFormed(outcomes, input);
        assertThat(outcomes.toString()).doesNotContain(SECRET);
        for (StageOutcome<RawArticle> outcome : outcomes) {
            if (outcome instanceof StageOutcome.Accepted<RawArticle> a) {
                assertThat(new String(a.value().content(), ISO_8859_1)).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void everyCommittedFileHasAnExpectation() throws IOException, URISyntaxException {
        Path folder = Path.of(BadInputTest.class.getResource(CORPUS).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        }
    }

    @Test
    void windows1252PageComesOutByteForByte() throws IOException {
        Path input = copyOfFixture("windows-1252-no-charset.html");
        RawArticle page = accepted(Fixtures.readAll(input).get(0));
        assertThat(page.content()).isEqualTo(Files.readAllBytes(input));
        assertThat(page.charset()).as("nothing declared: the clean stage detects it").isEmpty();
        assertThat(new String(page.content(), java.nio.charset.Charset.forName("windows-1252")))
                .contains("\u201cCaf\u00e9 society,\u201d she said \u2013 na\u00efve");
    }

    @Test
    void goodJsonLinesComeOutWithTheirText() throws IOException {
        Path input = copyOfFixture("mixed.jsonl");
        List<StageOutcome<RawArticle>> outcomes = Fixtures.readAll(input);
        assertThat(outcomes.stream().filter(o -> o instanceof StageOutcome.Accepted<RawArticle>)
                .map(o -> new String(accepted(o).content(), UTF_8)))
                .containsExactly("First good line.", "Second good line.", "<p>Third good line.</p>");
        assertThat(outcomes.stream().map(o -> o instanceof StageOutcome.Accepted<RawArticle> a
                ? a.value().source() : rejected(o).source()))
                .containsExactly(input + "#1", input + "#2", input + "#3", input + "#4", input + "#6");
        assertThat(accepted(outcomes.get(0)).id()).isEqualTo("good-1");
    }

    @Test
    void truncatedWarcKeepsTheRecordBeforeTheCut() throws IOException {
        Path input = copyOfFixture("truncated-record.warc");
        List<StageOutcome<RawArticle>> outcomes = Fixtures.readAll(input);
        assertThat(accepted(outcomes.get(0)).source()).isEqualTo(input + "#1");
        Rejection cut = rejected(outcomes.get(1));
        assertThat(cut.source()).isEqualTo(input + "#2");
        assertThat(cut.message()).contains(input + "#2").contains("re-download");
    }

    @Test
    void warcWithAHundredMegabyteRecordSkipsItAndKeepsTheNextRecord() throws IOException {
        Path warc = dir.resolve("huge.warc.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(
                new BufferedOutputStream(Files.newOutputStream(warc)), 64 * 1024)) {
            Fixtures.writeLargeResponse(out, "https://news.example/huge", 100L * 1024 * 1024);
        }
        byte[] small = Fixtures.gzip(Fixtures.response("https://news.example/small",
                Fixtures.htmlResponse("<html><body><p>Small and fine.</p></body></html>")));
        Files.write(warc, small, java.nio.file.StandardOpenOption.APPEND);

        List<StageOutcome<RawArticle>> outcomes = assertTimeoutPreemptively(SAFETY_BOUND,
                () -> Fixtures.readAll(warc));

        assertThat(summary(outcomes)).containsExactly("rejected:TOO_LARGE", "ok");
        assertThat(rejected(outcomes.get(0)).source()).isEqualTo(warc + "#1");
        assertThat(accepted(outcomes.get(1)).source()).isEqualTo(warc + "#2");
        assertThat(accepted(outcomes.get(1)).hints().url()).contains("https://news.example/small");
        assertWellFormed(outcomes, warc);
    }

    @Test
    void htmlNestedAHundredThousandLevelsDeepIsReadQuickly() throws IOException {
        Path page = dir.resolve("deep.html");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(page))) {
            out.write("<html><body>".getBytes(UTF_8));
            byte[] open = "<div>".getBytes(UTF_8);
            byte[] close = "</div>".getBytes(UTF_8);
            for (int i = 0; i < 100_000; i++) {
                out.write(open);
            }
            out.write("deep".getBytes(UTF_8));
            for (int i = 0; i < 100_000; i++) {
                out.write(close);
            }
            out.write("</body></html>".getBytes(UTF_8));
        }

        List<StageOutcome<RawArticle>> outcomes = assertTimeoutPreemptively(SAFETY_BOUND,
                () -> Fixtures.readAll(page));

        assertThat(summary(outcomes)).containsExactly("ok");
        assertThat(accepted(outcomes.get(0)).id()).isEqualTo(sha256(Files.readAllBytes(page)));
    }

    @Test
    void fiftyMegabyteSingleLineTextIsRejectedAtTheDefaultLimitAndReadAboveIt() throws IOException {
        Path text = dir.resolve("one-line.txt");
        writeSingleLine(text, "", 50L * 1024 * 1024, "");

        List<StageOutcome<RawArticle>> atDefault = assertTimeoutPreemptively(SAFETY_BOUND,
                () -> Fixtures.readAll(text));
        assertThat(summary(atDefault)).containsExactly("rejected:TOO_LARGE");
        assertWellFormed(atDefault, text);

        List<StageOutcome<RawArticle>> raised = assertTimeoutPreemptively(SAFETY_BOUND,
                () -> Fixtures.readAll(List.of(text), IngestOptions.DEFAULTS.withMaxRecordBytes(64L * 1024 * 1024)));
        assertThat(summary(raised)).containsExactly("ok");
        assertThat(accepted(raised.get(0)).content()).hasSize(50 * 1024 * 1024);
    }

    @Test
    void fiftyMegabyteJsonLineIsRejectedAndTheNextLineStillComesOut() throws IOException {
        Path jsonl = dir.resolve("long.jsonl");
        writeSingleLine(jsonl, "{\"text\": \"", 50L * 1024 * 1024, "\"}\n{\"text\": \"after\"}\n");

        List<StageOutcome<RawArticle>> outcomes = assertTimeoutPreemptively(SAFETY_BOUND,
                () -> Fixtures.readAll(jsonl));

        assertThat(summary(outcomes)).containsExactly("rejected:TOO_LARGE", "ok");
        assertThat(new String(accepted(outcomes.get(1)).content(), UTF_8)).isEqualTo("after");
        assertThat(accepted(outcomes.get(1)).source()).isEqualTo(jsonl + "#2");
    }

    /** Every rejection names its input, starts its message with its source and ends with the code's hint. */
    private static void assertWellFormed(List<StageOutcome<RawArticle>> outcomes, Path input) {
        for (StageOutcome<RawArticle> outcome : outcomes) {
            if (outcome instanceof StageOutcome.Rejected<RawArticle> r) {
                Rejection rejection = r.rejection();
                assertThat(rejection.source()).startsWith(input.toString());
                assertThat(rejection.message()).startsWith(rejection.source() + ": ")
                        .endsWith(rejection.code().hint());
                assertThat(rejection.stage()).isEqualTo(ArticleReaders.STAGE);
                assertThat(rejection.articleId()).matches("[0-9a-f]{64}");
            } else {
                assertThat(accepted(outcome).source()).startsWith(input.toString());
            }
        }
    }

    private Path copyOfFixture(String name) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        byte[] bytes;
        try (InputStream in = BadInputTest.class.getResourceAsStream(CORPUS + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing fixture " + CORPUS + name));
            }
            bytes = in.readAllBytes();
        }
        if (name.equals("xxe.rss")) {
            bytes = new String(bytes, UTF_8).replace("SECRET_FILE_URI", secret.toUri().toString()).getBytes(UTF_8);
        }
        Path copy = dir.resolve(name);
        Files.write(copy, bytes);
        return copy;
    }

    private static void writeSingleLine(Path path, String head, long fillerBytes, String tail) throws IOException {
        byte[] filler = new byte[1024 * 1024];
        Arrays.fill(filler, (byte) 'x');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
            out.write(head.getBytes(UTF_8));
            for (long left = fillerBytes; left > 0; left -= filler.length) {
                out.write(filler, 0, (int) Math.min(filler.length, left));
            }
            out.write(tail.getBytes(UTF_8));
        }
    }
}
