package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.testkit.SharedData;

/**
 * The events stage end to end, CoreNLP included, on a hand-written article of the demo's invented crisis: each event
 * as "TYPE cameo | source countries | target countries | date | flags", so that a wrong argument, date, negation or
 * hypothetical flag fails.
 */
class EventsExtractIT {
    @TempDir
    Path dir;

    @Test
    void eventsCarryTheirArgumentsDatesAndQualifiers() throws Exception {
        Path input = Path.of(EventsExtractIT.class.getResource("events/strait-crisis.txt").toURI());
        Path out = dir.resolve("events.jsonl");
        Cli run = Cli.run("extract", "--knowledge", SharedData.repositoryRoot().resolve("demo/knowledge.json")
                .toString(), "--out", out.toString(), input.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode article = ExtractCommandTest.lines(out).get(0);
        List<String> events = new ArrayList<>();
        for (JsonNode e : article.get("events")) {
            events.add(e.get("type").asText() + " " + e.get("cameo").asText() + " | " + countries(e.get("source"))
                    + " | " + countries(e.get("target")) + " | " + e.get("date").asText()
                    + (e.get("negated").asBoolean() ? " | negated" : "")
                    + (e.get("hypothetical").asBoolean() ? " | hypothetical" : ""));
        }
        assertThat(events).contains(
                // "on Wednesday" before Monday 3 March 2025 is 26 February
                "ACCUSE 112 | VLD | KES | 2025-02-26",
                "SANCTION 163 | - | KES | 2025-03-03",
                "THREATEN 1313 | KES | - | 2025-03-03 | hypothetical",
                "REJECT 120 | KES | - | 2025-03-03 | negated",
                // "it denied that its forces had attacked": the owner of "its" is the denying subject
                "ASSAULT 180 | KES | - | 2025-03-03 | negated",
                "ASSAULT 194 | KES | - | 2025-03-03");
        JsonNode met = null;
        for (JsonNode e : article.get("events")) {
            if (e.get("type").asText().equals("CONSULT")) {
                met = e;
            }
        }
        assertThat(met).isNotNull();
        assertThat(met.get("location").asText()).isEqualTo("Lisvane");
        assertThat(met.get("target").get(0).get("country").asText()).isEqualTo("KES");
    }

    @Test
    void aUserTriggerFileExtendsTheLexiconAndABadOneStopsBeforeAnyInput() throws Exception {
        Path text = dir.resolve("upbraid.txt");
        Files.writeString(text, "Kestria upbraids its neighbour\n\nValdria upbraided Kestria over the closure of the"
                + " strait.\n");
        Path triggers = dir.resolve("triggers.json");
        Files.writeString(triggers, "{\"version\": 1, \"triggers\": [{\"pattern\": \"upbraid\", \"cameo\": \"111\","
                + " \"pos\": \"verb\"}]}");
        Path knowledge = SharedData.repositoryRoot().resolve("demo/knowledge.json");
        Path without = dir.resolve("without.jsonl");
        assertThat(Cli.run("extract", "--knowledge", knowledge.toString(), "--out", without.toString(),
                text.toString()).exitCode()).isZero();
        assertThat(ExtractCommandTest.lines(without).get(0).get("events")).isEmpty();
        Path with = dir.resolve("with.jsonl");
        assertThat(Cli.run("extract", "--knowledge", knowledge.toString(), "--triggers", triggers.toString(), "--out",
                with.toString(), text.toString()).exitCode()).isZero();
        JsonNode event = ExtractCommandTest.lines(with).get(0).get("events").get(0);
        assertThat(event.get("type").asText()).isEqualTo("ACCUSE");
        assertThat(event.get("cameo").asText()).isEqualTo("111");
        assertThat(event.get("trigger").get("text").asText()).isEqualTo("upbraided");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": 1, \"triggers\": [{\"pattern\": \"upbraid\", \"cameo\": \"999\"}]}");
        Cli failed = Cli.run("extract", "--triggers", bad.toString(), text.toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains(bad.toString()).contains("999");
    }

    private static String countries(JsonNode arguments) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : arguments) {
            if (!a.get("country").isNull()) {
                out.add(a.get("country").asText());
            }
        }
        return out.isEmpty() ? "-" : String.join(",", out);
    }
}
