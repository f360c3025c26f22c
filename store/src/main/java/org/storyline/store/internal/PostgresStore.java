package org.storyline.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.TextSpan;
import org.storyline.store.SearchHit;
import org.storyline.store.StoreException;
import org.storyline.store.internal.Passages.Passage;

/**
 * The store in a PostgreSQL database (10 or later), for teams sharing one: the same tables as the embedded store,
 * plus a {@code passages} table searched with PostgreSQL's own full-text search (English configuration, a GIN index
 * over a generated {@code tsvector}). Passages are written in the article's transaction, so the search always
 * agrees with the tables and nothing needs repairing after a crash.
 *
 * <p>Queries use {@code websearch_to_tsquery}: words, "quoted phrases", {@code or}, {@code -excluded}.
 */
public final class PostgresStore extends JdbcStore {
    private static final Dialect POSTGRES = type -> switch (type) {
        case STRING, STRING_LIST, TEXT -> "TEXT";
        case INT -> "INTEGER";
        case LONG -> "BIGINT";
        case DOUBLE -> "DOUBLE PRECISION";
        case BOOLEAN -> "BOOLEAN";
        case DATE -> "DATE";
    };

    /** With credentials: read connections for {@link org.storyline.store.StoreQueries} open with it. */
    private final String jdbcUrl;

    private PostgresStore(Connection connection, String location, String jdbcUrl) {
        super(connection, location, false, POSTGRES);
        this.jdbcUrl = jdbcUrl;
    }

    public static PostgresStore open(String jdbcUrl) {
        String location = withoutCredentials(jdbcUrl);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(jdbcUrl);
            var store = new PostgresStore(connection, location, jdbcUrl);
            store.createTables(List.of(
                    "CREATE TABLE IF NOT EXISTS passages (article_id TEXT NOT NULL, idx INTEGER NOT NULL, "
                            + "kind TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, "
                            + "text TEXT NOT NULL, speaker TEXT NOT NULL, tsv tsvector GENERATED ALWAYS AS "
                            + "(to_tsvector('english', text || ' ' || speaker)) STORED, "
                            + "PRIMARY KEY (article_id, idx))",
                    "CREATE INDEX IF NOT EXISTS passages_tsv ON passages USING GIN (tsv)"));
            return store;
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new StoreException(location, null, "cannot open the PostgreSQL store " + location + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    protected String binaryType() {
        return "BYTEA";
    }

    /** The URL without {@code password=} (and {@code user:password@}), for messages. */
    @Override
    protected Connection openReadConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    static String withoutCredentials(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//");
    }

    @Override
    protected void writeExtra(AnnotatedArticle article) throws SQLException {
        List<Passage> passages = Passages.of(article);
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO passages (article_id, idx, kind, "
                + "start_char, end_char, text, speaker) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < passages.size(); i++) {
                Passage p = passages.get(i);
                s.setString(1, p.articleId());
                s.setInt(2, i);
                s.setString(3, p.kind().name());
                s.setInt(4, p.span().start());
                s.setInt(5, p.span().end());
                s.setString(6, p.text());
                s.setString(7, p.speaker());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public synchronized List<SearchHit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT p.article_id, p.kind, p.start_char, "
                + "p.end_char, p.text, ts_rank(p.tsv, q) AS score FROM passages p, "
                + "websearch_to_tsquery('english', ?) q WHERE p.tsv @@ q "
                + "ORDER BY score DESC, p.article_id, p.idx LIMIT ?")) {
            s.setString(1, query);
            s.setInt(2, limit);
            var hits = new ArrayList<SearchHit>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getString(1), SearchHit.Kind.valueOf(rs.getString(2)),
                            new TextSpan(rs.getInt(3), rs.getInt(4)), rs.getString(5), rs.getFloat(6)));
                }
            }
            return List.copyOf(hits);
        } catch (SQLException e) {
            throw failure("cannot search", e);
        }
    }

    @Override
    protected Map<SearchHit.Kind, Long> indexedPassages() {
        var counts = new EnumMap<SearchHit.Kind, Long>(SearchHit.Kind.class);
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT kind, COUNT(*) FROM passages GROUP BY kind")) {
            while (rs.next()) {
                counts.put(SearchHit.Kind.valueOf(rs.getString(1)), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw failure("cannot count passages in", e);
        }
        return counts;
    }

    @Override
    protected Set<String> indexedArticleIds() {
        return new HashSet<>(strings("SELECT article_id FROM passages WHERE kind = 'ARTICLE'"));
    }
}
