package org.storyline.store;

import java.nio.file.Path;
import org.storyline.store.internal.EmbeddedStore;
import org.storyline.store.internal.PostgresStore;

/**
 * Opens stores. The embedded store is a directory (H2 database files plus a Lucene index); the PostgreSQL store is a
 * database given by its JDBC URL (full-text search by PostgreSQL itself).
 *
 * <pre>{@code
 * Store local = Stores.embedded(Path.of("storyline-data"));
 * Store team = Stores.postgres("jdbc:postgresql://db.example/storyline?user=storyline&password=...");
 * Store reader = Stores.embeddedReadOnly(Path.of("storyline-data")); // while another process ingests
 * }</pre>
 */
public final class Stores {
    /** The default directory of the embedded store, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("storyline-data");

    private Stores() {}

    /** Opens (creating if needed) the embedded store in {@code directory}. */
    public static Store embedded(Path directory) {
        return EmbeddedStore.open(directory, false);
    }

    /**
     * Opens an existing embedded store for reading, also while another process writes to it; writes through it are
     * refused.
     */
    public static Store embeddedReadOnly(Path directory) {
        return EmbeddedStore.open(directory, true);
    }

    /** Opens (creating the tables if needed) the store in the PostgreSQL database at {@code jdbcUrl}. */
    public static Store postgres(String jdbcUrl) {
        return PostgresStore.open(jdbcUrl);
    }
}
