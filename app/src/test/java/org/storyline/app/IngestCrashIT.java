package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.Store;
import org.storyline.store.StoreException;
import org.storyline.store.StoreTable;
import org.storyline.store.Stores;
import org.storyline.testkit.SharedData;

/**
 * {@code storyline ingest} killed with SIGKILL mid-run and run again: a child JVM ingests the demo corpus's scraped
 * texts with the full NLP pipeline; this JVM reads the store while it runs (through H2's auto-server) and kills the
 * child once some articles are stored. The re-run (in this JVM) must leave a store equal, article by article and row
 * count by row count, to an uninterrupted ingest of the same inputs, with the full-text index in agreement, and
 * {@code storyline stories} must put the articles into the same stories as after the uninterrupted ingest (the
 * killed run placed some articles and not others; the re-run places what its saved engine state has not seen first).
 */
class IngestCrashIT {
    @TempDir
    Path dir;

    private static Map<StoreTable, Long> counts(Store store) {
        var counts = new EnumMap<StoreTable, Long>(StoreTable.class);
        for (StoreTable t : StoreTable.values()) {
            counts.put(t, store.count(t));
        }
        return counts;
    }

    @Test
    void aKilledIngestReRunLeavesWhatAnUninterruptedOneLeaves() throws Exception {
        Path corpus = SharedData.demoCorpus().resolve("txt");
        String knowledge = SharedData.repositoryRoot().resolve("demo/knowledge.json").toString();
        Path crashed = dir.resolve("crashed");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                StorylineCommand.class.getName(), "ingest", "--knowledge", knowledge, "--store", crashed.toString(),
                corpus.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long storedWhenKilled = 0;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(500);
                if (!Files.exists(crashed.resolve("storyline.mv.db"))) {
                    continue;
                }
                try (Store reader = Stores.embeddedReadOnly(crashed)) {
                    storedWhenKilled = reader.count(StoreTable.ARTICLES);
                } catch (StoreException e) {
                    continue; // the tables are being created
                }
                if (storedWhenKilled >= 2) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed with SIGKILL mid-run; child log:\n" + Files.readString(log))
                .isEqualTo(137);
        assertThat(storedWhenKilled).as("articles stored before the kill").isBetween(2L, 8L);

        Cli rerun = Cli.run("ingest", "--knowledge", knowledge, "--store", crashed.toString(), corpus.toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.err()).containsPattern("inputs already stored \\(skipped\\)");
        Path reference = dir.resolve("reference");
        Cli uninterrupted = Cli.run("ingest", "--knowledge", knowledge, "--store", reference.toString(),
                corpus.toString());
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();

        Cli crashedStories = Cli.run("stories", "--store", crashed.toString());
        Cli expectedStories = Cli.run("stories", "--store", reference.toString());
        assertThat(crashedStories.exitCode()).as(crashedStories.err()).isZero();
        assertThat(expectedStories.exitCode()).as(expectedStories.err()).isZero();
        var partition = StoryAssignments.partition(expectedStories.out());
        assertThat(partition.stream().mapToInt(java.util.Set::size).sum()).as("every article in one story")
                .isEqualTo(9);
        assertThat(StoryAssignments.partition(crashedStories.out())).as("article -> story, up to story ids")
                .isEqualTo(partition);

        try (Store after = Stores.embedded(crashed); Store expected = Stores.embedded(reference)) {
            List<String> ids = after.articleIds();
            assertThat(ids).hasSize(9);
            assertThat(new HashSet<>(ids)).hasSize(9).isEqualTo(new HashSet<>(expected.articleIds()));
            assertThat(counts(after)).isEqualTo(counts(expected));
            for (String id : ids) {
                assertThat(after.article(id)).as(id).isEqualTo(expected.article(id));
            }
            assertThat(after.check().problems()).isEmpty();
            assertThat(after.check().indexedPassages()).isEqualTo(expected.check().indexedPassages());
            assertThat(after.search("Kestria", 5)).isNotEmpty();
            assertThat(after.articlesWithoutStory()).isEmpty();
            assertThat(after.loadEngineState()).isNotEmpty();
        }
    }
}
