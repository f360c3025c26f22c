package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table exported as JSON Lines, CSV and Parquet from a store with two articles, a rejection and a story; the
 * CSV and Parquet files read back with DuckDB and compared with the store's own rows.
 */
class TableExportTest {
    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void fill() {
        store = Stores.embedded(dir.resolve("data"));
        store.add(TestArticles.accepted("a-1", 1));
        store.add(TestArticles.accepted("a-2", 2));
        store.add(TestArticles.rejected("r-1", "bad/a,b \"quoted\".txt"));
        store.assignStory("a-1", "s-1");
        store.assignStory("a-2", "s-1");
        store.markDuplicate("a-2", "a-1", 0.5);
        store.saveStory("s-1", "Convoy", null);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private static List<List<Object>> rows(Store store, StoreTable table) {
        var rows = new ArrayList<List<Object>>();
        store.scan(table, rows::add);
        return rows;
    }

    @Test
    void parquetReadsBackWithTheStoresRowsAndTypes() throws Exception {
        for (StoreTable table : StoreTable.values()) {
            Path out = dir.resolve(table.tableName() + ".parquet");
            long written = TableExport.write(store, table, TableExport.Format.PARQUET, out);
            assertThat(written).as(table.tableName()).isEqualTo(store.count(table));
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                    Statement s = duck.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM read_parquet('" + out + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).as(table.tableName()).isEqualTo(written);
            }
        }
        Path articles = dir.resolve("articles.parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, published, authors, text, annotated, typeof(published), "
                        + "typeof(authors), typeof(seq) FROM read_parquet('" + articles + "') ORDER BY seq")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("a-1");
            assertThat(rs.getObject(2, java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2025, 3, 19));
            assertThat((Object[]) rs.getArray(3).getArray()).containsExactly("A. Writer", "B");
            assertThat(rs.getString(4)).isEqualTo(TestArticles.text(1));
            assertThat(rs.getBoolean(5)).isTrue();
            assertThat(rs.getString(6)).isEqualTo("DATE");
            assertThat(rs.getString(7)).isEqualTo("VARCHAR[]");
            assertThat(rs.getString(8)).isEqualTo("BIGINT");
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT similarity, typeof(similarity) FROM read_parquet('"
                        + dir.resolve("duplicates.parquet") + "')")) {
            rs.next();
            assertThat(rs.getDouble(1)).isEqualTo(0.5);
            assertThat(rs.getString(2)).isEqualTo("DOUBLE");
        }
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() throws Exception {
        Path out = dir.resolve("rejected.csv");
        TableExport.write(store, StoreTable.REJECTED, TableExport.Format.CSV, out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("article_id,source,seq,stage,code,message");
        assertThat(lines.get(1)).startsWith("r-1,\"bad/a,b \"\"quoted\"\".txt\",1,clean,NO_ARTICLE_TEXT,");

        Path articles = dir.resolve("articles.csv");
        TableExport.write(store, StoreTable.ARTICLES, TableExport.Format.CSV, articles);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, text, authors FROM read_csv('" + articles
                        + "', header = true, all_varchar = true) ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            // the text's blank line and quotation marks survive the round trip
            assertThat(rs.getString(2)).isEqualTo(TestArticles.text(1));
            assertThat(rs.getString(3)).isEqualTo("[\"A. Writer\",\"B\"]");
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isFalse();
        }
        // NULL is an empty field: the story saved without data
        List<String> stories = Files.readAllLines(writeCsv(StoreTable.STORIES));
        assertThat(stories).containsExactly("id,title,data", "s-1,Convoy,");
    }

    private Path writeCsv(StoreTable table) throws Exception {
        Path out = dir.resolve(table.tableName() + ".csv");
        TableExport.write(store, table, TableExport.Format.CSV, out);
        return out;
    }

    @Test
    void jsonLinesHaveEveryColumnTyped() throws Exception {
        Path out = dir.resolve("events.jsonl");
        assertThat(TableExport.write(store, StoreTable.EVENTS, TableExport.Format.JSONL, out)).isEqualTo(2);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        var names = new ArrayList<String>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(
                StoreTable.EVENTS.columns().stream().map(Column::name).toList());
        assertThat(first.get("article_id").asText()).isEqualTo("a-1");
        assertThat(first.get("date").asText()).isEqualTo("2025-03-18");
        assertThat(first.get("negated").isBoolean()).isTrue();
        assertThat(first.get("location").isNull()).isTrue();
        assertThat(first.get("trigger_start").isInt()).isTrue();

        JsonNode actor = new ObjectMapper().readTree(Files.readAllLines(
                writeJsonl(StoreTable.ACTORS)).get(1));
        assertThat(actor.get("aliases").isArray()).isTrue();
        assertThat(actor.get("aliases").get(1).asText()).isEqualTo("Ansel");
        assertThat(rows(store, StoreTable.ACTORS)).hasSize(4);
    }

    private Path writeJsonl(StoreTable table) throws Exception {
        Path out = dir.resolve(table.tableName() + ".jsonl");
        TableExport.write(store, table, TableExport.Format.JSONL, out);
        return out;
    }
}
