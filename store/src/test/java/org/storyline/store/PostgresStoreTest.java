package org.storyline.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The PostgreSQL store against the store contract, on a real server: the JDBC URL of a database the test may create
 * schemas in comes from the system property {@code storyline.test.postgres} or the environment variable
 * {@code STORYLINE_TEST_POSTGRES} (CI sets it; see {@code .ci/run}). Each test gets its own schema, dropped after.
 * Skipped, saying so, when neither is set or the server cannot be reached.
 */
class PostgresStoreTest extends StoreContractTest {
    private String adminUrl;
    private String schema;

    static String configuredUrl() {
        String url = System.getProperty("storyline.test.postgres");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv("STORYLINE_TEST_POSTGRES");
        }
        return url == null || url.isBlank() ? null : url;
    }

    @BeforeEach
    void createSchema() {
        adminUrl = configuredUrl();
        assumeTrue(adminUrl != null, "skipped: no PostgreSQL server configured (set STORYLINE_TEST_POSTGRES to a "
                + "JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/storyline_test?user=storyline&password=storyline)");
        schema = "storyline_test_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(adminUrl); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "skipped: the PostgreSQL server at "
                    + adminUrl.replaceAll("password=[^&]*", "password=***") + " cannot be reached: " + e.getMessage());
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null && adminUrl != null) {
            try (Connection c = DriverManager.getConnection(adminUrl); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private String storeUrl() {
        return adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    Store newStore() {
        return Stores.postgres(storeUrl());
    }

    @Override
    Store reopen() {
        return Stores.postgres(storeUrl());
    }

    @Override
    void poisonActorName(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(storeUrl()); var s = c.createStatement()) {
            s.execute("ALTER TABLE actors ADD CONSTRAINT poison CHECK (name <> '" + name + "')");
        }
    }
}
