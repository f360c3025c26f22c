package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.StageOutcome;
import org.storyline.model.TextSpan;

/** The {@code events} of CONTRACT.md section 2, written from a hand-built article (fictional names and places). */
class ArticleJsonWriterTest {
    private static final String TEXT = "Minister Alma Verhoek accused Nordavia of shelling Port Elsin on Monday.\n\n"
            + "Ostland may send troops.";

    private static JsonNode write(List<EventMention> events) throws Exception {
        var article = new CleanArticle("a1", "test.jsonl#1", Optional.of("Title"),
                Optional.of(LocalDate.of(2031, 5, 7)), Optional.empty(), List.of(), Optional.of("en"), Optional.empty(), TEXT);
        var annotations = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), events);
        var bytes = new ByteArrayOutputStream();
        try (var writer = new ArticleJsonWriter(bytes)) {
            writer.write(StageOutcome.accepted(new AnnotatedArticle(article, Optional.of(annotations))));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).endsWith("\n").doesNotContain("\n\n");
        return new ObjectMapper().readTree(out);
    }

    private static TextSpan spanOf(String words) {
        int at = TEXT.indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    private static List<String> fields(JsonNode node) {
        var names = new ArrayList<String>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void eventsComeOutInTheContractShapeAndOrder() throws Exception {
        var accuse = new EventMention(PloverType.ACCUSE, Optional.of("112"),
                List.of(new EventArgument("Alma Verhoek", spanOf("Alma Verhoek"), Optional.of("person:alma-verhoek"),
                        Optional.of("NRD"), Optional.of("GOV"))),
                List.of(new EventArgument("Nordavia", spanOf("Nordavia"), Optional.empty(), Optional.of("NRV"),
                        Optional.empty())),
                Optional.of(LocalDate.of(2031, 5, 5)), false, Optional.of("Port Elsin"), spanOf("accused"), "accused",
                spanOf("Minister Alma Verhoek accused Nordavia of shelling Port Elsin on Monday."), false, false);
        var threaten = new EventMention(PloverType.MOBILIZE, Optional.empty(),
                List.of(new EventArgument("Ostland", spanOf("Ostland"), Optional.empty(), Optional.empty(),
                        Optional.empty())),
                List.of(), Optional.empty(), true, Optional.empty(), spanOf("send troops"), "send troops",
                spanOf("Ostland may send troops."), true, true);

        JsonNode article = write(List.of(accuse, threaten));

        assertThat(fields(article)).endsWith("text", "entities", "actors", "quotes", "dates", "events");
        JsonNode events = article.get("events");
        assertThat(events).hasSize(2);
        JsonNode first = events.get(0);
        assertThat(fields(first)).containsExactly("type", "cameo", "source", "target", "date", "location", "trigger",
                "sentence", "negated", "hypothetical", "date_from_article");
        assertThat(first.get("type").asText()).isEqualTo("ACCUSE");
        assertThat(first.get("cameo").asText()).isEqualTo("112");
        assertThat(first.get("source")).hasSize(1);
        JsonNode source = first.get("source").get(0);
        assertThat(fields(source)).containsExactly("name", "actor", "country", "sector");
        assertThat(source.get("name").asText()).isEqualTo("Alma Verhoek");
        assertThat(source.get("actor").asText()).isEqualTo("person:alma-verhoek");
        assertThat(source.get("country").asText()).isEqualTo("NRD");
        assertThat(source.get("sector").asText()).isEqualTo("GOV");
        JsonNode target = first.get("target").get(0);
        assertThat(fields(target)).containsExactly("name", "actor", "country", "sector");
        assertThat(target.get("actor").isNull()).isTrue();
        assertThat(target.get("country").asText()).isEqualTo("NRV");
        assertThat(target.get("sector").isNull()).isTrue();
        assertThat(first.get("date").asText()).isEqualTo("2031-05-05");
        assertThat(first.get("location").asText()).isEqualTo("Port Elsin");
        JsonNode trigger = first.get("trigger");
        assertThat(fields(trigger)).containsExactly("text", "start", "end");
        assertThat(TEXT.substring(trigger.get("start").asInt(), trigger.get("end").asInt()))
                .isEqualTo(trigger.get("text").asText()).isEqualTo("accused");
        JsonNode sentence = first.get("sentence");
        assertThat(fields(sentence)).containsExactly("start", "end");
        assertThat(TEXT.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
                .startsWith("Minister").endsWith("on Monday.");
        assertThat(first.get("negated").isBoolean()).isTrue();
        assertThat(first.get("negated").asBoolean()).isFalse();
        assertThat(first.get("hypothetical").asBoolean()).isFalse();
        assertThat(first.get("date_from_article").asBoolean()).isFalse();   // the sentence's own "on Monday"

        JsonNode second = events.get(1);
        assertThat(fields(second)).containsExactly("type", "cameo", "source", "target", "date", "location", "trigger",
                "sentence", "negated", "hypothetical", "date_from_article");
        assertThat(second.get("type").asText()).isEqualTo("MOBILIZE");
        assertThat(second.get("cameo").isNull()).isTrue();
        assertThat(second.get("source").get(0).get("country").isNull()).isTrue();
        assertThat(second.get("target").isArray()).isTrue();
        assertThat(second.get("target")).isEmpty();
        assertThat(second.get("date").isNull()).isTrue();
        assertThat(second.get("date_from_article").asBoolean()).isTrue();
        assertThat(second.get("location").isNull()).isTrue();
        assertThat(second.get("trigger").get("text").asText()).isEqualTo("send troops");
        assertThat(second.get("negated").asBoolean()).isTrue();
        assertThat(second.get("hypothetical").asBoolean()).isTrue();
    }

    @Test
    void anArticleWithoutEventsHasAnEmptyList() throws Exception {
        JsonNode article = write(List.of());
        assertThat(article.get("events").isArray()).isTrue();
        assertThat(article.get("events")).isEmpty();
    }
}
