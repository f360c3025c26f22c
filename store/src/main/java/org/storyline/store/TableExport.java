package org.storyline.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.storyline.store.internal.ParquetFiles;

/**
 * Writes a store table as JSON Lines, CSV or Parquet, with the columns of {@link StoreTable} in order.
 *
 * <ul>
 * <li>JSON Lines: one object a row; dates as {@code "YYYY-MM-DD"}, lists as arrays, NULL as {@code null}.</li>
 * <li>CSV (RFC 4180): a header row, then fields quoted where needed; NULL is an empty field, lists are JSON text.</li>
 * <li>Parquet: typed columns (VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE, lists of VARCHAR), written by DuckDB
 *     from a temporary JSON Lines file, so no Hadoop libraries are needed.</li>
 * </ul>
 */
public final class TableExport {
    /** Output formats. */
    public enum Format {
        JSONL, CSV, PARQUET;

        /** The file extension, without the dot. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private TableExport() {}

    /** Writes the table to a file; returns the number of rows. */
    public static long write(Store store, StoreTable table, Format format, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (format == Format.PARQUET) {
            Path jsonl = Files.createTempFile(parent, "." + table.tableName() + "-", ".jsonl.tmp");
            try {
                long rows;
                try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
                    rows = write(store, table, Format.JSONL, w);
                }
                ParquetFiles.fromJsonl(jsonl, table, out);
                return rows;
            } finally {
                Files.deleteIfExists(jsonl);
            }
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return write(store, table, format, w);
        }
    }

    /** Writes the table as JSON Lines or CSV to a writer (left open); returns the number of rows. */
    public static long write(Store store, StoreTable table, Format format, Writer out) throws IOException {
        if (format == Format.PARQUET) {
            throw new IllegalArgumentException("Parquet needs a file, not a stream");
        }
        long[] rows = {0};
        try {
            if (format == Format.JSONL) {
                JsonGenerator json = new JsonFactory().createGenerator(out);
                json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                store.scan(table, row -> {
                    writeJson(json, table.columns(), row);
                    rows[0]++;
                });
                json.close();
            } else {
                var header = new StringBuilder();
                for (Column c : table.columns()) {
                    header.append(header.length() > 0 ? "," : "").append(c.name());
                }
                out.write(header + "\n");
                store.scan(table, row -> {
                    writeCsv(out, table.columns(), row);
                    rows[0]++;
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return rows[0];
    }

    private static void writeJson(JsonGenerator json, List<Column> columns, List<Object> row) {
        try {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                json.writeFieldName(columns.get(i).name());
                if (v == null) {
                    json.writeNull();
                } else if (v instanceof String s) {
                    json.writeString(s);
                } else if (v instanceof Integer n) {
                    json.writeNumber(n);
                } else if (v instanceof Long n) {
                    json.writeNumber(n);
                } else if (v instanceof Double d) {
                    json.writeNumber(d);
                } else if (v instanceof Boolean b) {
                    json.writeBoolean(b);
                } else if (v instanceof LocalDate d) {
                    json.writeString(d.toString());
                } else if (v instanceof List<?> list) {
                    json.writeStartArray();
                    for (Object item : list) {
                        json.writeString((String) item);
                    }
                    json.writeEndArray();
                } else {
                    throw new IllegalArgumentException("unexpected value " + v.getClass() + " in column "
                            + columns.get(i).name());
                }
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(Writer out, List<Column> columns, List<Object> row) {
        var line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object v = row.get(i);
            if (v == null) {
                continue;
            }
            String s = v instanceof List<?> list ? jsonArray(list) : v.toString();
            if (s.isEmpty() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                    || s.indexOf('\r') >= 0) {
                // an empty string is quoted so that it differs from NULL
                line.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                line.append(s);
            }
        }
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonArray(List<?> list) {
        var b = new StringBuilder("[");
        for (Object item : list) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"');
            for (char c : ((String) item).toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }
}
