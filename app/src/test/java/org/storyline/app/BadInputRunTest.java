package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.testkit.SharedData;

/**
 * The whole extract run over the bad-input corpus (the ingest module's committed cases, plus a deep and a huge input
 * made here, plus good articles before and after; the folder walk counts the PNG and PDF as skipped non-articles): the run finishes with exit code 0, every good article comes out,
 * every bad input is one rejected line naming it, and no stack trace is printed.
 */
class BadInputRunTest {
    @TempDir
    Path dir;

    @Test
    void runGoesOnAndLosesNothing() throws IOException {
        Path corpus = SharedData.repositoryRoot().resolve("ingest/src/test/resources/org/storyline/ingest/bad-input");
        Path deep = dir.resolve("deep.html");
        try (BufferedWriter w = Files.newBufferedWriter(deep)) {
            w.write("<html><body>");
            for (int i = 0; i < 100_000; i++) {
                w.write("<div>");
            }
            w.write("too deep to be an article");
        }
        Path huge = dir.resolve("huge.txt");
        try (BufferedWriter w = Files.newBufferedWriter(huge)) {
            String chunk = "word ".repeat(1000);
            for (int i = 0; i < 50 * 1024 * 1024 / chunk.length(); i++) {
                w.write(chunk);
            }
        }
        Path before = SharedData.demoCorpus().resolve("jsonl");
        Path after = SharedData.demoCorpus().resolve("txt");
        Path out = dir.resolve("out.jsonl");

        Cli run = Cli.run("extract", "--clean-only", "--out", out.toString(), before.toString(), corpus.toString(),
                deep.toString(), huge.toString(), after.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<JsonNode> lines = ExtractCommandTest.lines(out);
        long good = lines.stream().filter(l -> l.get("source").asText().contains("demo/corpus")).count();
        assertThat(good).isEqualTo(5 + 9);
        assertThat(lines).filteredOn(l -> l.get("source").asText().contains("demo/corpus"))
                .allSatisfy(l -> assertThat(l.get("status").asText()).isEqualTo("ok"));
        for (JsonNode l : lines) {
            if (l.get("status").asText().equals("rejected")) {
                String source = l.get("source").asText();
                String file = Path.of(source.replaceAll("#\\d+$", "")).getFileName().toString();
                assertThat(l.get("error").get("code").asText()).matches("[A-Z_]+");
                assertThat(l.get("error").get("message").asText()).as(source).contains(file);
                assertThat(l.get("id").asText()).isNotBlank();
            }
        }
        assertThat(codeOf(lines, "deep.html")).isEqualTo("TOO_DEEP");
        assertThat(codeOf(lines, "huge.txt")).isEqualTo("TOO_LARGE");
        assertThat(codeOf(lines, "empty.txt")).isEqualTo("EMPTY_INPUT");
        assertThat(codeOf(lines, "png-named.html")).isEqualTo("BINARY_INPUT");
        // inside a folder, files that are not articles by their type are counted, not rejected one by one
        assertThat(run.err()).contains("file:binary=");
        assertThat(codeOf(lines, "truncated.html.gz")).isEqualTo("TRUNCATED_INPUT");
        assertThat(codeOf(lines, "xxe.rss")).isEqualTo("FORBIDDEN_ENTITY");
        JsonNode cp1252 = lines.stream().filter(l -> l.get("source").asText().endsWith("windows-1252-no-charset.html"))
                .findFirst().orElseThrow();
        assertThat(cp1252.get("status").asText()).isEqualTo("ok");
        assertThat(cp1252.get("text").asText()).contains("\u201C").contains("\u201D").doesNotContain("\uFFFD");
        assertThat(lines).filteredOn(l -> l.get("source").asText().contains("mixed.jsonl#"))
                .extracting(l -> l.get("status").asText())
                .containsExactly("ok", "rejected", "ok", "rejected", "ok");
    }

    private static String codeOf(List<JsonNode> lines, String name) {
        return lines.stream().filter(l -> l.get("source").asText().endsWith(name)).findFirst()
                .map(l -> l.path("error").path("code").asText("ok")).orElseThrow();
    }
}
