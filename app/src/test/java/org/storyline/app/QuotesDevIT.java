package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.storyline.testkit.SharedData;

/**
 * Quotes, speakers and dates (#3, in progress) on the development gold, through the command a user runs:
 * {@code storyline eval quotes} on the seeds and on the 25 NAEB pages of {@code ../shared/gold/}. Floors are
 * regression guards just under the measured figures, not the targets. Skipped with a message where
 * ../shared is absent.
 */
class QuotesDevIT {
    private static JsonNode eval(String gold, String docs) throws Exception {
        Cli run = Cli.run("eval", "quotes", "--json", "--gold", gold, "--docs", docs);
        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        System.out.println(gold + ": " + report);
        return report;
    }

    @Test
    void seeds() throws Exception {
        JsonNode r = eval(SharedData.require("gold/seeds-dev.json").toString(), SharedData.require("seeds").toString());
        assertThat(r.get("gold_quotes").asInt()).isEqualTo(42);
        assertThat(r.get("documents_not_read").asInt()).isZero();
        assertThat(r.get("quote_recall").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.get("quote_precision").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("speaker_accuracy").asDouble()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void naebDev() throws Exception {
        JsonNode r = eval(SharedData.require("gold/naeb-dev.json").toString(), SharedData.naebPages().toString());
        assertThat(r.get("gold_quotes").asInt()).isEqualTo(235);
        assertThat(r.get("gold_dates").asInt()).isEqualTo(79);
        assertThat(r.get("documents_not_read").asInt()).isZero();
        assertThat(r.get("quote_recall").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.get("quote_precision").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("speaker_accuracy").asDouble()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("date_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
    }
}
