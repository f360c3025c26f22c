package org.storyline.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import org.storyline.store.Column;
import org.storyline.store.StoreTable;

/**
 * Parquet through DuckDB's JDBC driver (an in-memory database, nothing kept): {@code COPY (SELECT * FROM
 * read_json(...)) TO 'file' (FORMAT PARQUET)} with the table's column types given, not guessed.
 *
 * <p>Design decision: parquet-java's writer still needs hadoop-common (Configuration, codecs) on the class path;
 * DuckDB is one jar with its native library inside, and reads the files back in the tests.
 */
public final class ParquetFiles {
    private ParquetFiles() {}

    /** Converts a JSON Lines export of {@code table} to a Parquet file. */
    public static void fromJsonl(Path jsonl, StoreTable table, Path out) throws IOException {
        var columns = new ArrayList<String>();
        for (Column c : table.columns()) {
            columns.add("'" + c.name() + "': '" + duckDbType(c.type()) + "'");
        }
        Path target = out.toAbsolutePath();
        Files.deleteIfExists(target);
        String sql = "COPY (SELECT * FROM read_json(" + literal(jsonl.toAbsolutePath().toString())
                + ", format = 'newline_delimited', maximum_object_size = 1073741824, columns = {"
                + String.join(", ", columns) + "})) TO " + literal(target.toString())
                + " (FORMAT PARQUET, COMPRESSION ZSTD)";
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet file " + out + ": " + e.getMessage(), e);
        }
    }

    static String duckDbType(Column.Type type) {
        return switch (type) {
            case STRING, TEXT -> "VARCHAR";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case STRING_LIST -> "VARCHAR[]";
        };
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
