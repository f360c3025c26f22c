package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.StorylineCommand;
import org.storyline.pipeline.ArticleTables;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.store.Store;
import org.storyline.store.Stores;
import org.storyline.testkit.SharedData;

/**
 * The Spark job in a {@code local[2]} session (driver on 127.0.0.1) over the demo corpus plus poisoned inputs,
 * against what {@code storyline extract} and {@code storyline ingest} give for the same inputs, run in this JVM so
 * that one CoreNLP pipeline serves all of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkExtractJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static SparkSession spark;
    private static List<String> inputs;
    private static Path output;
    private static SparkJobConfig config;
    private static SparkExtractJob.Summary firstRun;

    @BeforeAll
    static void runJob() throws IOException {
        Path poison = Files.createDirectories(temp.resolve("poison"));
        // ingest-stage rejections: a malformed JSONL line next to a good one, an empty page
        Files.writeString(poison.resolve("feed.jsonl"), "{\"id\": \"good-1\", \"text\": \"Kestria's minister said "
                + "on Monday that talks would resume.\", \"title\": \"Talks\"}\n{\"id\": \"bad-2\", \"text\": \n");
        Files.writeString(poison.resolve("empty.html"), "");
        // a clean-stage rejection: markup nested far beyond what the parser accepts
        Files.writeString(poison.resolve("nested.html"), "<html><body>" + "<div>".repeat(3000) + "deep"
                + "</div>".repeat(3000) + "</body></html>");
        inputs = List.of(SharedData.demoCorpus().toString(), poison.toString());
        output = temp.resolve("out");
        String knowledge = Files.readString(SharedData.repositoryRoot().resolve("demo/knowledge.json"));
        config = new SparkJobConfig(inputs, output.toString(),
                new PipelineConfig(false, true, PipelineConfig.DEFAULT_MAX_RECORD_BYTES), knowledge, null, 0, 0);
        spark = SparkSession.builder().master("local[2]").appName("storyline-test")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        firstRun = SparkExtractJob.run(spark, config);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    @Order(1)
    void tablesEqualWhatExtractGivesArticleByArticle() throws IOException {
        Path extracted = temp.resolve("extract.jsonl");
        run("extract", "--knowledge", SharedData.repositoryRoot().resolve("demo/knowledge.json").toString(),
                "--out", extracted.toString(), inputs.get(0), inputs.get(1));
        Map<String, JsonNode> expected = new TreeMap<>();
        List<JsonNode> expectedRejected = new ArrayList<>();
        int expectedArticles = 0;
        for (String line : Files.readAllLines(extracted, StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            if (node.path("status").asText().equals("ok")) {
                expectedArticles++;
                expected.put(node.get("id").asText(), node);
            } else {
                expectedRejected.add(node);
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(40);

        Map<String, Row> articles = table("articles").stream()
                .collect(Collectors.toMap(r -> r.getAs("id"), r -> r, (a, b) -> a));
        assertThat(table("articles")).hasSize(expectedArticles);
        assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(firstRun.rows()).containsEntry("articles", (long) expectedArticles)
                .containsEntry("rejected", (long) expectedRejected.size());

        Map<String, List<Row>> entities = byArticle("entities");
        Map<String, List<Row>> quotes = byArticle("quotes");
        Map<String, List<Row>> events = byArticle("events");
        for (var e : expected.entrySet()) {
            String id = e.getKey();
            JsonNode json = e.getValue();
            Row row = articles.get(id);
            assertThat((String) row.getAs("source")).as(id).isEqualTo(json.get("source").asText());
            assertThat((String) row.getAs("text")).as(id).isEqualTo(json.get("text").asText());
            assertThat((String) row.getAs("title")).as(id).isEqualTo(text(json, "title"));
            assertThat((String) row.getAs("published")).as(id).isEqualTo(text(json, "published"));
            assertThat(row.getList(row.fieldIndex("dates"))).as(id).hasSize(json.get("dates").size());

            assertThat(describeEntities(entities.get(id))).as(id).isEqualTo(describe(json.get("entities"),
                    "text", "type", "start", "end", "actor"));
            assertThat(describeQuotes(quotes.get(id))).as(id).isEqualTo(describeQuotes(json.get("quotes")));
            assertThat(describeEvents(events.get(id))).as(id).isEqualTo(describeEvents(json.get("events")));
        }
        assertThat(table("entities")).hasSize(expected.values().stream().mapToInt(j -> j.get("entities").size()).sum());
        assertThat(table("actors")).hasSize(expected.values().stream().mapToInt(j -> j.get("actors").size()).sum());

        List<String> rejected = table("rejected").stream()
                .map(r -> r.getAs("source") + " " + r.getAs("stage") + " " + r.getAs("code")).sorted().toList();
        List<String> expectedCodes = expectedRejected.stream().map(j -> j.get("source").asText() + " "
                + j.at("/error/stage").asText() + " " + j.at("/error/code").asText()).sorted().toList();
        assertThat(rejected).isEqualTo(expectedCodes);
    }

    @Test
    @Order(2)
    void poisonedInputsBecomeRejectedRowsAndTheJobGoesOn() {
        Map<String, String> codes = table("rejected").stream().collect(Collectors.toMap(
                r -> Path.of((String) r.getAs("source")).getFileName().toString(),
                r -> r.getAs("stage") + ":" + r.getAs("code")));
        assertThat(codes).containsKeys("feed.jsonl#2", "empty.html", "nested.html");
        assertThat(codes.get("feed.jsonl#2")).startsWith("ingest:");
        assertThat(codes.get("empty.html")).isEqualTo("ingest:EMPTY_INPUT");
        assertThat(codes.get("nested.html")).startsWith("clean:");
        assertThat(table("articles").stream().map(r -> (String) r.getAs("id"))).contains("good-1");
        assertThat(firstRun.rejectedByCode()).containsKey("ingest:EMPTY_INPUT");
    }

    @Test
    @Order(3)
    void ingestFromParquetEqualsAnEmbeddedIngestArticleByArticle() {
        Path fromParquet = temp.resolve("store-parquet");
        Path embedded = temp.resolve("store-embedded");
        run("ingest", "--from-parquet", output.toString(), "--store", fromParquet.toString());
        run("ingest", "--knowledge", SharedData.repositoryRoot().resolve("demo/knowledge.json").toString(),
                "--store", embedded.toString(), inputs.get(0), inputs.get(1));
        try (Store a = Stores.embedded(fromParquet); Store b = Stores.embedded(embedded)) {
            assertThat(a.articleIds()).isNotEmpty().isEqualTo(b.articleIds());
            for (String id : b.articleIds()) {
                assertThat(a.article(id)).as(id).isEqualTo(b.article(id));
            }
            assertThat(a.rejections()).isEqualTo(b.rejections());
        }
    }

    @Test
    @Order(4)
    void runningAgainIntoTheSameOutputReplacesIt() throws IOException {
        SparkExtractJob.Summary second = SparkExtractJob.run(spark, config);
        assertThat(second.rows()).isEqualTo(firstRun.rows());
        for (ArticleTables.Table t : ArticleTables.TABLES) {
            assertThat(table(t.name())).as(t.name()).hasSize(firstRun.rows().get(t.name()).intValue());
        }
        List<Row> articles = table("articles");
        assertThat(articles.stream().map(r -> r.getAs("source") + "|" + r.getAs("id")).distinct())
                .hasSize(articles.size());
    }

    @Test
    @Order(5)
    void theStoriesTableListsTheStoriesOfAnEmbeddedIngest() throws IOException {
        Path embedded = temp.resolve("store-stories");
        run("ingest", "--knowledge", SharedData.repositoryRoot().resolve("demo/knowledge.json").toString(),
                "--store", embedded.toString(), inputs.get(0), inputs.get(1));
        var printed = new StringWriter();
        int code = StorylineCommand.newCommandLine().setOut(new PrintWriter(printed))
                .execute("stories", "--store", embedded.toString());
        assertThat(code).isZero();
        Map<String, JsonNode> expected = new TreeMap<>();
        for (String line : printed.toString().split("\n")) {
            if (!line.isBlank()) {
                JsonNode story = withoutNulls(JSON.readTree(line));
                expected.put(story.get("articles").toString(), story);
            }
        }
        Map<String, JsonNode> actual = new TreeMap<>();
        for (String line : spark.read().parquet(output.resolve(SparkExtractJob.STORIES).toString()).toJSON()
                .collectAsList()) {
            JsonNode story = withoutNulls(JSON.readTree(line));
            actual.put(story.get("articles").toString(), story);
        }
        assertThat(firstRun.rows().get(SparkExtractJob.STORIES)).isEqualTo(expected.size());
        assertThat(expected).as("the demo's two stories (the poisoned feed's good article joins one)")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(actual.keySet()).as("the same article -> story assignment").isEqualTo(expected.keySet());
        for (String articles : expected.keySet()) {
            ObjectNode e = (ObjectNode) expected.get(articles);
            ObjectNode a = (ObjectNode) actual.get(articles);
            e.remove("id");
            a.remove("id");
            assertThat(a).as("story of %s (ids aside)", articles).isEqualTo(e);
        }
        assertThat(expected.values()).anyMatch(s -> s.path("duplicates").size() > 0);
    }

    @Test
    @Order(6)
    void storiesInBlocksOfDaysNeverSpanTwoBlocks() throws IOException {
        var blocked = new SparkJobConfig(inputs, temp.resolve("out-blocks").toString(), config.pipeline(),
                config.knowledgeJson(), null, 0, 1);
        SparkExtractJob.Summary summary = SparkExtractJob.run(spark, blocked);
        Map<String, String> published = new TreeMap<>();
        for (Row r : table("articles")) {
            published.put(r.getAs("id"), r.getAs("published"));
        }
        List<Row> stories = spark.read().parquet(temp.resolve("out-blocks").resolve(SparkExtractJob.STORIES)
                .toString()).collectAsList();
        assertThat(stories).hasSize(summary.rows().get(SparkExtractJob.STORIES).intValue());
        long articles = 0;
        for (Row story : stories) {
            List<String> ids = story.getList(story.fieldIndex("articles"));
            articles += ids.size();
            assertThat(ids.stream().map(published::get).distinct()).as("one publication day per story: %s", ids)
                    .hasSize(1);
        }
        assertThat(articles).as("every article in one story").isEqualTo(published.size());
        assertThat(stories.size()).as("one-day blocks cut the demo crisis").isGreaterThan(
                firstRun.rows().get(SparkExtractJob.STORIES).intValue());
    }

    /** The JSON without null fields (Spark's JSON leaves them out, the stories command writes them). */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            node.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    out.set(f.getKey(), withoutNulls(f.getValue()));
                }
            });
            return out;
        }
        if (node.isArray()) {
            var out = JSON.createArrayNode();
            node.forEach(n -> out.add(withoutNulls(n)));
            return out;
        }
        return node;
    }

    private static List<Row> table(String name) {
        return spark.read().parquet(output.resolve(name).toString()).collectAsList();
    }

    private static Map<String, List<Row>> byArticle(String name) {
        Map<String, List<Row>> out = new TreeMap<>();
        for (Row r : table(name)) {
            out.computeIfAbsent(r.getAs("article_id"), k -> new ArrayList<>()).add(r);
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(r -> r.<Integer>getAs("ordinal"))));
        return out;
    }

    private static List<String> describeEntities(List<Row> rows) {
        return rows == null ? List.of() : rows.stream().map(r -> r.getAs("text") + "|" + r.getAs("type") + "|"
                + r.getAs("start") + "|" + r.getAs("end") + "|" + r.getAs("actor")).toList();
    }

    private static List<String> describeQuotes(List<Row> rows) {
        return rows == null ? List.of() : rows.stream().map(r -> {
            Row speaker = r.getAs("speaker");
            return r.getAs("text") + "|" + r.getAs("start") + "|" + r.getAs("end") + "|" + r.getAs("kind") + "|"
                    + (speaker == null ? "null" : speaker.getAs("name") + "/" + speaker.getAs("actor"));
        }).toList();
    }

    private static List<String> describeQuotes(JsonNode quotes) {
        List<String> out = new ArrayList<>();
        quotes.forEach(q -> out.add(q.get("text").asText() + "|" + q.get("start").asInt() + "|" + q.get("end").asInt()
                + "|" + q.get("kind").asText() + "|" + (q.get("speaker").isNull() ? "null"
                        : q.at("/speaker/name").asText() + "/" + text(q.get("speaker"), "actor"))));
        return out;
    }

    private static List<String> describeEvents(List<Row> rows) {
        return rows == null ? List.of() : rows.stream().map(r -> {
            Row trigger = r.getAs("trigger");
            Row sentence = r.getAs("sentence");
            return r.getAs("type") + "|" + r.getAs("cameo") + "|" + r.getAs("date") + "|" + trigger.getAs("text")
                    + "|" + trigger.getAs("start") + "|" + sentence.getAs("end") + "|" + r.getAs("negated") + "|"
                    + r.getAs("hypothetical") + "|" + arguments(r.getList(r.fieldIndex("source"))) + "|"
                    + arguments(r.getList(r.fieldIndex("target")));
        }).toList();
    }

    private static String arguments(List<Row> arguments) {
        return arguments.stream().map(a -> a.getAs("name") + "/" + a.getAs("actor") + "/" + a.getAs("country"))
                .toList().toString();
    }

    private static List<String> describeEvents(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.get("type").asText() + "|" + text(e, "cameo") + "|" + text(e, "date") + "|"
                + e.at("/trigger/text").asText() + "|" + e.at("/trigger/start").asInt() + "|"
                + e.at("/sentence/end").asInt() + "|" + e.get("negated").asBoolean() + "|"
                + e.get("hypothetical").asBoolean() + "|" + arguments(e.get("source")) + "|"
                + arguments(e.get("target"))));
        return out;
    }

    private static String arguments(JsonNode arguments) {
        List<String> out = new ArrayList<>();
        arguments.forEach(a -> out.add(a.get("name").asText() + "/" + text(a, "actor") + "/" + text(a, "country")));
        return out.toString();
    }

    private static List<String> describe(JsonNode items, String... fields) {
        List<String> out = new ArrayList<>();
        items.forEach(item -> {
            List<String> values = new ArrayList<>();
            for (String f : fields) {
                values.add(text(item, f));
            }
            out.add(String.join("|", values));
        });
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void run(String... args) {
        var err = new StringWriter();
        int code = StorylineCommand.newCommandLine().setErr(new PrintWriter(err)).execute(args);
        assertThat(code).as("storyline %s: %s", String.join(" ", args), err).isZero();
    }
}
