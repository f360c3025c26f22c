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
 * {@code storyline eval events} through the command a user runs, CoreNLP included, on the first five sentences of
 * the PETR-2 validation set in {@code ../shared/data/petr2-gsr/}: the report's structure and its gold counts, not
 * the quality, which the whole-set test below holds to the targets. Skipped with a message where ../shared is
 * absent.
 */
class EventsEvalIT {
    @TempDir
    Path dir;

    @Test
    void firstFiveRecordsOfPetr2() throws Exception {
        Path all = SharedData.require("data/petr2-gsr/petr2_gsr_validation.jsonl");
        List<String> firstFive = Files.readAllLines(all).stream().filter(l -> !l.isBlank()).limit(5).toList();
        Path gold = dir.resolve("petr2-first5.jsonl");
        Files.write(gold, firstFive);
        var json = new ObjectMapper();
        int noEvents = 0;
        int goldEvents = 0;
        List<String> codes = new ArrayList<>();
        for (String line : firstFive) {
            JsonNode r = json.readTree(line);
            if (r.path("noevents").asBoolean()) {
                noEvents++;
            } else {
                goldEvents += r.path("expected").size();
                r.path("expected").forEach(e -> codes.add(e.get("code").asText()));
            }
        }
        // the first five: 042 (CONSULT), 031 twice (AGREE), 173 (COERCE), and two sentences without events
        assertThat(codes).containsExactly("042", "031", "031", "173");

        Cli run = Cli.run("eval", "events", "--json", "--gold", gold.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = json.readTree(run.out());
        System.out.println("petr2 first 5: " + report);
        assertThat(report.get("records").asInt()).isEqualTo(5);
        assertThat(report.get("records_no_events").asInt()).isEqualTo(noEvents).isEqualTo(2);
        assertThat(report.get("records_not_extracted").asInt()).isZero();
        assertThat(report.get("records_without_date").asInt()).isZero();
        assertThat(report.get("gold_events").asInt()).isEqualTo(goldEvents).isEqualTo(4);
        assertThat(report.get("gold_events_without_plover").asInt()).isZero();
        assertThat(report.get("cameo_gold_events").asInt()).isEqualTo(4);
        assertThat(report.get("main_event_records").asInt()).isEqualTo(3);
        JsonNode perType = report.get("per_type");
        assertThat(perType.get("AGREE").get("gold").asInt()).isEqualTo(2);
        assertThat(perType.get("CONSULT").get("gold").asInt()).isEqualTo(1);
        assertThat(perType.get("COERCE").get("gold").asInt()).isEqualTo(1);
        int extracted = report.get("extracted_events").asInt();
        assertThat(extracted).isNotNegative();
        int found = report.get("found_events").asInt();
        assertThat(found).isBetween(0, 4);
        for (String figure : List.of("precision", "recall", "f1", "cameo_root_recall", "main_event_accuracy",
                "source_accuracy", "target_accuracy")) {
            assertThat(report.get(figure).asDouble()).as(figure).isBetween(0.0, 1.0);
        }
        assertThat(report.get("extra_events_per_sentence").asDouble())
                .isEqualTo(report.get("extra_events").asInt() / 5.0);

        Cli text = Cli.run("eval", "events", "--misses", "--gold", gold.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("records             5  (2 without events, 0 without a readable date)")
                .contains("gold events         4  (0 whose CAMEO code has no PLOVER type)")
                .contains("event F1").contains("CAMEO root recall").contains("main-event accuracy")
                .containsPattern("(?m)^AGREE\\s+2\\s");
        if (found < 4) {
            assertThat(text.out()).contains("miss event ");
        }
    }

    /**
     * The whole PETR-2 validation set (78 sentences) against issue #4's targets: CAMEO root recall at least 0.75
     * with at most 0.25 extra events per sentence, and the main event's PLOVER type right for at least 80% of the
     * sentences that have one.
     */
    @Test
    void wholeValidationSetMeetsTheTargets() throws Exception {
        Path all = SharedData.require("data/petr2-gsr/petr2_gsr_validation.jsonl");
        Cli run = Cli.run("eval", "events", "--json", "--gold", all.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        System.out.println("petr2 all: " + report);
        assertThat(report.get("records").asInt()).isEqualTo(78);
        assertThat(report.get("cameo_root_recall").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.get("extra_events_per_sentence").asDouble()).isLessThanOrEqualTo(0.25);
        assertThat(report.get("main_event_accuracy").asDouble()).isGreaterThanOrEqualTo(0.80);
        assertThat(report.get("source_accuracy").asDouble()).isGreaterThanOrEqualTo(0.80);
    }
}
