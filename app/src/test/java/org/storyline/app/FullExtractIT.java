package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.testkit.SharedData;

/**
 * {@code storyline extract --knowledge demo/knowledge.json} with the NLP stages (CoreNLP NER, actors, quotes, dates)
 * on the demo corpus's scraped texts: the contract's fields in order, the demo's invented countries known, and the invariants every output must keep — each span inside the text and
 * equal to its reported text, each entity's and speaker's actor among the article's actors.
 */
class FullExtractIT {
    @TempDir
    Path dir;

    @Test
    void annotatedArticlesKeepTheContractAndItsInvariants() throws Exception {
        Path out = dir.resolve("full.jsonl");
        Cli run = Cli.run("extract", "--knowledge",
                SharedData.repositoryRoot().resolve("demo/knowledge.json").toString(), "--out", out.toString(),
                SharedData.demoCorpus().resolve("txt").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("annotate in 9, accepted 9, rejected 0");
        List<JsonNode> articles = ExtractCommandTest.lines(out);
        assertThat(articles).hasSize(9);
        int quotes = 0;
        int speakers = 0;
        int events = 0;
        int kestria = 0;
        for (JsonNode a : articles) {
            List<String> fields = new ArrayList<>();
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                fields.add(it.next());
            }
            assertThat(fields).endsWith("text", "entities", "actors", "quotes", "dates", "events");
            String text = a.get("text").asText();
            Set<String> actors = new HashSet<>();
            a.get("actors").forEach(actor -> actors.add(actor.get("id").asText()));
            for (String layer : List.of("entities", "quotes", "dates")) {
                for (JsonNode x : a.get(layer)) {
                    int start = x.get("start").asInt();
                    int end = x.get("end").asInt();
                    assertThat(start).isBetween(0, end);
                    assertThat(text.substring(start, end)).isEqualTo(x.get("text").asText());
                }
            }
            for (JsonNode actor : a.get("actors")) {
                if (actor.get("name").asText().equals("Kestria")) {
                    // the demo's knowledge file makes the invented country a country with its code
                    assertThat(actor.get("country").asText()).isEqualTo("KES");
                    kestria++;
                }
            }
            for (JsonNode e : a.get("entities")) {
                assertThat(e.get("type").asText()).isIn("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY",
                        "NATIONALITY", "MISC");
                if (!e.get("actor").isNull()) {
                    assertThat(actors).contains(e.get("actor").asText());
                }
            }
            for (JsonNode q : a.get("quotes")) {
                quotes++;
                assertThat(q.get("kind").asText()).isIn("direct", "partial", "indirect");
                JsonNode speaker = q.get("speaker");
                if (!speaker.isNull()) {
                    speakers++;
                    assertThat(speaker.get("name").asText()).isNotBlank();
                    if (!speaker.get("actor").isNull()) {
                        assertThat(actors).contains(speaker.get("actor").asText());
                    }
                }
            }
            for (JsonNode e : a.get("events")) {
                events++;
                assertThat(e.get("type").asText()).isIn("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
                        "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                        "MOBILIZE", "COERCE", "ASSAULT");
                JsonNode trigger = e.get("trigger");
                int ts = trigger.get("start").asInt();
                int te = trigger.get("end").asInt();
                assertThat(text.substring(ts, te)).isEqualTo(trigger.get("text").asText());
                assertThat(ts).isGreaterThanOrEqualTo(e.get("sentence").get("start").asInt());
                assertThat(te).isLessThanOrEqualTo(e.get("sentence").get("end").asInt());
                assertThat(e.get("source").size() + e.get("target").size()).isPositive();
                for (String role : List.of("source", "target")) {
                    for (JsonNode arg : e.get(role)) {
                        assertThat(arg.get("name").asText()).isNotBlank();
                        if (!arg.get("actor").isNull()) {
                            assertThat(actors).contains(arg.get("actor").asText());
                        }
                    }
                }
                if (!e.get("date").isNull()) {
                    assertThat(e.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
                }
            }
        }
        assertThat(events).isGreaterThan(9);
        assertThat(kestria).isGreaterThan(3);
        assertThat(quotes).isGreaterThan(30);
        assertThat(speakers).isGreaterThan(quotes / 2);
    }
}
