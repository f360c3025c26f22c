package org.storyline.store.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ErrorCode;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;
import org.storyline.store.Column;
import org.storyline.store.SearchHit;
import org.storyline.store.Store;
import org.storyline.store.StoreCheck;
import org.storyline.store.StoreException;
import org.storyline.store.StoreTable;
import org.storyline.store.StoredStory;
import org.storyline.store.StoreQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL both backends share: the tables of {@link StoreTable}, one transaction per article, reads, scans and the
 * story tables. Subclasses add full-text search and may write more rows in the article's transaction
 * ({@link #writeExtra}) or act after it commits ({@link #afterCommit}).
 *
 * <p>One JDBC connection per store; every method holding it is {@code synchronized}, so writes are serialised and
 * reads never see an article half-written.
 */
abstract class JdbcStore implements Store {
    private static final Logger log = LoggerFactory.getLogger(JdbcStore.class);
    /** SQL type names per column type: the only difference between the backends' DDL. */
    interface Dialect {
        String type(Column.Type type);
    }

    protected final Connection connection;
    private final String location;
    private final boolean readOnly;
    private final Dialect dialect;
    private final Map<StoreTable, PreparedStatement> inserts = new EnumMap<>(StoreTable.class);
    /** Connections for {@link StoreQueries}, so reads run in parallel with each other and with writes. */
    private final java.util.concurrent.BlockingDeque<Connection> readers =
            new java.util.concurrent.LinkedBlockingDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger openReaders = new java.util.concurrent.atomic.AtomicInteger();
    private static final int MAX_READERS = 8;
    private final JdbcQueries queries = new JdbcQueries(this::lend, e -> failure("cannot query", e));
    private volatile boolean closed;

    protected JdbcStore(Connection connection, String location, boolean readOnly, Dialect dialect) {
        this.connection = requireNonNull(connection, "connection is null");
        this.location = requireNonNull(location, "location is null");
        this.readOnly = readOnly;
        this.dialect = requireNonNull(dialect, "dialect is null");
    }

    /** Creates missing tables and indexes; a store created by an older version gains new tables here. */
    protected void createTables(List<String> extraDdl) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (StoreTable t : StoreTable.values()) {
                var columns = new ArrayList<String>();
                for (Column c : t.columns()) {
                    columns.add(c.name() + " " + dialect.type(c.type()) + (c.nullable() ? "" : " NOT NULL"));
                }
                s.execute("CREATE TABLE IF NOT EXISTS " + t.tableName() + " (" + String.join(", ", columns)
                        + ", PRIMARY KEY (" + String.join(", ", t.primaryKey()) + "))");
            }
            for (String ddl : List.of(
                    "CREATE INDEX IF NOT EXISTS articles_seq ON articles (seq)",
                    "CREATE INDEX IF NOT EXISTS rejected_seq ON rejected (seq)",
                    "CREATE INDEX IF NOT EXISTS entities_actor ON entities (actor)",
                    "CREATE INDEX IF NOT EXISTS actors_actor ON actors (actor_id)",
                    "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_actor)",
                    "CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id)",
                    // keyset pages of StoreQueries: events by date (and by type, by date), arguments by actor;
                    // the last two replace the narrower events_type and event_arguments_actor of older stores
                    "CREATE INDEX IF NOT EXISTS events_date ON events (date, article_id, idx)",
                    "CREATE INDEX IF NOT EXISTS events_type_date ON events (type, date, article_id, idx)",
                    "CREATE INDEX IF NOT EXISTS event_arguments_actor_event ON event_arguments "
                            + "(actor, article_id, event_idx)",
                    "CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet, seq)")) {
                s.execute(ddl);
            }
            for (String ddl : extraDdl) {
                s.execute(ddl);
            }
            s.execute("CREATE TABLE IF NOT EXISTS " + ENGINE_STATE + " (name VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "data " + binaryType() + " NOT NULL)");
            EventKeys.create(s, dialect.type(Column.Type.STRING));
        }
    }

    /**
     * The story engine's snapshot, one row: not a {@link StoreTable}, since it is an opaque blob for the engine, not
     * data to query or export.
     */
    private static final String ENGINE_STATE = "engine_state";

    /** SQL type of a large byte string (H2's BLOB; PostgreSQL overrides it with BYTEA). */
    protected String binaryType() {
        return "BLOB";
    }

    @Override
    public String location() {
        return location;
    }

    /** Called on close with the write connection, the last one of this store open; does nothing by default. */
    protected void beforeClose(Connection connection) throws SQLException {}

    protected boolean readOnly() {
        return readOnly;
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("store " + location + " was opened read-only");
        }
    }

    // ---- articles --------------------------------------------------------------------------------------------------

    @Override
    public synchronized Added add(StageOutcome<AnnotatedArticle> outcome) {
        requireWritable();
        requireNonNull(outcome, "outcome is null");
        if (outcome instanceof StageOutcome.Accepted<AnnotatedArticle> a) {
            return addArticle(a.value());
        } else if (outcome instanceof StageOutcome.Rejected<AnnotatedArticle> r) {
            return addRejection(r.rejection());
        }
        throw new IllegalArgumentException("unknown outcome " + outcome);
    }

    private Added addArticle(AnnotatedArticle article) {
        String id = article.article().id();
        try {
            if (containsArticle(id)) {
                return Added.ALREADY_STORED;
            }
            boolean stored = inTransaction(id, () -> {
                long seq = next("articles");
                for (Map.Entry<StoreTable, List<Object[]>> rows : ArticleRows.of(article, seq).entrySet()) {
                    insert(rows.getKey(), rows.getValue());
                }
                EventKeys.insert(connection, article);
                writeExtra(article);
            });
            if (!stored) {
                return Added.ALREADY_STORED;
            }
            afterCommit(article);
            return Added.ARTICLE;
        } catch (SQLException e) {
            throw new StoreException(location, id, "cannot store article " + id + " (" + article.article().source()
                    + ") in " + location + ": " + e.getMessage(), e);
        }
    }

    private Added addRejection(Rejection r) {
        try {
            if (containsRejection(r.articleId(), r.source())) {
                return Added.ALREADY_STORED;
            }
            boolean stored = inTransaction(r.articleId(), () -> insert(StoreTable.REJECTED, List.<Object[]>of(
                    new Object[] {r.articleId(), r.source(), next("rejected"), r.stage(), r.code().name(),
                            r.message()})));
            return stored ? Added.REJECTION : Added.ALREADY_STORED;
        } catch (SQLException e) {
            throw new StoreException(location, r.articleId(), "cannot store the rejection of " + r.source() + " in "
                    + location + ": " + e.getMessage(), e);
        }
    }

    /** SQL work that may throw. */
    protected interface SqlWork {
        void run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed or none. Returns false (and keeps nothing) when a
     * primary key was taken meanwhile, by another process writing the same article.
     */
    protected boolean inTransaction(String articleId, SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        } catch (RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Rows of the article's transaction beyond the tables (PostgreSQL's search passages). */
    protected void writeExtra(AnnotatedArticle article) throws SQLException {}

    /** Called after the article's transaction committed (the embedded store indexes it). */
    protected void afterCommit(AnnotatedArticle article) {}

    private long next(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    protected void insert(StoreTable table, List<Object[]> rows) throws SQLException {
        PreparedStatement insert = inserts.get(table);
        if (insert == null) {
            var names = new ArrayList<String>();
            for (Column c : table.columns()) {
                names.add(c.name());
            }
            insert = connection.prepareStatement("INSERT INTO " + table.tableName() + " (" + String.join(", ", names)
                    + ") VALUES (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")");
            inserts.put(table, insert);
        }
        for (Object[] row : rows) {
            if (row.length != table.columns().size()) {
                throw new IllegalArgumentException(table.tableName() + " has " + table.columns().size()
                        + " columns, row has " + row.length);
            }
            for (int i = 0; i < row.length; i++) {
                bind(insert, i + 1, table.columns().get(i), row[i]);
            }
            insert.addBatch();
        }
        insert.executeBatch();
    }

    private static void bind(PreparedStatement s, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            if (!column.nullable()) {
                throw new IllegalArgumentException("column " + column.name() + " may not be null");
            }
            s.setNull(index, switch (column.type()) {
                case STRING, TEXT, STRING_LIST -> Types.VARCHAR;
                case INT -> Types.INTEGER;
                case LONG -> Types.BIGINT;
                case DOUBLE -> Types.DOUBLE;
                case BOOLEAN -> Types.BOOLEAN;
                case DATE -> Types.DATE;
            });
            return;
        }
        switch (column.type()) {
            case STRING, TEXT -> s.setString(index, (String) value);
            case INT -> s.setInt(index, (Integer) value);
            case LONG -> s.setLong(index, ((Number) value).longValue());
            case DOUBLE -> s.setDouble(index, (Double) value);
            case BOOLEAN -> s.setBoolean(index, (Boolean) value);
            case DATE -> s.setObject(index, (LocalDate) value);
            case STRING_LIST -> {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) value;
                s.setString(index, JsonLists.write(list));
            }
        }
    }

    private static Object value(ResultSet rs, int index, Column column) throws SQLException {
        Object v = switch (column.type()) {
            case STRING, TEXT -> rs.getString(index);
            case INT -> rs.getInt(index);
            case LONG -> rs.getLong(index);
            case DOUBLE -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case STRING_LIST -> JsonLists.read(rs.getString(index));
        };
        return rs.wasNull() ? null : v;
    }

    @Override
    public synchronized boolean containsArticle(String articleId) {
        return exists("SELECT 1 FROM articles WHERE id = ?", articleId);
    }

    @Override
    public synchronized boolean containsRejection(String articleId, String source) {
        return exists("SELECT 1 FROM rejected WHERE article_id = ? AND source = ?", articleId, source);
    }

    private boolean exists(String sql, String... parameters) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("cannot query", e);
        }
    }

    protected StoreException failure(String what, SQLException e) {
        return new StoreException(location, null, what + " " + location + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized Optional<AnnotatedArticle> article(String articleId) {
        try {
            return readArticle(articleId);
        } catch (SQLException e) {
            throw new StoreException(location, articleId, "cannot read article " + articleId + " from " + location
                    + ": " + e.getMessage(), e);
        }
    }

    protected Optional<AnnotatedArticle> readArticle(String articleId) throws SQLException {
        var rows = new EnumMap<StoreTable, List<List<Object>>>(StoreTable.class);
        for (StoreTable t : List.of(StoreTable.ARTICLES, StoreTable.ENTITIES, StoreTable.ACTORS, StoreTable.QUOTES,
                StoreTable.DATES, StoreTable.EVENTS, StoreTable.EVENT_ARGUMENTS)) {
            String key = t == StoreTable.ARTICLES ? "id" : "article_id";
            var list = new ArrayList<List<Object>>();
            try (PreparedStatement s = connection.prepareStatement("SELECT " + columnList(t) + " FROM "
                    + t.tableName() + " WHERE " + key + " = ? ORDER BY " + String.join(", ", t.primaryKey()))) {
                s.setString(1, articleId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        list.add(row(rs, t));
                    }
                }
            }
            if (t == StoreTable.ARTICLES && list.isEmpty()) {
                return Optional.empty();
            }
            rows.put(t, list);
        }
        return Optional.of(ArticleRows.read(rows));
    }

    private static String columnList(StoreTable t) {
        var names = new ArrayList<String>();
        for (Column c : t.columns()) {
            names.add(c.name());
        }
        return String.join(", ", names);
    }

    private static List<Object> row(ResultSet rs, StoreTable t) throws SQLException {
        Object[] values = new Object[t.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, i + 1, t.columns().get(i));
        }
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public synchronized List<String> articleIds() {
        return strings("SELECT id FROM articles ORDER BY seq");
    }

    @Override
    public synchronized List<Rejection> rejections() {
        var list = new ArrayList<Rejection>();
        scan(StoreTable.REJECTED, r -> list.add(new Rejection((String) r.get(0), (String) r.get(1),
                (String) r.get(3), ErrorCode.valueOf((String) r.get(4)), (String) r.get(5))));
        return List.copyOf(list);
    }

    protected List<String> strings(String sql, String... parameters) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            var list = new ArrayList<String>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
            return List.copyOf(list);
        } catch (SQLException e) {
            throw failure("cannot query", e);
        }
    }

    // ---- tables ----------------------------------------------------------------------------------------------------

    @Override
    public synchronized long count(StoreTable table) {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.tableName())) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("cannot count " + table.tableName() + " in", e);
        }
    }

    @Override
    public synchronized void scan(StoreTable table, Consumer<List<Object>> rows) {
        String columns = columnList(table).replaceAll("(^|, )", "$1t.");
        String sql = switch (table) {
            case ARTICLES, REJECTED -> "SELECT " + columns + " FROM " + table.tableName() + " t ORDER BY t.seq, "
                    + prefixed(table.primaryKey());
            case STORIES -> "SELECT " + columns + " FROM stories t ORDER BY t.id";
            default -> "SELECT " + columns + " FROM " + table.tableName()
                    + " t LEFT JOIN articles a ON a.id = t.article_id ORDER BY a.seq, " + prefixed(table.primaryKey());
        };
        try {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams a result with a fetch size only inside a transaction
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.setFetchSize(500);
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rows.accept(row(rs, table));
                    }
                }
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("cannot read " + table.tableName() + " from", e);
        }
    }

    private static String prefixed(List<String> columns) {
        var list = new ArrayList<String>();
        for (String c : columns) {
            list.add("t." + c);
        }
        return String.join(", ", list);
    }

    // ---- consistency -----------------------------------------------------------------------------------------------

    /** Passages per kind in the full-text index. */
    protected abstract Map<SearchHit.Kind, Long> indexedPassages();

    /** Article ids the full-text index holds. */
    protected abstract Set<String> indexedArticleIds();

    @Override
    public synchronized StoreCheck check() {
        var rows = new EnumMap<StoreTable, Long>(StoreTable.class);
        for (StoreTable t : StoreTable.values()) {
            rows.put(t, count(t));
        }
        var expected = new EnumMap<SearchHit.Kind, Long>(SearchHit.Kind.class);
        expected.put(SearchHit.Kind.ARTICLE, rows.get(StoreTable.ARTICLES));
        long[] paragraphs = {0};
        scanTexts(text -> paragraphs[0] += Passages.paragraphCount(text));
        expected.put(SearchHit.Kind.PARAGRAPH, paragraphs[0]);
        expected.put(SearchHit.Kind.QUOTE, rows.get(StoreTable.QUOTES));
        expected.put(SearchHit.Kind.EVENT, rows.get(StoreTable.EVENTS));
        var indexed = new EnumMap<SearchHit.Kind, Long>(indexedPassages());
        var problems = new ArrayList<String>();
        for (SearchHit.Kind k : SearchHit.Kind.values()) {
            long e = expected.get(k);
            long i = indexed.getOrDefault(k, 0L);
            if (e != i) {
                problems.add("index holds " + i + " " + k + " passages, the tables imply " + e);
            }
        }
        Set<String> inTables = new TreeSet<>(articleIds());
        Set<String> inIndex = new TreeSet<>(indexedArticleIds());
        var missing = new TreeSet<>(inTables);
        missing.removeAll(inIndex);
        var extra = new TreeSet<>(inIndex);
        extra.removeAll(inTables);
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " articles missing from the index, e.g. " + missing.first());
        }
        if (!extra.isEmpty()) {
            problems.add(extra.size() + " articles in the index but not in the tables, e.g. " + extra.first());
        }
        if (inTables.size() != rows.get(StoreTable.ARTICLES)) {
            problems.add("articles table has " + rows.get(StoreTable.ARTICLES) + " rows for " + inTables.size()
                    + " ids");
        }
        return new StoreCheck(rows, expected, indexed, problems);
    }

    private void scanTexts(Consumer<String> texts) {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM articles")) {
            while (rs.next()) {
                texts.accept(rs.getString(1));
            }
        } catch (SQLException e) {
            throw failure("cannot read articles from", e);
        }
    }

    // ---- stories ---------------------------------------------------------------------------------------------------

    @Override
    public synchronized void assignStory(String articleId, String storyId) {
        requireWritable();
        update("assign story " + storyId + " to " + articleId, articleId,
                new Sql("DELETE FROM story_articles WHERE article_id = ?", articleId),
                new Sql("INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)", articleId, storyId));
    }

    @Override
    public synchronized Optional<String> storyOf(String articleId) {
        return strings("SELECT story_id FROM story_articles WHERE article_id = ?", articleId).stream().findFirst();
    }

    @Override
    public synchronized void mergeStories(String from, String into) {
        requireWritable();
        update("merge story " + from + " into " + into, null,
                new Sql("UPDATE story_articles SET story_id = ? WHERE story_id = ?", into, from),
                new Sql("DELETE FROM stories WHERE id = ?", from));
    }

    @Override
    public synchronized void markDuplicate(String articleId, String duplicateOf, double similarity) {
        requireWritable();
        new StoredStory.Duplicate(articleId, duplicateOf, similarity); // checks the values
        update("mark " + articleId + " as a copy of " + duplicateOf, articleId,
                new Sql("DELETE FROM duplicates WHERE article_id = ? AND duplicate_of = ?", articleId, duplicateOf),
                new Sql("INSERT INTO duplicates (article_id, duplicate_of, similarity) VALUES (?, ?, ?)",
                        articleId, duplicateOf, similarity));
    }

    @Override
    public synchronized void saveStory(String storyId, String title, String data) {
        requireWritable();
        update("save story " + storyId, null, new Sql("DELETE FROM stories WHERE id = ?", storyId),
                new Sql("INSERT INTO stories (id, title, data) VALUES (?, ?, ?)", storyId, title, data));
    }

    @Override
    public synchronized List<StoredStory> stories() {
        try {
            var articles = new LinkedHashMap<String, List<String>>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT sa.story_id, sa.article_id FROM story_articles sa "
                            + "JOIN articles a ON a.id = sa.article_id ORDER BY a.seq")) {
                while (rs.next()) {
                    articles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            var duplicates = new LinkedHashMap<String, List<StoredStory.Duplicate>>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT sa.story_id, d.article_id, d.duplicate_of, d.similarity "
                            + "FROM duplicates d JOIN story_articles sa ON sa.article_id = d.article_id "
                            + "JOIN articles a ON a.id = d.article_id ORDER BY a.seq, d.duplicate_of")) {
                while (rs.next()) {
                    duplicates.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new StoredStory.Duplicate(rs.getString(2), rs.getString(3), rs.getDouble(4)));
                }
            }
            var records = new java.util.HashMap<String, String[]>();
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, title, data FROM stories")) {
                while (rs.next()) {
                    records.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            var stories = new ArrayList<StoredStory>();
            for (Map.Entry<String, List<String>> e : articles.entrySet()) {
                String[] record = records.getOrDefault(e.getKey(), new String[2]);
                stories.add(new StoredStory(e.getKey(), Optional.ofNullable(record[0]), e.getValue(),
                        duplicates.getOrDefault(e.getKey(), List.of()), Optional.ofNullable(record[1])));
            }
            return List.copyOf(stories);
        } catch (SQLException e) {
            throw failure("cannot read stories from", e);
        }
    }

    @Override
    public synchronized List<String> articlesWithoutStory() {
        return strings("SELECT a.id FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id "
                + "WHERE sa.article_id IS NULL ORDER BY a.seq");
    }

    /** Engine state rows: "stories" (one whole state, from builds before segments), then "stories.0000000001"... */
    private static final String ENGINE_ROW = "stories";

    @Override
    public synchronized void saveEngineState(byte[] segment, boolean replace) {
        requireWritable();
        requireNonNull(segment, "segment is null");
        try {
            inTransaction(null, () -> {
                long next = 1;
                if (replace) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + ENGINE_STATE
                            + " WHERE name = ? OR name LIKE ?")) {
                        delete.setString(1, ENGINE_ROW);
                        delete.setString(2, ENGINE_ROW + ".%");
                        delete.executeUpdate();
                    }
                } else {
                    next = engineSegmentNames().stream().mapToLong(JdbcStore::segmentNumber).max().orElse(0) + 1;
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ENGINE_STATE
                        + " (name, data) VALUES (?, ?)")) {
                    insert.setString(1, String.format(java.util.Locale.ROOT, "%s.%010d", ENGINE_ROW, next));
                    insert.setBinaryStream(2, new java.io.ByteArrayInputStream(segment), segment.length);
                    insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("cannot save the story engine's state (" + segment.length + " bytes) in", e);
        }
    }

    @Override
    public synchronized List<byte[]> loadEngineState() {
        try {
            var segments = new java.util.TreeMap<Long, byte[]>();
            try (PreparedStatement s = connection.prepareStatement("SELECT name, data FROM " + ENGINE_STATE
                    + " WHERE name = ? OR name LIKE ?")) {
                s.setString(1, ENGINE_ROW);
                s.setString(2, ENGINE_ROW + ".%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        try (var in = rs.getBinaryStream(2)) {
                            segments.put(segmentNumber(rs.getString(1)), in.readAllBytes());
                        }
                    }
                }
            }
            return List.copyOf(segments.values());
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())) {
                return List.of(); // a store created before the table existed, opened read-only
            }
            throw failure("cannot read the story engine's state from", e);
        } catch (java.io.IOException e) {
            throw new StoreException(location, null, "cannot read the story engine's state from " + location + ": "
                    + e.getMessage(), e);
        }
    }

    private List<String> engineSegmentNames() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT name FROM " + ENGINE_STATE
                + " WHERE name = ? OR name LIKE ?")) {
            s.setString(1, ENGINE_ROW);
            s.setString(2, ENGINE_ROW + ".%");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    /** 0 for the whole state of older builds, else the number after "stories.". */
    private static long segmentNumber(String name) {
        return name.equals(ENGINE_ROW) ? 0 : Long.parseLong(name.substring(ENGINE_ROW.length() + 1));
    }

    /** A statement with its parameters (strings, or a double). */
    private record Sql(String sql, Object... parameters) {}

    private void update(String what, String articleId, Sql... statements) {
        try {
            inTransaction(articleId, () -> {
                for (Sql sql : statements) {
                    try (PreparedStatement s = connection.prepareStatement(sql.sql())) {
                        for (int i = 0; i < sql.parameters().length; i++) {
                            s.setObject(i + 1, sql.parameters()[i]);
                        }
                        s.executeUpdate();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException(location, articleId, "cannot " + what + " in " + location + ": "
                    + e.getMessage(), e);
        }
    }

    // ---- queries ---------------------------------------------------------------------------------------------------

    /**
     * A new connection to the same database for {@link StoreQueries}, or null to run them on the store's one
     * connection (serialised with everything else).
     */
    protected Connection openReadConnection() throws SQLException {
        return null;
    }

    private <T> T lend(JdbcQueries.Work<T> work) throws SQLException {
        if (closed) {
            throw new IllegalStateException("store " + location + " is closed");
        }
        Connection c = readers.pollFirst();
        if (c == null && openReaders.incrementAndGet() <= MAX_READERS) {
            c = openReadConnection();
            if (c == null) {
                openReaders.decrementAndGet();
            }
        } else if (c == null) {
            openReaders.decrementAndGet();
            try {
                c = readers.pollFirst(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a connection", e);
            }
            if (c == null) {
                throw new SQLException("no connection free after 30 s");
            }
        }
        if (c == null) {
            synchronized (this) {
                return work.run(connection);
            }
        }
        try {
            return work.run(c);
        } finally {
            if (closed) {
                c.close();
            } else {
                readers.offerFirst(c);
            }
        }
    }

    @Override
    public Page<ArticleSummary> articles(ArticleQuery query, Optional<String> after, int limit) {
        return queries.articles(query, after, limit);
    }

    @Override
    public Page<EventHit> events(EventQuery query, Optional<String> after, int limit) {
        return queries.events(query, after, limit);
    }

    @Override
    public Page<QuoteHit> quotes(Optional<String> speaker, Optional<String> after, int limit) {
        return queries.quotes(speaker, after, limit);
    }

    @Override
    public Page<ActorSummary> actors(Optional<String> name, Optional<String> after, int limit) {
        return queries.actors(name, after, limit);
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c; (c = readers.pollFirst()) != null; ) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("Cannot close a read connection of {}", location, e);
            }
        }
        try {
            for (PreparedStatement s : inserts.values()) {
                s.close();
            }
            beforeClose(connection);
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }
}
