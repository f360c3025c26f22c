package org.storyline.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.storyline.store.Store;
import org.storyline.store.StoreException;

/** The SQL behind {@link org.storyline.store.SyntheticEvents}: set-based inserts over a generated range. */
public final class SyntheticRows {
    private static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
        "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

    private static final long CHUNK = 20_000;

    private SyntheticRows() {}

    private static String keys(String facet, CharSequence type, String day, String articleOf, String x,
            int perArticle, String range, String condition) {
        return "INSERT INTO event_keys (facet, type, date, article_id, event_idx) SELECT " + facet + ", " + type
                + ", CASE WHEN MOD(" + x + ", 20) = 0 THEN NULL ELSE " + day + " END, 'syn-' || " + articleOf
                + ", MOD(" + x + " - 1, " + perArticle + ") FROM " + range + " WHERE " + condition;
    }

    public static void fill(Store store, int articles, int perArticle, int actors) {
        if (!(store instanceof JdbcStore jdbc)) {
            throw new IllegalArgumentException("not a store of this module: " + store.getClass().getName());
        }
        boolean h2 = store instanceof EmbeddedStore;
        String range = h2 ? "SYSTEM_RANGE(?, ?) r" : "generate_series(?, ?) AS r(x)";
        String x = h2 ? "r.X" : "r.x";
        String day = h2 ? "DATEADD(DAY, %s, DATE '2023-01-01')" : "(DATE '2023-01-01' + (%s)::int)";
        var typeCase = new StringBuilder("CASE MOD(" + x + " * 7 + " + x + " / 3, 16)");
        for (int i = 0; i < TYPES.length; i++) {
            typeCase.append(" WHEN ").append(i).append(" THEN '").append(TYPES[i]).append("'");
        }
        typeCase.append(" END");
        // article n = (x - 1) / per + 1, published on day MOD(n * 7919, 1096) of 2023-2025
        String articleOf = "((" + x + " - 1) / " + perArticle + " + 1)";
        String published = day.formatted("MOD(%s * 7919, 1096)".formatted(articleOf));
        String eventDay = day.formatted("MOD(%s * 7919, 1096) + MOD(%s, 7)".formatted(articleOf, x));
        String[] statements = {
            "INSERT INTO articles (id, seq, source, title, published, outlet, authors, language, url, text, annotated) "
                    + "SELECT 'syn-' || " + x + ", " + x + ", 'synthetic', 'Synthetic article ' || " + x + ", "
                    + day.formatted("MOD(" + x + " * 7919, 1096)") + ", 'Outlet ' || MOD(" + x + ", 20), '[]', 'en', "
                    + "NULL, 'Synthetic article text.', TRUE FROM " + range,
            "INSERT INTO events (article_id, idx, type, cameo, date, date_from_article, location, trigger_start, "
                    + "trigger_end, trigger_text, sentence_start, sentence_end, negated, hypothetical) "
                    + "SELECT 'syn-' || " + articleOf + ", MOD(" + x + " - 1, " + perArticle + "), " + typeCase
                    + ", NULL, CASE WHEN MOD(" + x + ", 20) = 0 THEN NULL ELSE " + eventDay + " END, FALSE, NULL, "
                    + "0, 9, 'Synthetic', 0, 23, FALSE, FALSE FROM " + range,
            "INSERT INTO event_arguments (article_id, event_idx, role, idx, name, start_char, end_char, actor, "
                    + "country, sector) SELECT 'syn-' || " + articleOf + ", MOD(" + x + " - 1, " + perArticle
                    + "), 'source', 0, 'Actor ' || (MOD(" + x + " * 31, " + actors + ") + 1), 0, 9, 'actor:' || (MOD("
                    + x + " * 31, " + actors + ") + 1), NULL, NULL FROM " + range,
            "INSERT INTO event_arguments (article_id, event_idx, role, idx, name, start_char, end_char, actor, "
                    + "country, sector) SELECT 'syn-' || " + articleOf + ", MOD(" + x + " - 1, " + perArticle
                    + "), 'target', 0, 'Actor ' || (MOD(" + x + " * 17 + 1, " + actors + ") + 1), 10, 19, 'actor:' || "
                    + "(MOD(" + x + " * 17 + 1, " + actors + ") + 1), NULL, NULL FROM " + range,
            "INSERT INTO story_articles (article_id, story_id) SELECT 'syn-' || " + x + ", 'story-' || ((" + x
                    + " - 1) / 10 + 1) FROM " + range,
            // event_keys as the store writes them: each distinct actor of an event, and its article's outlet
            keys("'" + EventKeys.ACTOR + "actor:' || (MOD(" + x + " * 31, " + actors + ") + 1)", typeCase, eventDay,
                    articleOf, x, perArticle, range, "1 = 1"),
            keys("'" + EventKeys.ACTOR + "actor:' || (MOD(" + x + " * 17 + 1, " + actors + ") + 1)", typeCase,
                    eventDay, articleOf, x, perArticle, range, "MOD(" + x + " * 17 + 1, " + actors + ") <> MOD(" + x
                    + " * 31, " + actors + ")"),
            keys("'" + EventKeys.OUTLET + "Outlet ' || MOD(" + articleOf + ", 20)", typeCase, eventDay, articleOf, x,
                    perArticle, range, "1 = 1"),
        };
        long events = (long) articles * perArticle;
        long[] sizes = {articles, events, events, events, articles, events, events, events};
        synchronized (jdbc) {
            try {
                if (h2) {
                    // commits written at once (the store's WRITE_DELAY=0) rewrite every touched index page per chunk
                    // and bloat the file by gigabytes; the fill batches its writes, then the setting goes back
                    try (var s = jdbc.connection.createStatement()) {
                        s.execute("SET WRITE_DELAY 2000");
                    }
                }
                for (int i = 0; i < statements.length; i++) {
                    try (PreparedStatement s = jdbc.connection.prepareStatement(statements[i])) {
                        // in chunks, each its own transaction: one huge insert bloats H2's file with undo data
                        for (long from = 1; from <= sizes[i]; from += CHUNK) {
                            s.setLong(1, from);
                            s.setLong(2, Math.min(sizes[i], from + CHUNK - 1));
                            s.executeUpdate();
                        }
                    }
                }
                try (var s = jdbc.connection.createStatement()) {
                    s.execute(h2 ? "SET WRITE_DELAY " + EmbeddedStore.WRITE_DELAY_MS : "ANALYZE");
                }
            } catch (SQLException e) {
                throw new StoreException(store.location(), null, "cannot add synthetic rows to " + store.location()
                        + ": " + e.getMessage(), e);
            }
        }
    }
}
