package org.storyline.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.AnnotatedArticle;
import org.storyline.store.SearchHit;
import org.storyline.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: a directory holding an H2 database ({@code storyline.mv.db}) and a Lucene index
 * ({@code index/}).
 *
 * <p>Design decisions:
 * <ul>
 * <li>H2 opens with {@code AUTO_SERVER=TRUE}: the first process to open the database serves it over a loopback TCP
 *     port written in its lock file, and other processes (a server reading while an ingest writes) connect through
 *     it; when the first one exits another takes over. Read-only stores do not set H2's read-only access mode,
 *     because a reader that happens to open first serves the writers too; read-only is enforced here instead.</li>
 * <li>Commits are written at once ({@code WRITE_DELAY=0}): an article reported as stored survives a SIGKILL of the
 *     process a moment later ({@code StoreCrashIT}; with {@code WRITE_DELAY=1} the last acknowledged article was
 *     lost). The price: H2 then runs no background writer, which is what reuses the file's space, so the file grows
 *     with every commit (7.2 GB during a 100,000-article ingest) until the store closes (see {@link #beforeClose}).</li>
 * <li>The tables are the truth; the Lucene index is derived. An article is indexed after its transaction commits,
 *     and the index commits every few seconds and on close. A process killed in between leaves the index behind
 *     (or, if H2 lost the last commit, ahead of) the tables; opening with the writer compares the two by article id
 *     and indexes what is missing and deletes what is extra.</li>
 * </ul>
 */
public final class EmbeddedStore extends JdbcStore {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    static final String DATABASE = "storyline";
    static final String INDEX = "index";
    /** H2's {@code WRITE_DELAY}: 0, each commit is in the file when it returns (see the class comment). */
    static final int WRITE_DELAY_MS = 0;

    /** Files smaller than this are not compacted on close (tests lower it). */
    long compactFromBytes = 64L << 20;

    private static final Dialect H2 = type -> switch (type) {
        case STRING, STRING_LIST -> "VARCHAR";
        case TEXT -> "CLOB";
        case INT -> "INTEGER";
        case LONG -> "BIGINT";
        case DOUBLE -> "DOUBLE PRECISION";
        case BOOLEAN -> "BOOLEAN";
        case DATE -> "DATE";
    };

    private final LuceneIndex index;

    private EmbeddedStore(Connection connection, String location, boolean readOnly, LuceneIndex index) {
        super(connection, location, readOnly, H2);
        this.index = index;
    }

    /** Opens the store in {@code directory}; creates it unless {@code readOnly}. */
    public static EmbeddedStore open(Path directory, boolean readOnly) {
        Path dir = directory.toAbsolutePath().normalize();
        String location = dir.toString();
        if (readOnly && !Files.isRegularFile(dir.resolve(DATABASE + ".mv.db"))) {
            throw new StoreException(location, null, "no store in " + location
                    + " (run storyline ingest --store " + directory + " first)", null);
        }
        Connection connection = null;
        try {
            createPrivately(dir);
            connection = DriverManager.getConnection(jdbcUrl(dir, readOnly));
            LuceneIndex index = LuceneIndex.open(dir.resolve(INDEX), readOnly);
            var store = new EmbeddedStore(connection, location, readOnly, index);
            if (!readOnly) {
                store.createTables(List.of());
            }
            if (index.writable()) {
                store.repairIndex();
            }
            return store;
        } catch (SQLException | IOException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException(location, null, "cannot open the store in " + location + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Creates the store's directory readable by its owner only (where the file system has POSIX permissions). H2's
     * auto-server listens on a TCP port of every interface, guarded by a random key written in the lock file inside
     * this directory: whoever can read the directory can open the database, so only its owner may.
     */
    private static void createPrivately(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getParent() != null) {
            Files.createDirectories(dir.getParent());
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(dir);
        }
    }

    static String jdbcUrl(Path dir, boolean readOnly) {
        return "jdbc:h2:file:" + dir.resolve(DATABASE) + ";AUTO_SERVER=TRUE;WRITE_DELAY=" + WRITE_DELAY_MS
                + (readOnly ? ";IFEXISTS=TRUE" : "");
    }

    /** Makes the index hold exactly the stored articles: indexes missing ones, deletes extra ones. */
    synchronized int repairIndex() throws SQLException, IOException {
        Set<String> stored = new HashSet<>(articleIds());
        Set<String> indexed = index.articleIds();
        var extra = new TreeSet<>(indexed);
        extra.removeAll(stored);
        var missing = new TreeSet<>(stored);
        missing.removeAll(indexed);
        for (String id : extra) {
            index.remove(id);
        }
        for (String id : missing) {
            AnnotatedArticle article = readArticle(id).orElseThrow();
            index.put(id, Passages.of(article));
        }
        index.commit();
        if (!extra.isEmpty() || !missing.isEmpty()) {
            log.info("Full-text index of {} repaired: {} articles indexed, {} removed", location(), missing.size(),
                    extra.size());
        }
        return missing.size() + extra.size();
    }

    @Override
    protected Connection openReadConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(java.nio.file.Path.of(location()), readOnly()));
    }

    @Override
    protected void afterCommit(AnnotatedArticle article) {
        index.put(article.article().id(), Passages.of(article));
    }

    @Override
    public synchronized List<SearchHit> search(String query, int limit) {
        return index.search(query, limit);
    }

    @Override
    protected Map<SearchHit.Kind, Long> indexedPassages() {
        return index.countsByKind();
    }

    @Override
    protected Set<String> indexedArticleIds() {
        return index.articleIds();
    }

    /** Commits the index now, so readers in other processes see every article added so far. */
    public synchronized void commitIndex() {
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the full-text index of " + location(), e);
        }
    }

    /**
     * A writable store closing as the database's only session compacts the file when under half of its pages are
     * live (with {@code WRITE_DELAY=0} nothing else does): {@code SHUTDOWN COMPACT} rewrites the live pages
     * into a new file and replaces the old one in one rename, so a process killed meanwhile leaves the old file. A
     * store another process still uses (a server reading through this one) is left as it is.
     */
    @Override
    protected void beforeClose(Connection connection) throws SQLException {
        if (readOnly()) {
            return;
        }
        long sessions = 0;
        Map<String, Long> info = new java.util.HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                sessions = rs.next() ? rs.getLong(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME IN ('info.PAGE_COUNT', 'info.PAGE_COUNT_LIVE', 'info.FILE_SIZE')")) {
                while (rs.next()) {
                    info.put(rs.getString(1), Long.parseLong(rs.getString(2).trim()));
                }
            }
            long bytes = info.getOrDefault("info.FILE_SIZE", 0L);
            long pages = info.getOrDefault("info.PAGE_COUNT", 0L);
            long live = info.getOrDefault("info.PAGE_COUNT_LIVE", pages);
            // the share of live pages: H2's chunk fill rate counts a chunk's dead bytes only once it is rewritten
            if (sessions == 1 && bytes >= compactFromBytes && pages > 0 && live * 2 < pages) {
                long start = System.nanoTime();
                s.execute("SHUTDOWN COMPACT");
                log.info("Compacted {}: {} MB with {}% of the pages live, in {} ms", location(), bytes >> 20,
                        100 * live / pages, (System.nanoTime() - start) / 1_000_000);
            }
        } catch (NumberFormatException e) {
            log.debug("Cannot read the file statistics of {}", location(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the full-text index of " + location(), e);
        } finally {
            super.close();
        }
    }
}
