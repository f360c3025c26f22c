package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.testkit.SharedData;

/** {@code storyline extract --clean-only} end to end on the built-in demo corpus: the contract's shape and order. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<JsonNode> lines(Path file) throws IOException {
        var out = new ArrayList<JsonNode>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void demoCorpusComesOutWholeInContractShape() throws IOException {
        Path out = dir.resolve("articles.jsonl");
        Cli run = Cli.run("extract", "--clean-only", "--out", out.toString(), SharedData.demoCorpus().toString());

        assertThat(run.exitCode()).isZero();
        List<JsonNode> articles = lines(out);
        assertThat(articles).hasSize(39);
        for (JsonNode a : articles) {
            assertThat(a.get("status").asText()).as(a.get("source").asText()).isEqualTo("ok");
            List<String> fields = new ArrayList<>();
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                fields.add(it.next());
            }
            assertThat(fields).containsExactly("id", "source", "status", "title", "published", "outlet", "authors",
                    "language", "url", "text");
            assertThat(a.get("id").asText()).matches("[0-9a-f]{64}|[A-Za-z0-9._:-]+");
            assertThat(a.get("text").asText()).doesNotContain("\u00A0").doesNotContain("\n\n\n");
            assertThat(a.get("language").asText()).isEqualTo("en");
            if (!a.get("published").isNull()) {
                assertThat(a.get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
        assertThat(run.err()).contains("ingest  in 39, accepted 39, rejected 0")
                .contains("skipped records that are not articles")
                .doesNotContain("Exception");
    }

    @Test
    void threadsDoNotChangeTheOutputAndIdsAreStable() throws IOException {
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        String corpus = SharedData.demoCorpus().toString();
        assertThat(Cli.run("extract", "--clean-only", "--out", one.toString(), corpus).exitCode()).isZero();
        assertThat(Cli.run("extract", "--clean-only", "--threads", "2", "--out", two.toString(), corpus).exitCode())
                .isZero();
        assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
    }

    @Test
    void missingInputPathIsAUserErrorNotAStackTrace() {
        Cli run = Cli.run("extract", "--clean-only", dir.resolve("no-such-folder").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory").doesNotContain("\tat ");
    }

    @Test
    void aMissingKnowledgeFileIsAUserError() {
        Cli run = Cli.run("extract", "--knowledge", dir.resolve("none.json").toString(),
                SharedData.demoCorpus().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("knowledge file not found");
    }

    @Test
    void benchExtractRefusesBadCountsBeforeLoadingTheNlpPipeline() {
        String corpus = SharedData.demoCorpus().toString();
        Cli threads = Cli.run("bench", "extract", "--threads", "0", corpus);
        assertThat(threads.exitCode()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads must be at least 1").doesNotContain("pipeline loaded");
        Cli passes = Cli.run("bench", "extract", "--passes", "0", corpus);
        assertThat(passes.exitCode()).isEqualTo(2);
        assertThat(passes.err()).contains("--passes at least 1").doesNotContain("pipeline loaded");
    }

    @Test
    void unwritableOutputIsAUserError() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli run = Cli.run("extract", "--clean-only", "--out", file.resolve("sub/out.jsonl").toString(),
                SharedData.demoCorpus().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write output file");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"extract", "--help"}, {"eval", "--help"},
                {"eval", "clean", "--help"}, {"eval", "quotes", "--help"}, {"bench", "--help"},
                {"bench", "clean", "--help"}, {"bench", "extract", "--help"}, {"bench", "make-warc", "--help"}}) {
            Cli run = Cli.run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage:");
        }
    }
}
