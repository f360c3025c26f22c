package org.storyline.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.Store;
import org.storyline.store.Stores;
import org.storyline.store.TestArticles;

/** The H2 file is compacted when its only writer closes it with most of it superseded, and only then. */
class EmbeddedStoreCompactionTest {
    @TempDir
    Path dir;

    /** A file mostly of superseded pages: a 1 MB engine state replaced 40 times, then a few articles. */
    private static byte[] churn(Store store) {
        byte[] state = new byte[1 << 20];
        for (int i = 0; i < 40; i++) {
            new Random(i).nextBytes(state);
            store.saveEngineState(state, true);
        }
        for (int i = 0; i < 20; i++) {
            store.add(TestArticles.accepted("a-" + i, i));
        }
        return state;
    }

    private Path file() {
        return dir.resolve("data").resolve(EmbeddedStore.DATABASE + ".mv.db");
    }

    @Test
    void theOnlyWriterClosingASparseFileCompactsItAndLosesNothing() throws Exception {
        byte[] last;
        long before;
        try (Store store = Stores.embedded(dir.resolve("data"))) {
            last = churn(store);
            ((EmbeddedStore) store).compactFromBytes = 0;
            before = Files.size(file());
        }
        long after = Files.size(file());
        assertThat(before).as("40 MB of replaced state").isGreaterThan(20L << 20);
        assertThat(after).as("compacted from %d bytes", before).isLessThan(before / 4);
        try (Store store = Stores.embeddedReadOnly(dir.resolve("data"))) {
            assertThat(store.articleIds()).hasSize(20).contains("a-0", "a-19");
            assertThat(store.loadEngineState()).containsExactly(last);
            assertThat(store.check().problems()).isEmpty();
        }
    }

    @Test
    void aFileAnotherSessionStillUsesIsLeftAsItIs() {
        try (Store reader = createAndKeepReading()) {
            assertThat(reader.articleIds()).as("the reader goes on after the writer closed").hasSize(20);
        }
    }

    private Store createAndKeepReading() {
        Store writer = Stores.embedded(dir.resolve("data"));
        churn(writer);
        ((EmbeddedStore) writer).compactFromBytes = 0;
        Store reader = Stores.embeddedReadOnly(dir.resolve("data"));
        assertThat(reader.articleIds()).hasSize(20);
        long size = sizeOf(file());
        writer.close();
        assertThat(sizeOf(file())).as("not compacted while a reader is connected (was %d bytes)", size)
                .isGreaterThan(size * 9 / 10);
        return reader;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
