package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.ErrorCode;
import org.storyline.store.Store;
import org.storyline.store.StoreTable;
import org.storyline.store.Stores;
import org.storyline.testkit.SharedData;

/**
 * {@code storyline ingest --clean-only} (no NLP, so a unit test) and {@code storyline export table}: the demo corpus
 * and bad inputs into a store, twice; rejections stored with their codes; every table exported and read back.
 */
class IngestCommandTest {
    @TempDir
    Path dir;

    private static Map<StoreTable, Long> counts(Path store) {
        try (Store s = Stores.embeddedReadOnly(store)) {
            var counts = new EnumMap<StoreTable, Long>(StoreTable.class);
            for (StoreTable t : StoreTable.values()) {
                counts.put(t, s.count(t));
            }
            return counts;
        }
    }

    private static Path badInput() {
        return SharedData.repositoryRoot().resolve("ingest/src/test/resources/org/storyline/ingest/bad-input");
    }

    @Test
    void ingestingTwiceChangesNothing() {
        Path store = dir.resolve("store");
        String corpus = SharedData.demoCorpus().toString();
        Cli first = Cli.run("ingest", "--clean-only", "--store", store.toString(), corpus, badInput().toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        // the bad-input folder holds good records too, one of them twice (same id): stored once
        assertThat(first.err()).contains("ingest  in 56, accepted 45, rejected 11").contains("clean   in 45")
                .contains("store   45 articles and 11 rejections added, 1 inputs already stored (skipped)");
        Map<StoreTable, Long> before = counts(store);
        assertThat(before.get(StoreTable.ARTICLES)).isEqualTo(45);
        assertThat(before.get(StoreTable.REJECTED)).isEqualTo(11);

        Cli second = Cli.run("ingest", "--clean-only", "--store", store.toString(), corpus, badInput().toString());
        assertThat(second.exitCode()).isZero();
        // skipped before the pipeline: nothing is cleaned again
        assertThat(second.err()).contains("ingest  in 0,").contains("store   0 articles and 0 rejections added, "
                + "57 inputs already stored (skipped)");
        assertThat(counts(store)).isEqualTo(before);
    }

    @Test
    void rejectedInputsAreStoredWithTheirCodeAndMessage() {
        Path store = dir.resolve("store");
        Cli run = Cli.run("ingest", "--clean-only", "--store", store.toString(), badInput().toString());
        assertThat(run.exitCode()).isZero();
        try (Store s = Stores.embeddedReadOnly(store)) {
            var rejections = s.rejections();
            assertThat(rejections).anySatisfy(r -> {
                assertThat(r.source()).endsWith("empty.txt");
                assertThat(r.code()).isEqualTo(ErrorCode.EMPTY_INPUT);
                assertThat(r.message()).contains("empty.txt");
            });
            assertThat(rejections).anySatisfy(r -> assertThat(r.code()).isEqualTo(ErrorCode.FORBIDDEN_ENTITY));
            assertThat(rejections).allSatisfy(r -> assertThat(r.stage()).isIn("ingest", "clean"));
        }
    }

    @Test
    void everyTableExportsAsJsonlCsvAndParquet() throws Exception {
        Path store = dir.resolve("store");
        assertThat(Cli.run("ingest", "--clean-only", "--store", store.toString(),
                SharedData.demoCorpus().resolve("txt").toString()).exitCode()).isZero();

        Cli jsonl = Cli.run("export", "table", "articles", "--store", store.toString(), "--format", "jsonl");
        assertThat(jsonl.exitCode()).as(jsonl.err()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSize(9);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("source").asText()).endsWith("brenn-post-0307.txt");
        assertThat(first.get("annotated").asBoolean()).isFalse();
        assertThat(jsonl.err()).contains("export: articles, 9 rows");

        Path all = dir.resolve("all");
        Cli parquet = Cli.run("export", "table", "all", "--store", store.toString(), "--format", "parquet",
                "--out", all.toString());
        assertThat(parquet.exitCode()).as(parquet.err()).isZero();
        for (StoreTable t : StoreTable.values()) {
            assertThat(all.resolve(t.tableName() + ".parquet")).isRegularFile();
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(published), COUNT(DISTINCT id) FROM read_parquet('"
                        + all.resolve("articles.parquet") + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(9);
            assertThat(rs.getObject(2, java.time.LocalDate.class)).isNotNull();
            assertThat(rs.getLong(3)).isEqualTo(9);
        }

        Path csv = dir.resolve("articles.csv");
        assertThat(Cli.run("export", "table", "articles", "--store", store.toString(), "--format", "csv", "--out",
                csv.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(
                "id,seq,source,title,published,outlet,authors,language,url,text,annotated");
    }

    @Test
    void exportSaysWhatIsWrong() {
        Path store = dir.resolve("store");
        Cli missing = Cli.run("export", "table", "articles", "--store", store.toString(), "--format", "csv");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no store in").contains("storyline ingest");

        assertThat(Cli.run("ingest", "--clean-only", "--store", store.toString(),
                SharedData.demoCorpus().resolve("jsonl").toString()).exitCode()).isZero();
        Cli unknown = Cli.run("export", "table", "speeches", "--store", store.toString(), "--format", "csv");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no table named 'speeches'").contains("event_arguments");
        Cli parquet = Cli.run("export", "table", "articles", "--store", store.toString(), "--format", "parquet");
        assertThat(parquet.exitCode()).isEqualTo(2);
        assertThat(parquet.err()).contains("Parquet needs --out FILE");
        Cli both = Cli.run("ingest", "--store", store.toString(), "--postgres", "jdbc:postgresql://x/y",
                SharedData.demoCorpus().resolve("jsonl").toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
    }
}
