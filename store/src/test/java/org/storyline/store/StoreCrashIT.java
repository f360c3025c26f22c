package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the embedded store: a child JVM adds articles and is killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux) twice, at different points; meanwhile this JVM reads the store
 * through H2's auto-server. Afterwards every article the child reported as stored is there, the store opens, the
 * full-text index agrees with the tables, and adding everything again leaves exactly one copy of each article.
 */
class StoreCrashIT {
    private static final int ARTICLES = 800;

    @TempDir
    Path dir;

    @Test
    void killedWritersLoseNothingTheyReportedAndDuplicateNothing() throws Exception {
        Path data = dir.resolve("data");
        Set<String> acknowledged = new HashSet<>();
        for (int round = 1; round <= 2; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    data.toString(), Integer.toString(ARTICLES))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread pump = new Thread(() -> {
                try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    // the child was killed
                }
            }, "crash-writer-stdout");
            pump.start();
            int seen = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (seen < 150 * round && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith("stored ")) {
                    acknowledged.add(line.substring(7));
                    seen++;
                }
                assertThat(line).as("the child finished before it was killed").isNotEqualTo("done");
            }
            assertThat(seen).as("articles stored by the child in round " + round).isGreaterThanOrEqualTo(150 * round);
            // a reader in another process while the writer runs
            try (Store reader = Stores.embeddedReadOnly(data)) {
                assertThat(reader.articleIds()).hasSizeGreaterThanOrEqualTo(seen);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            pump.join(10_000);
            for (String line : lines) {
                if (line.startsWith("stored ")) {
                    acknowledged.add(line.substring(7));
                }
            }
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }

        try (Store store = Stores.embedded(data)) {
            List<String> ids = store.articleIds();
            assertThat(ids).containsAll(acknowledged);
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            assertThat(store.check().problems()).as("index repaired on open").isEmpty();
            var added = new ArrayList<String>();
            for (int i = 0; i < ARTICLES; i++) {
                String id = String.format("a-%05d", i);
                if (store.add(TestArticles.accepted(id, i)) == ArticleStore.Added.ARTICLE) {
                    added.add(id);
                }
            }
            assertThat(added).doesNotContainAnyElementsOf(acknowledged);
            assertThat(store.count(StoreTable.ARTICLES)).isEqualTo(ARTICLES);
            assertThat(store.count(StoreTable.ENTITIES)).isEqualTo(2L * ARTICLES);
            assertThat(store.count(StoreTable.ACTORS)).isEqualTo(2L * ARTICLES);
            assertThat(store.count(StoreTable.QUOTES)).isEqualTo(ARTICLES);
            assertThat(store.count(StoreTable.DATES)).isEqualTo(ARTICLES);
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(ARTICLES);
            assertThat(store.count(StoreTable.EVENT_ARGUMENTS)).isEqualTo(2L * ARTICLES);
            StoreCheck check = store.check();
            assertThat(check.problems()).isEmpty();
            assertThat(check.indexedPassages()).containsEntry(SearchHit.Kind.ARTICLE, (long) ARTICLES);
            assertThat(store.search("\"convoy 734\"", 5)).extracting(SearchHit::articleId).contains("a-00734");
        }
    }
}
