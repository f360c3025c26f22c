package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.eval.DateEvaluation;
import org.storyline.model.DateMention;
import org.storyline.testkit.SharedData;

/**
 * Relative dates of the NAEB development gold ({@code ../shared/gold/naeb-dev.json}: 79 dates on 25 pages), resolved
 * on each page's gold article body against its gold publication date, scored with CONTRACT.md section 7's date
 * accuracy. Skipped with a message where ../shared is absent.
 */
class NaebDatesIT {
    @Test
    void relativeDatesResolveLikeTheGold() throws Exception {
        var json = new ObjectMapper();
        JsonNode gold = json.readTree(SharedData.require("gold/naeb-dev.json").toFile());
        JsonNode pages = json.readTree(SharedData.require("data/naeb/articles.json").toFile());
        var annotator = new TemporalExpressionAnnotator();
        var evaluation = new DateEvaluation();
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asText();
            String key = file.substring(file.lastIndexOf('/') + 1).replace(".html", "");
            String text = pages.get(key).get("articleBody").asText();
            Optional<LocalDate> published = Optional.of(LocalDate.parse(article.get("published").asText()));
            List<DateEvaluation.Extracted> extracted = new ArrayList<>();
            for (DateMention d : annotator.annotate(text, published)) {
                extracted.add(new DateEvaluation.Extracted(d.span().start(), d.span().end(), d.text(),
                        d.value().orElse(null)));
            }
            List<DateEvaluation.Gold> dates = new ArrayList<>();
            for (JsonNode d : article.path("dates")) {
                dates.add(new DateEvaluation.Gold(d.get("text").asText(), d.get("context").asText(),
                        d.get("value").asText()));
            }
            evaluation.add(key, text, dates, extracted);
        }
        evaluation.misses().forEach(m -> System.out.println("miss " + m));
        System.out.printf("NAEB dev dates: %d, accuracy %.4f%n", evaluation.total(), evaluation.accuracy());
        assertThat(evaluation.total()).isEqualTo(79);
        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.95);
    }
}
