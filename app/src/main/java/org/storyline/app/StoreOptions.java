package org.storyline.app;

import java.nio.file.Path;
import org.storyline.store.Store;
import org.storyline.store.StoreException;
import org.storyline.store.Stores;
import picocli.CommandLine.Option;

/** Which store a command works on: the embedded one in a directory, or a PostgreSQL database. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "The embedded store's directory (default: ./storyline-data).")
    Path directory;

    @Option(names = "--postgres", paramLabel = "JDBC_URL",
            description = "Use the store in this PostgreSQL database instead, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/storyline?user=storyline&password=...")
    String postgres;

    /** Opens the store for writing (creating it if needed), or says why not (exit 2). */
    Store openForWriting() {
        return open(false);
    }

    /** Opens an existing store for reading; works while another process writes to it. */
    Store openForReading() {
        return open(true);
    }

    private Store open(boolean readOnly) {
        if (directory != null && postgres != null) {
            throw new StorylineCommand.UserException("give --store or --postgres, not both");
        }
        try {
            if (postgres != null) {
                return Stores.postgres(postgres);
            }
            Path dir = directory == null ? Stores.DEFAULT_DIRECTORY : directory;
            return readOnly ? Stores.embeddedReadOnly(dir) : Stores.embedded(dir);
        } catch (StoreException e) {
            throw new StorylineCommand.UserException(e.getMessage(), e);
        }
    }
}
