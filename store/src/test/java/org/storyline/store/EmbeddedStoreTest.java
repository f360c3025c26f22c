package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store (H2 and Lucene in a directory) against the store contract, plus its read-only mode. */
class EmbeddedStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    Store newStore() {
        return Stores.embedded(dir.resolve("data"));
    }

    @Override
    Store reopen() {
        return Stores.embedded(dir.resolve("data"));
    }

    @Override
    void poisonActorName(String name) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/storyline")
                + ";AUTO_SERVER=TRUE"); var s = c.createStatement()) {
            s.execute("ALTER TABLE actors ADD CONSTRAINT poison CHECK (name <> '" + name + "')");
        }
    }

    @Test
    void aReadOnlyStoreReadsWhileTheWriterIsOpenAndRefusesWrites() {
        try (Store writer = newStore()) {
            writer.add(TestArticles.accepted("a-1", 1));
            try (Store reader = Stores.embeddedReadOnly(dir.resolve("data"))) {
                assertThat(reader.articleIds()).containsExactly("a-1");
                writer.add(TestArticles.accepted("a-2", 2));
                // tables: at once
                assertThat(reader.articleIds()).containsExactly("a-1", "a-2");
                assertThatThrownBy(() -> reader.add(TestArticles.accepted("a-3", 3)))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
            }
            // the index: after the writer commits it
            ((org.storyline.store.internal.EmbeddedStore) writer).commitIndex();
            try (Store reader = Stores.embeddedReadOnly(dir.resolve("data"))) {
                assertThat(reader.search("convoy 2", 5)).isNotEmpty();
            }
        }
    }

    @Test
    void aNewStoreDirectoryIsReadableByItsOwnerOnly() throws Exception {
        try (Store store = newStore()) {
            assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("data")))
                    .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        }
    }

    @Test
    void aReadOnlyStoreNeedsAnExistingStore() {
        assertThatThrownBy(() -> Stores.embeddedReadOnly(dir.resolve("nothing-here")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store in")
                .hasMessageContaining("storyline ingest");
    }
}
