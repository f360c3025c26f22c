package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code demo} refuse what they must refuse, before any server starts or store is touched. */
class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void serveWithoutAStoreSaysHowToMakeOne() {
        Cli run = Cli.run("serve", "--store", temp.resolve("missing").toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no store in").contains("storyline ingest").contains("storyline demo");
        assertThat(temp.resolve("missing")).doesNotExist();
    }

    @Test
    void serveRefusesABadPortAndAMissingKnowledgeFile() throws Exception {
        Path store = temp.resolve("store");
        assertThat(Cli.run("ingest", "--clean-only", "--store", store.toString(),
                Path.of(System.getProperty("storyline.root", "..")).resolve("demo/corpus/txt").toString()).exitCode())
                .isZero();
        Cli port = Cli.run("serve", "--store", store.toString(), "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("port must be 0..65535");
        Cli knowledge = Cli.run("serve", "--store", store.toString(), "--knowledge", temp.resolve("no.json").toString());
        assertThat(knowledge.exitCode()).isEqualTo(2);
        assertThat(knowledge.err()).contains("file not found");
    }

    @Test
    void theDemoReplacesOnlyADirectoryItMarkedAsItsOwn() throws Exception {
        Path mine = temp.resolve("demo");
        DemoCommand.freshDirectory(mine);
        assertThat(mine.resolve(DemoCommand.MARK)).exists();
        Files.writeString(mine.resolve("storyline.mv.db"), "old demo store");
        DemoCommand.freshDirectory(mine);
        assertThat(mine.resolve("storyline.mv.db")).doesNotExist();
        assertThat(mine.resolve(DemoCommand.MARK)).exists();

        Path precious = temp.resolve("real-store");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("storyline.mv.db"), "someone's store");
        Cli run = Cli.run("demo", "--dir", precious.toString(), "--no-serve");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a demo store");
        assertThat(precious.resolve("storyline.mv.db")).hasContent("someone's store");
    }
}
