package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The errors of {@code storyline eval events} that stop it before any article is extracted. */
class EvalEventsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingGoldFileIsAUserError() {
        Cli run = Cli.run("eval", "events", "--gold", dir.resolve("none.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gold file not found").doesNotContain("\tat ");
    }

    @Test
    void aMalformedGoldFileNamesTheLine() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"text\": \"One.\", \"expected\": []}\n{\"id\": \"b\"}\n");
        Cli run = Cli.run("eval", "events", "--gold", gold.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gold.jsonl:2").contains("no \"text\"").doesNotContain("\tat ");
    }
}
