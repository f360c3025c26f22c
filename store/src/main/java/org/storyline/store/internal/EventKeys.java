package org.storyline.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;

/**
 * {@code event_keys}: one row per event and facet it can be filtered by — each actor among its sources and targets
 * ({@code a|actor id}) and its article's outlet ({@code o|outlet}) — with the event's type and date, indexed by
 * (facet, date) and (facet, type, date). An internal table (not a {@link org.storyline.store.StoreTable}, not
 * exported), written in the article's transaction and derived from the tables, like PostgreSQL's search passages.
 *
 * <p>Design decision: an actor's or an outlet's events, in date order, are then one index range, so a page of
 * {@code /api/events?actor=...} reads one page of rows however many events the actor has. Without it the query either
 * walks all events in date order probing each for the actor, or reads all of the actor's events and sorts them; both
 * cost hundreds of milliseconds at a million events. No primary key: rows are only ever added with their article
 * (distinct facets per event), and a third B-tree would make writes dearer for no reader.
 */
final class EventKeys {
    static final String ACTOR = "a|";
    static final String OUTLET = "o|";

    private EventKeys() {}

    /** Creates the table and its indexes; fills it from the tables when a store made before it has events. */
    static void create(Statement s, String stringType) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS event_keys (facet " + stringType + " NOT NULL, type " + stringType
                + " NOT NULL, date DATE, article_id " + stringType + " NOT NULL, event_idx INTEGER NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS event_keys_date ON event_keys (facet, date, article_id, event_idx)");
        s.execute("CREATE INDEX IF NOT EXISTS event_keys_type_date ON event_keys "
                + "(facet, type, date, article_id, event_idx)");
        boolean empty;
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM event_keys LIMIT 1")) {
            empty = !rs.next();
        }
        boolean events;
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM events LIMIT 1")) {
            events = rs.next();
        }
        if (empty && events) {
            backfill(s);
        }
    }

    /** Derives every row from the events, arguments and articles tables (set-based). */
    static void backfill(Statement s) throws SQLException {
        s.executeUpdate("INSERT INTO event_keys (facet, type, date, article_id, event_idx) "
                + "SELECT DISTINCT CONCAT('" + ACTOR + "', g.actor), e.type, e.date, e.article_id, e.idx "
                + "FROM event_arguments g JOIN events e ON e.article_id = g.article_id AND e.idx = g.event_idx "
                + "WHERE g.actor IS NOT NULL");
        s.executeUpdate("INSERT INTO event_keys (facet, type, date, article_id, event_idx) "
                + "SELECT CONCAT('" + OUTLET + "', a.outlet), e.type, e.date, e.article_id, e.idx "
                + "FROM events e JOIN articles a ON a.id = e.article_id WHERE a.outlet IS NOT NULL");
    }

    /** The rows of one article, inside its transaction. */
    static void insert(Connection connection, AnnotatedArticle article) throws SQLException {
        if (article.annotations().isEmpty() || article.annotations().get().events().isEmpty()) {
            return;
        }
        String id = article.article().id();
        var events = article.annotations().get().events();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event_keys (facet, type, date, article_id, event_idx) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                EventMention e = events.get(i);
                Set<String> facets = new LinkedHashSet<>();
                for (EventArgument a : e.source()) {
                    a.actor().ifPresent(actor -> facets.add(ACTOR + actor));
                }
                for (EventArgument a : e.target()) {
                    a.actor().ifPresent(actor -> facets.add(ACTOR + actor));
                }
                article.article().outlet().ifPresent(outlet -> facets.add(OUTLET + outlet));
                for (String facet : facets) {
                    insert.setString(1, facet);
                    insert.setString(2, e.type().name());
                    insert.setObject(3, e.date().orElse(null), java.sql.Types.DATE);
                    insert.setString(4, id);
                    insert.setInt(5, i);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
