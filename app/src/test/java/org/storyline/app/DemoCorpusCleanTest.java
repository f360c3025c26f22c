package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.eval.TextFolding;
import org.storyline.testkit.SharedData;

/**
 * The demo corpus against its hand-written gold ({@code demo/gold.json}): for every article in every format, the
 * title and publication date are right, every page-furniture fragment is gone and every article fragment kept.
 */
class DemoCorpusCleanTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> extracted = new HashMap<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void extractDemoCorpus() throws Exception {
        Path out = dir.resolve("demo.jsonl");
        Cli run = Cli.run("extract", "--clean-only", "--out", out.toString(), SharedData.demoCorpus().toString());
        assertThat(run.exitCode()).isZero();
        for (JsonNode line : ExtractCommandTest.lines(out)) {
            String source = line.get("source").asText();
            extracted.put(source.substring(source.indexOf("demo/corpus/") + "demo/corpus/".length()), line);
        }
    }

    static Stream<Arguments> goldArticles() throws Exception {
        JsonNode gold = JSON.readTree(SharedData.repositoryRoot().resolve("demo/gold.json").toFile());
        return Stream.of(gold.get("articles")).flatMap(a -> {
            var list = new java.util.ArrayList<Arguments>();
            a.forEach(article -> list.add(Arguments.of(article.get("file").asText(), article)));
            return list.stream();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldArticles")
    void articleMatchesGold(String file, JsonNode gold) {
        JsonNode out = extracted.get(file);
        assertThat(out).as("extracted %s", file).isNotNull();
        assertThat(out.get("status").asText()).isEqualTo("ok");
        String text = TextFolding.foldWhitespace(out.get("text").asText());
        assertThat(TextFolding.foldTitle(out.get("title").asText(null))).as("title of %s", file)
                .isEqualTo(TextFolding.foldTitle(gold.get("title").asText()));
        assertThat(out.get("published").asText(null)).as("published of %s", file)
                .isEqualTo(gold.get("published").asText(null));
        for (JsonNode fragment : gold.get("boilerplate")) {
            assertThat(text).as("furniture in %s", file)
                    .doesNotContain(TextFolding.foldWhitespace(fragment.asText()));
        }
        for (JsonNode fragment : gold.get("keep")) {
            assertThat(text).as("article text of %s", file).contains(TextFolding.foldWhitespace(fragment.asText()));
        }
    }
}
