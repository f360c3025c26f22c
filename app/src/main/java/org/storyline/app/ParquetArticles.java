package org.storyline.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.ArticleTables;

/**
 * Reads the Parquet tables of a Spark run ({@code storyline spark --out DIR}) back into pipeline outcomes, without
 * Spark: DuckDB (already the store's Parquet writer) joins each article with its rows, and {@link ArticleTables}
 * rebuilds it. Articles come in input order (the run's file and record numbers), then rejections in input order,
 * so that adding them to a store gives what an embedded {@code ingest} of the same inputs gives.
 *
 * <p>Design decision: the join runs inside DuckDB, grouped by article id, rather than loading the child tables into
 * Java maps, so memory stays bounded by DuckDB's spilling operators instead of the size of the run. Each article's
 * rows are handed over as one JSON document per table ({@code to_json}), which keeps nested lists and structs
 * without the JDBC driver's nested-type API.
 */
final class ParquetArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};
    private static final List<ArticleTables.Table> CHILDREN = List.of(ArticleTables.ENTITIES, ArticleTables.ACTORS,
            ArticleTables.QUOTES, ArticleTables.EVENTS);

    private ParquetArticles() {}

    /** Hands every article, then every rejection, of the run in {@code dir} to {@code sink}; returns how many. */
    static long read(Path dir, Consumer<StageOutcome<AnnotatedArticle>> sink) throws IOException {
        if (!hasParquet(dir, ArticleTables.ARTICLES)) {
            throw new StorylineCommand.UserException(dir + " holds no Parquet files under "
                    + ArticleTables.ARTICLES.name() + "/; give the --out directory of a storyline spark run");
        }
        long n = 0;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duck.createStatement()) {
            StringBuilder sql = new StringBuilder("WITH ");
            for (ArticleTables.Table child : CHILDREN) {
                // one row per (article, ordinal): an input given twice has the same id and the same rows
                sql.append(child.name()).append("_rows AS (SELECT article_id, list(r ORDER BY ordinal) AS rows FROM ")
                        .append("(SELECT article_id, ordinal, any_value(t) AS r FROM ").append(scan(dir, child))
                        .append(" t GROUP BY article_id, ordinal) GROUP BY article_id), ");
            }
            sql.setLength(sql.length() - 2);
            sql.append(" SELECT to_json(a)");
            for (ArticleTables.Table child : CHILDREN) {
                sql.append(", to_json(").append(child.name()).append("_rows.rows)");
            }
            sql.append(" FROM ").append(scan(dir, ArticleTables.ARTICLES)).append(" a");
            for (ArticleTables.Table child : CHILDREN) {
                sql.append(" LEFT JOIN ").append(child.name()).append("_rows ON ").append(child.name())
                        .append("_rows.article_id = a.id");
            }
            sql.append(" ORDER BY a.file_number, a.record_number, a.id");
            try (ResultSet rows = statement.executeQuery(sql.toString())) {
                while (rows.next()) {
                    sink.accept(StageOutcome.accepted(ArticleTables.article(JSON.readValue(rows.getString(1), ROW),
                            children(rows.getString(2)), children(rows.getString(3)), children(rows.getString(4)),
                            children(rows.getString(5)))));
                    n++;
                }
            }
            if (hasParquet(dir, ArticleTables.REJECTED)) {
                try (ResultSet rows = statement.executeQuery("SELECT to_json(r) FROM "
                        + scan(dir, ArticleTables.REJECTED) + " r ORDER BY file_number, record_number, id, source")) {
                    while (rows.next()) {
                        sink.accept(StageOutcome.rejected(ArticleTables.rejection(
                                JSON.readValue(rows.getString(1), ROW))));
                        n++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the Parquet tables under " + dir + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static List<Map<String, Object>> children(String json) throws IOException {
        return json == null ? List.of() : JSON.readValue(json, ROWS);
    }

    private static String scan(Path dir, ArticleTables.Table table) {
        if (!hasParquet(dir, table)) {
            // a table with no file (never written by a run, but tolerated): an empty relation of the right name
            return "(SELECT NULL::VARCHAR AS article_id, NULL::INTEGER AS ordinal WHERE false)";
        }
        String glob = dir.resolve(table.name()).toAbsolutePath() + "/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "')";
    }

    private static boolean hasParquet(Path dir, ArticleTables.Table table) {
        Path tableDir = dir.resolve(table.name());
        if (!Files.isDirectory(tableDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(tableDir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            return false;
        }
    }
}
