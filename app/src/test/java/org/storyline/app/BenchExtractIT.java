package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.storyline.testkit.SharedData;

/**
 * {@code storyline bench extract} with the NLP stages loaded, on the demo corpus's nine scraped texts (the ones
 * {@link FullExtractIT} annotates): every article annotated and counted, on two workers, with positive rates.
 */
class BenchExtractIT {
    @Test
    void benchExtractCountsEveryAnnotatedArticle() throws Exception {
        Cli run = Cli.run("bench", "extract", "--json", "--threads", "2", "--warmup", "0", "--passes", "1",
                SharedData.demoCorpus().resolve("txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("threads").asInt()).isEqualTo(2);
        assertThat(report.get("inputs_per_pass").asLong()).isEqualTo(9);
        assertThat(report.get("articles_per_pass").asLong()).isEqualTo(9);
        assertThat(report.get("rejected_per_pass").asLong()).isZero();
        assertThat(report.get("load_seconds").asDouble()).isPositive();
        assertThat(report.get("articles_per_wall_second").asDouble()).isPositive();
        assertThat(report.get("articles_per_cpu_second").asDouble()).isPositive();
        assertThat(report.get("peak_heap_mb").asDouble()).isPositive()
                .isLessThanOrEqualTo(report.get("max_heap_mb").asDouble());
        assertThat(run.err()).contains("pass 1: 9 inputs, 9 articles");
    }
}
