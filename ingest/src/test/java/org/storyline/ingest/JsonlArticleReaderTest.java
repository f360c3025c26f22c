package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.ingest.Fixtures.accepted;
import static org.storyline.ingest.Fixtures.readAll;
import static org.storyline.ingest.Fixtures.rejected;
import static org.storyline.ingest.Fixtures.sha256;
import static org.storyline.ingest.Fixtures.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

class JsonlArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void everyLineIsOneArticleWithHints() throws IOException {
        String second = "{\"html\": \"<p>Two</p>\", \"url\": \"https://x.example/2\", "
                + "\"published\": \"2024-03-05T23:30:00-05:00\", \"authors\": \"Solo Writer\"}";
        Path file = write("articles.jsonl", String.join("\n",
                "{\"id\": \"a-1\", \"text\": \"One.\\nBody.\", \"title\": \"One\", \"published\": \"2024-03-01\","
                        + " \"outlet\": \"Wire\", \"authors\": [\"A. Writer\", \"B. Writer\"]}",
                "",
                second + "\r",
                "   ",
                "{\"text\": \"Three\", \"published\": \"not a date\"}") + "\n");

        List<StageOutcome<RawArticle>> outcomes = readAll(file);

        assertThat(summary(outcomes)).containsExactly("ok", "ok", "ok");
        RawArticle one = accepted(outcomes.get(0));
        assertThat(one.id()).isEqualTo("a-1");
        assertThat(one.source()).isEqualTo(file + "#1");
        assertThat(one.format()).isEqualTo(InputFormat.TEXT);
        assertThat(new String(one.content(), UTF_8)).isEqualTo("One.\nBody.");
        assertThat(one.charset()).contains(UTF_8);
        assertThat(one.hints().title()).contains("One");
        assertThat(one.hints().published()).contains(LocalDate.of(2024, 3, 1));
        assertThat(one.hints().outlet()).contains("Wire");
        assertThat(one.hints().authors()).containsExactly("A. Writer", "B. Writer");

        RawArticle two = accepted(outcomes.get(1));
        assertThat(two.source()).isEqualTo(file + "#3");
        assertThat(two.format()).isEqualTo(InputFormat.HTML);
        assertThat(two.id()).as("hash of the line without its terminator").isEqualTo(sha256(second.getBytes(UTF_8)));
        assertThat(two.hints().url()).contains("https://x.example/2");
        assertThat(two.hints().published()).contains(LocalDate.of(2024, 3, 5));
        assertThat(two.hints().authors()).containsExactly("Solo Writer");

        RawArticle three = accepted(outcomes.get(2));
        assertThat(three.source()).isEqualTo(file + "#5");
        assertThat(three.hints().published()).isEmpty();
    }

    @Test
    void malformedLinesAreRejectedAndTheRestStillComesOut() throws IOException {
        Path file = write("mixed.jsonl", String.join("\n",
                "{\"text\": \"good one\"}",
                "{\"text\": \"unterminated",
                "[1, 2, 3]",
                "{\"title\": \"no body\"}",
                "{\"text\": 42}",
                "{\"text\": \"two\"} trailing",
                "{\"text\": \"good two\"}"));

        List<StageOutcome<RawArticle>> outcomes = readAll(file);

        assertThat(summary(outcomes)).containsExactly("ok", "rejected:MALFORMED_JSON", "rejected:MALFORMED_JSON",
                "rejected:MALFORMED_JSON", "rejected:MALFORMED_JSON", "rejected:MALFORMED_JSON", "ok");
        assertThat(rejected(outcomes.get(1)).source()).isEqualTo(file + "#2");
        assertThat(rejected(outcomes.get(1)).message()).startsWith(file + "#2: ");
        assertThat(new String(accepted(outcomes.get(6)).content(), UTF_8)).isEqualTo("good two");
        assertThat(accepted(outcomes.get(6)).source()).isEqualTo(file + "#7");
    }

    @Test
    void lineAboveTheLimitIsRejectedWithoutStoppingTheFile() throws IOException {
        Path file = write("long.jsonl", "{\"text\": \"" + "x".repeat(5000) + "\"}\n{\"text\": \"short\"}\n");

        List<StageOutcome<RawArticle>> outcomes = readAll(List.of(file),
                IngestOptions.DEFAULTS.withMaxRecordBytes(1000));

        assertThat(summary(outcomes)).containsExactly("rejected:TOO_LARGE", "ok");
        assertThat(accepted(outcomes.get(1)).source()).isEqualTo(file + "#2");
    }

    @Test
    void fileOfBlankLinesIsEmpty() throws IOException {
        Path file = write("blank.jsonl", "\n  \n\n");
        assertThat(summary(readAll(file))).containsExactly("rejected:EMPTY_INPUT");
    }

    @Test
    void sameLineGivesTheSameId() throws IOException {
        Path first = write("a.jsonl", "{\"text\": \"same\"}\n");
        Path second = write("b.jsonl", "{\"text\": \"same\"}");
        assertThat(accepted(readAll(first).get(0)).id()).isEqualTo(accepted(readAll(second).get(0)).id());
    }

    private Path write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, UTF_8);
        return path;
    }

    @Test
    void byteOrderMarkBeforeTheFirstLineIsAccepted() throws IOException {
        Path file = dir.resolve("bom.jsonl");
        Files.write(file, Fixtures.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"text\": \"first\"}\n".getBytes(UTF_8)));
        assertThat(new String(accepted(readAll(file).get(0)).content(), UTF_8)).isEqualTo("first");
    }
}
