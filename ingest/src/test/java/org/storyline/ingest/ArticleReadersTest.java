package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.storyline.ingest.Fixtures.accepted;
import static org.storyline.ingest.Fixtures.concat;
import static org.storyline.ingest.Fixtures.gzip;
import static org.storyline.ingest.Fixtures.htmlResponse;
import static org.storyline.ingest.Fixtures.readAll;
import static org.storyline.ingest.Fixtures.rejected;
import static org.storyline.ingest.Fixtures.response;
import static org.storyline.ingest.Fixtures.sha256;
import static org.storyline.ingest.Fixtures.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

class ArticleReadersTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @TempDir
    Path dir;

    @Test
    void textAndHtmlFilesAreOneArticleEach() throws IOException {
        Path text = write("story.txt", "Headline\n\nBody text.".getBytes(UTF_8));
        Path html = write("page.html", "<html><body><p>Page</p></body></html>".getBytes(UTF_8));
        Path gz = write("page.html.gz", gzip("<html><body><p>Zipped</p></body></html>".getBytes(UTF_8)));

        List<StageOutcome<RawArticle>> outcomes = readAll(List.of(text, html, gz), IngestOptions.DEFAULTS);

        assertThat(summary(outcomes)).containsExactly("ok", "ok", "ok");
        RawArticle story = accepted(outcomes.get(0));
        assertThat(story.format()).isEqualTo(InputFormat.TEXT);
        assertThat(story.source()).isEqualTo(text.toString());
        assertThat(story.id()).isEqualTo(sha256("Headline\n\nBody text.".getBytes(UTF_8)));
        assertThat(story.charset()).isEmpty();
        assertThat(accepted(outcomes.get(1)).format()).isEqualTo(InputFormat.HTML);
        RawArticle zipped = accepted(outcomes.get(2));
        assertThat(new String(zipped.content(), UTF_8)).isEqualTo("<html><body><p>Zipped</p></body></html>");
        assertThat(zipped.id()).as("hash of the decompressed bytes")
                .isEqualTo(sha256("<html><body><p>Zipped</p></body></html>".getBytes(UTF_8)));
    }

    @Test
    void directoryIsWalkedRecursivelyInSortedOrderSkippingHiddenAndUnknownFiles() throws IOException {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        write("corpus/b.txt", "b".getBytes(UTF_8));
        write("corpus/a/z.html", "<p>z</p>".getBytes(UTF_8));
        write("corpus/a/y.jsonl", "{\"text\": \"y1\"}\n{\"text\": \"y2\"}\n".getBytes(UTF_8));
        write("corpus/.hidden.txt", "h".getBytes(UTF_8));
        write("corpus/.git/config.txt", "h".getBytes(UTF_8));
        write("corpus/notes.md", "# notes".getBytes(UTF_8));
        write("corpus/logo.png", PNG);
        write("corpus/c-no-extension", "<!DOCTYPE html><p>sniffed</p>".getBytes(UTF_8));

        try (ArticleReader reader = ArticleReaders.open(root, IngestOptions.DEFAULTS)) {
            List<StageOutcome<RawArticle>> outcomes = Fixtures.drain(reader);

            assertThat(outcomes.stream().map(o -> accepted(o).source()).toList()).containsExactly(
                    root.resolve("a/y.jsonl") + "#1", root.resolve("a/y.jsonl") + "#2",
                    root.resolve("a/z.html").toString(), root.resolve("b.txt").toString(),
                    root.resolve("c-no-extension").toString());
            assertThat(reader.stats().skipped()).containsExactly(Map.entry("file:binary", 1L),
                    Map.entry("file:hidden", 2L), Map.entry("file:unknown-type", 1L));
        }
    }

    @Test
    void explicitFilesOfUnknownOrBinaryTypeAreRejected() throws IOException {
        Path png = write("logo.png", PNG);
        Path pngAsHtml = write("logo.html", PNG);
        Path markdown = write("notes.md", "# notes".getBytes(UTF_8));
        Path missing = dir.resolve("missing.txt");

        List<StageOutcome<RawArticle>> outcomes = readAll(List.of(png, pngAsHtml, markdown, missing),
                IngestOptions.DEFAULTS);

        assertThat(summary(outcomes)).containsExactly("rejected:BINARY_INPUT", "rejected:BINARY_INPUT",
                "rejected:UNSUPPORTED_FORMAT", "rejected:IO_ERROR");
        assertThat(rejected(outcomes.get(2)).message()).startsWith(markdown + ": ")
                .endsWith(ErrorCode.UNSUPPORTED_FORMAT.hint());
        assertThat(rejected(outcomes.get(3)).source()).isEqualTo(missing.toString());
    }

    @Test
    void formatIsSniffedWhenTheNameSaysNothing() throws IOException {
        Path warc = write("crawl.bin", gzip(response("https://x.example/", htmlResponse("<p>warc</p>"))));
        Path jsonl = write("export", "{\"text\": \"json\"}\n".getBytes(UTF_8));
        Path feed = write("feed", FeedArticleReaderTest.RSS.getBytes(UTF_8));

        List<StageOutcome<RawArticle>> outcomes = readAll(List.of(warc, jsonl, feed), IngestOptions.DEFAULTS);

        assertThat(outcomes.subList(0, 4).stream().map(o -> accepted(o).source()).toList())
                .containsExactly(warc + "#1", jsonl + "#1", feed + "#1", feed + "#2");
    }

    @Test
    void inputsAreReadInTheOrderGiven() throws IOException {
        Path b = write("b.txt", "b".getBytes(UTF_8));
        Path a = write("a.txt", "a".getBytes(UTF_8));
        assertThat(readAll(List.of(b, a), IngestOptions.DEFAULTS).stream().map(o -> accepted(o).source()).toList())
                .containsExactly(b.toString(), a.toString());
    }

    @Test
    void fileAboveTheLimitIsRejected() throws IOException {
        Path big = write("big.txt", "x".repeat(2000).getBytes(UTF_8));
        Path small = write("small.txt", "y".getBytes(UTF_8));
        assertThat(summary(readAll(List.of(big, small), IngestOptions.DEFAULTS.withMaxRecordBytes(1000))))
                .containsExactly("rejected:TOO_LARGE", "ok");
    }

    @Test
    void optionsRejectNonsense() {
        assertThatThrownBy(() -> new IngestOptions(0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThat(IngestOptions.DEFAULTS.maxRecordBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(IngestOptions.DEFAULTS.followSymlinks()).isFalse();
    }

    @Test
    void concatenatedWarcsAreReadLikeOne() throws IOException {
        Path warc = write("two.warc", concat(response("https://x.example/1", htmlResponse("<p>1</p>")),
                response("https://x.example/2", htmlResponse("<p>2</p>"))));
        assertThat(summary(readAll(warc))).containsExactly("ok", "ok");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return path;
    }

    @Test
    void symbolicLinksInADirectoryAreSkippedUnlessFollowed() throws IOException {
        Path outside = write("outside/linked.txt", "linked".getBytes(UTF_8));
        Path root = Files.createDirectories(dir.resolve("walked"));
        write("walked/own.txt", "own".getBytes(UTF_8));
        Files.createSymbolicLink(root.resolve("link.txt"), outside);
        Files.createSymbolicLink(root.resolve("loop"), root);

        try (ArticleReader reader = ArticleReaders.open(root, IngestOptions.DEFAULTS)) {
            assertThat(summary(Fixtures.drain(reader))).containsExactly("ok");
            assertThat(reader.stats().skipped()).containsEntry("file:symlink", 2L);
        }
        try (ArticleReader reader = ArticleReaders.open(root, IngestOptions.DEFAULTS.withFollowSymlinks(true))) {
            List<StageOutcome<RawArticle>> outcomes = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> Fixtures.drain(reader));
            assertThat(outcomes.stream().map(o -> accepted(o).source()).toList())
                    .containsExactly(root.resolve("link.txt").toString(), root.resolve("own.txt").toString());
            assertThat(reader.stats().skipped()).containsEntry("file:symlink-loop", 1L);
        }
    }

    @Test
    void explicitlyNamedSymbolicLinkIsRead() throws IOException {
        Path target = write("target.txt", "t".getBytes(UTF_8));
        Path link = Files.createSymbolicLink(dir.resolve("named-link.txt"), target);
        assertThat(accepted(readAll(link).get(0)).source()).isEqualTo(link.toString());
    }

    @Test
    void rejectionsOfInputsWithNothingReadStillGetDistinctIds() throws IOException {
        Path one = write("one.txt", new byte[0]);
        Path two = write("two.html", new byte[0]);
        List<StageOutcome<RawArticle>> outcomes = readAll(List.of(one, two), IngestOptions.DEFAULTS);
        assertThat(summary(outcomes)).containsExactly("rejected:EMPTY_INPUT", "rejected:EMPTY_INPUT");
        assertThat(rejected(outcomes.get(0)).articleId()).isNotEqualTo(rejected(outcomes.get(1)).articleId())
                .isEqualTo(sha256(one.toString().getBytes(UTF_8)));
    }
}
