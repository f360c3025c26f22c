package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.accepted;
import static org.storyline.ingest.Fixtures.concat;
import static org.storyline.ingest.Fixtures.drain;
import static org.storyline.ingest.Fixtures.gzip;
import static org.storyline.ingest.Fixtures.htmlResponse;
import static org.storyline.ingest.Fixtures.rejected;
import static org.storyline.ingest.Fixtures.response;
import static org.storyline.ingest.Fixtures.summary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.ErrorCode;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

/** Files of another file system (HDFS, S3A in the Spark job) read by the same readers, named by their URIs. */
class InputFileTest {
    private static InputFile inMemory(String name, byte[] bytes) {
        return new InputFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }

    @Test
    void warcJsonlAndHtmlFromAnotherFileSystemAreReadLikeLocalFiles() throws IOException {
        byte[] warc = gzip(concat(response("https://example.org/a", htmlResponse("<p>One</p>")),
                response("https://example.org/b", htmlResponse("<p>Two</p>"))));
        List<InputFile> files = List.of(
                inMemory("s3a://bucket/crawl/part-1.warc.gz", warc),
                inMemory("s3a://bucket/feed/items.jsonl", "{\"id\": \"x1\", \"text\": \"Body.\"}\n{bad\n"
                        .getBytes(UTF_8)),
                inMemory("hdfs://nn/pages/page.html", "<html><body><p>Page</p></body></html>".getBytes(UTF_8)),
                inMemory("hdfs://nn/pages/empty.html", new byte[0]));

        List<StageOutcome<RawArticle>> outcomes;
        try (ArticleReader reader = ArticleReaders.open(files, false, IngestOptions.DEFAULTS)) {
            outcomes = drain(reader);
        }

        assertThat(summary(outcomes)).hasSize(6);
        assertThat(accepted(outcomes.get(0)).source()).isEqualTo("s3a://bucket/crawl/part-1.warc.gz#1");
        assertThat(accepted(outcomes.get(1)).hints().url()).contains("https://example.org/b");
        assertThat(accepted(outcomes.get(2)).id()).isEqualTo("x1");
        assertThat(rejected(outcomes.get(3)).source()).isEqualTo("s3a://bucket/feed/items.jsonl#2");
        assertThat(accepted(outcomes.get(4)).source()).isEqualTo("hdfs://nn/pages/page.html");
        assertThat(rejected(outcomes.get(5)).code()).isEqualTo(ErrorCode.EMPTY_INPUT);
    }

    @Test
    void aFileOfUnknownTypeIsSkippedWhenWalkedAndRejectedWhenNamed() throws IOException {
        InputFile unknown = inMemory("s3a://bucket/notes.bin", new byte[] {0, 1, 2, 3, 0, 0, 0, 9});
        try (ArticleReader walked = ArticleReaders.open(List.of(unknown), false, IngestOptions.DEFAULTS)) {
            assertThat(drain(walked)).isEmpty();
        }
        try (ArticleReader named = ArticleReaders.open(List.of(unknown), true, IngestOptions.DEFAULTS)) {
            assertThat(drain(named)).singleElement().satisfies(o -> assertThat(rejected(o).source())
                    .isEqualTo("s3a://bucket/notes.bin"));
        }
    }
}
