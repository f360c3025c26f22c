package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.storyline.testkit.SharedData;

/**
 * {@code ingest --postgres} then {@code stories --postgres}: the engine's state and the stories go to PostgreSQL
 * as to the embedded store, in a schema of its own (dropped after). Skipped, saying so, without
 * {@code STORYLINE_TEST_POSTGRES} (CI sets it; see {@code .ci/run}).
 */
class PostgresIngestStoriesTest {
    private String adminUrl;
    private String schema;

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(adminUrl); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void ingestAndStoriesWorkOnPostgreSql() throws SQLException {
        adminUrl = System.getenv("STORYLINE_TEST_POSTGRES");
        assumeTrue(adminUrl != null && !adminUrl.isBlank(), "skipped: no PostgreSQL server configured (set "
                + "STORYLINE_TEST_POSTGRES to a JDBC URL, as .ci/run does)");
        schema = "storyline_app_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(adminUrl); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        String corpus = SharedData.demoCorpus().resolve("txt").toString();
        Cli ingest = Cli.run("ingest", "--clean-only", "--postgres", url, corpus);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("stories 9 articles placed");
        Cli stories = Cli.run("stories", "--postgres", url);
        assertThat(stories.exitCode()).as(stories.err()).isZero();
        Set<Set<String>> partition = StoryAssignments.partition(stories.out());
        assertThat(partition.stream().mapToInt(Set::size).sum()).isEqualTo(9);
        assertThat(partition).hasSizeGreaterThan(1);

        Cli again = Cli.run("ingest", "--clean-only", "--postgres", url, corpus);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("stories 0 articles placed");
        assertThat(Cli.run("stories", "--postgres", url).out()).isEqualTo(stories.out());
    }
}
