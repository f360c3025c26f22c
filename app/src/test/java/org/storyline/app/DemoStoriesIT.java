package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.testkit.SharedData;

/**
 * {@code eval stories} end to end on the demo corpus (full extraction, CoreNLP included): the gold's two stories come
 * out, its duplicates and near-duplicate are marked and nothing else is, some dispute sides are found, and the
 * stories file has the CONTRACT.md section 3 shape. Floors a little under the figures measured (see CHANGELOG).
 */
class DemoStoriesIT {
    @TempDir
    Path dir;

    @Test
    void demoGoldStoriesAndCopiesComeOut() throws Exception {
        Path root = SharedData.repositoryRoot();
        Path stories = dir.resolve("stories.jsonl");
        Cli run = Cli.run("eval", "stories", "--gold", root.resolve("demo/gold.json").toString(), "--knowledge",
                root.resolve("demo/knowledge.json").toString(), "--json", "--stories", stories.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        System.out.println("demo stories: " + r);
        assertThat(r.get("articles_in_gold").asInt()).isEqualTo(39);
        assertThat(r.get("pairwise_f1").asDouble()).isGreaterThanOrEqualTo(0.95);   // measured 1.000
        assertThat(r.get("bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.95);     // measured 1.000
        assertThat(r.get("gold_copies_found").asInt()).isEqualTo(3);
        assertThat(r.get("copies_marked_in_gold").asInt()).isEqualTo(r.get("copies_marked").asInt());
        assertThat(r.get("dispute_sides_found").asInt()).isGreaterThanOrEqualTo(6); // measured 7 of 17

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(stories)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(r.get("stories").asInt());
        for (JsonNode story : lines) {
            List<String> fields = new ArrayList<>();
            story.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).startsWith("id", "title", "articles", "duplicates", "outlets", "first", "last",
                    "summary", "timeline", "disputes");
            assertThat(story.get("summary").asText()).isNotBlank();
        }
        JsonNode crisis = lines.stream().max((a, b) -> a.get("articles").size() - b.get("articles").size()).orElseThrow();
        assertThat(crisis.get("articles").size()).isEqualTo(34);
        assertThat(crisis.get("first").asText()).isEqualTo("2025-03-03");
        assertThat(crisis.get("duplicates").size()).isEqualTo(2);
        assertThat(crisis.get("near_duplicates").size()).isEqualTo(1);
        assertThat(crisis.get("disputes").size()).isGreaterThan(0);
    }
}
