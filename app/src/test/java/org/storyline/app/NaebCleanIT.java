package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyline.testkit.SharedData;

/**
 * The clean stage on NAEB (424 gold entries from 212 sites, 421 pages), through the same command a user runs:
 * {@code storyline eval clean}. Floors sit just under the measured figures, so a regression fails the build.
 * Skipped with a message where ../shared is absent.
 */
class NaebCleanIT {
    @Test
    void naebFiguresHold() throws Exception {
        Path gold = SharedData.require("data/naeb/articles.json");
        Path pages = SharedData.naebPages().resolve("html");

        Cli run = Cli.run("eval", "clean", "--json", "--gold", gold.toString(), "--html", pages.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        System.out.println("NAEB clean: " + report);
        assertThat(report.get("pages").asInt()).isEqualTo(421);
        assertThat(report.get("skipped_no_html").asInt()).isEqualTo(3);
        assertThat(report.get("body_f1").asDouble()).isGreaterThanOrEqualTo(0.93);
        assertThat(report.get("title_match").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.get("date_accuracy").asDouble()).isGreaterThanOrEqualTo(0.85);
    }
}
