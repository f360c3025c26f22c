package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.TemporalExpressionAnnotator;
import org.storyline.eval.DateEvaluation;
import org.storyline.model.DateMention;
import org.storyline.testkit.SharedData;

/**
 * Relative dates of the demo corpus gold, on the text and publication date that {@code extract --clean-only} finds:
 * the temporal annotator (#3) measured end to end on every input format, with the section 7 date accuracy.
 */
class DemoDatesTest {
    @TempDir
    Path dir;

    @Test
    void demoCorpusDatesResolve() throws Exception {
        Path out = dir.resolve("demo.jsonl");
        assertThat(Cli.run("extract", "--clean-only", "--out", out.toString(), SharedData.demoCorpus().toString())
                .exitCode()).isZero();
        Map<String, JsonNode> articles = new HashMap<>();
        for (JsonNode line : ExtractCommandTest.lines(out)) {
            String source = line.get("source").asText();
            articles.put(source.substring(source.indexOf("demo/corpus/") + "demo/corpus/".length()), line);
        }
        JsonNode gold = new ObjectMapper().readTree(SharedData.repositoryRoot().resolve("demo/gold.json").toFile());
        var annotator = new TemporalExpressionAnnotator();
        var evaluation = new DateEvaluation();
        for (JsonNode g : gold.get("articles")) {
            JsonNode article = articles.get(g.get("file").asText());
            String text = article.get("text").asText();
            Optional<LocalDate> published = article.get("published").isNull() ? Optional.empty()
                    : Optional.of(LocalDate.parse(article.get("published").asText()));
            List<DateEvaluation.Extracted> extracted = new ArrayList<>();
            for (DateMention d : annotator.annotate(text, published)) {
                assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(d.text());
                extracted.add(new DateEvaluation.Extracted(d.span().start(), d.span().end(), d.text(),
                        d.value().orElse(null)));
            }
            List<DateEvaluation.Gold> dates = new ArrayList<>();
            for (JsonNode d : g.path("dates")) {
                dates.add(new DateEvaluation.Gold(d.get("text").asText(), d.get("context").asText(),
                        d.get("value").isNull() ? null : d.get("value").asText()));
            }
            evaluation.add(g.get("file").asText(), text, dates, extracted);
        }
        evaluation.misses().forEach(m -> System.out.println("miss " + m));
        System.out.printf("demo dates: %d, accuracy %.4f%n", evaluation.total(), evaluation.accuracy());
        assertThat(evaluation.total()).isGreaterThan(150);
        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.95);
    }
}
