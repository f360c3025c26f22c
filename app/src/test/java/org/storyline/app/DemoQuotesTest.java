package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.storyline.testkit.SharedData;

/**
 * Quotes, speakers (direct, partial and indirect) and dates of the demo corpus gold through {@code storyline eval
 * quotes}, reading containers' records by number ({@code warc/demo.warc.gz#3}). Floors sit under the measured figures.
 */
class DemoQuotesTest {
    @Test
    void demoCorpusQuotesAndDates() throws Exception {
        Cli run = Cli.run("eval", "quotes", "--json", "--gold",
                SharedData.repositoryRoot().resolve("demo/gold.json").toString(), "--docs",
                SharedData.demoCorpus().toString());
        assertThat(run.exitCode()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        System.out.println("demo quotes: " + r);
        assertThat(r.get("documents_not_read").asInt()).isZero();
        assertThat(r.get("gold_quotes").asInt()).isEqualTo(356);
        assertThat(r.get("quote_recall").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.get("quote_precision").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.get("speaker_accuracy").asDouble()).isGreaterThanOrEqualTo(0.88);
        assertThat(r.get("date_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
    }
}
