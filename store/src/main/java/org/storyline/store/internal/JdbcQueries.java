package org.storyline.store.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.storyline.model.EntityType;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.model.Speaker;
import org.storyline.model.TextSpan;
import org.storyline.store.StoreQueries;

/**
 * The SQL of {@link StoreQueries}, shared by both backends. Every list is keyset-paged: the query continues after
 * the previous page's last key, so it reads about one page of rows whatever the depth, as long as an index serves
 * its order (see the indexes in {@link JdbcStore#createTables}).
 *
 * <p>Design decision: events are ordered by date with undated events after all dated ones. One SQL ordering with
 * {@code NULLS LAST} would need an {@code OR date IS NULL} in the keyset condition, which keeps databases from using
 * the date index as a range; instead the dated events are read first and, when a page is not full, the undated
 * ones after them, each with a plain index range.
 */
final class JdbcQueries implements StoreQueries {
    /** Runs SQL on a connection the caller lends for the duration of the call. */
    interface Lender {
        <T> T borrow(Work<T> work) throws SQLException;
    }

    /** SQL work returning a value. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final String EVENT_COLUMNS = "e.article_id, e.idx, e.type, e.cameo, e.date, e.date_from_article, "
            + "e.location, e.trigger_start, e.trigger_end, e.trigger_text, e.sentence_start, e.sentence_end, "
            + "e.negated, e.hypothetical, a.outlet";

    private final Lender lender;
    private final java.util.function.Function<SQLException, RuntimeException> failure;

    JdbcQueries(Lender lender, java.util.function.Function<SQLException, RuntimeException> failure) {
        this.lender = requireNonNull(lender, "lender is null");
        this.failure = requireNonNull(failure, "failure is null");
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    private <T> T run(Work<T> work) {
        try {
            return lender.borrow(work);
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    /** A statement's text and its parameters, built up clause by clause. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        Sql add(String clause, Object... values) {
            text.append(clause);
            parameters.addAll(List.of(values));
            return this;
        }

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement s = c.prepareStatement(text.toString());
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            return s;
        }
    }

    // ---- articles --------------------------------------------------------------------------------------------------

    @Override
    public Page<ArticleSummary> articles(ArticleQuery query, Optional<String> after, int limit) {
        requireNonNull(query, "query is null");
        checkedLimit(limit);
        Optional<Long> afterSeq = after.map(t -> PageTokens.number(PageTokens.decode("articles", t, 1).get(0)));
        var sql = new Sql().add("SELECT a.id, a.seq, a.source, a.title, a.published, a.outlet, a.url, sa.story_id "
                + "FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE 1 = 1");
        query.outlet().ifPresent(o -> sql.add(" AND a.outlet = ?", o));
        query.story().ifPresent(s -> sql.add(" AND sa.story_id = ?", s));
        afterSeq.ifPresent(seq -> sql.add(" AND a.seq > ?", seq));
        sql.add(" ORDER BY a.seq LIMIT ?", limit + 1);
        List<ArticleSummary> rows = run(c -> {
            var list = new ArrayList<ArticleSummary>();
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new ArticleSummary(rs.getString(1), rs.getLong(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getObject(5, LocalDate.class)),
                            Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                            Optional.ofNullable(rs.getString(8))));
                }
            }
            return list;
        });
        return page(rows, limit, last -> PageTokens.encode("articles", List.of(last.seq())));
    }

    private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, String> token) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, Optional.of(token.apply(items.get(limit - 1))));
    }

    // ---- events ----------------------------------------------------------------------------------------------------

    @Override
    public Page<EventHit> events(EventQuery query, Optional<String> after, int limit) {
        requireNonNull(query, "query is null");
        checkedLimit(limit);
        LocalDate afterDate = null;
        String afterArticle = null;
        int afterIdx = -1;
        boolean inUndated = false;
        if (after.isPresent()) {
            List<JsonNode> key = PageTokens.decode("events", after.get(), 3);
            if (!key.get(0).isNull()) {
                try {
                    afterDate = LocalDate.parse(PageTokens.text(key.get(0)));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("invalid cursor: bad date", e);
                }
            } else {
                inUndated = true;
            }
            afterArticle = PageTokens.text(key.get(1));
            afterIdx = (int) PageTokens.number(key.get(2));
        }
        boolean dateFilter = query.from().isPresent() || query.to().isPresent();
        EventPlan plan = new EventPlan(query);
        var rows = new ArrayList<Object[]>();
        if (!inUndated) {
            Sql sql = eventSql(query, plan).add(" AND " + plan.date + " IS NOT NULL");
            if (afterDate != null) {
                sql.add(" AND " + plan.date + " >= ? AND (" + plan.date + " > ? OR " + plan.article + " > ? OR ("
                        + plan.article + " = ? AND " + plan.index + " > ?))", afterDate, afterDate, afterArticle,
                        afterArticle, afterIdx);
            }
            sql.add(" ORDER BY " + plan.order + " LIMIT ?", limit + 1);
            rows.addAll(eventRows(sql));
        }
        if (rows.size() <= limit && !dateFilter) {
            Sql sql = eventSql(query, plan).add(" AND " + plan.date + " IS NULL");
            if (inUndated) {
                sql.add(" AND (" + plan.article + " > ? OR (" + plan.article + " = ? AND " + plan.index + " > ?))",
                        afterArticle, afterArticle, afterIdx);
            }
            sql.add(" ORDER BY " + plan.order + " LIMIT ?", limit + 1 - rows.size());
            rows.addAll(eventRows(sql));
        }
        List<EventHit> hits = withArguments(rows.size() > limit ? rows.subList(0, limit + 1) : rows);
        return page(hits, limit, last -> PageTokens.encode("events", java.util.Arrays.asList(
                last.event().date().map(LocalDate::toString).orElse(null), last.articleId(), last.index())));
    }

    /**
     * How an event query runs, steered through the SQL itself so that both databases pick the plan; every plan
     * reads about one page of index entries in the page's order, or a story's few events.
     *
     * <ul>
     * <li>A story: its articles' events, sorted (a story has tens of articles); type and date are written as
     *     expressions no index serves ({@code UPPER(type)}, {@code COALESCE(date, date)}), or the planner would walk
     *     the type/date index probing every event for the story.</li>
     * <li>An actor or an outlet: the range of {@link EventKeys} for that facet (and type) in date order; an outlet
     *     given with an actor is checked on each row.</li>
     * <li>Otherwise: {@code events_type_date} (or {@code events_date}) in date order.</li>
     * </ul>
     */
    private static final class EventPlan {
        final boolean story;
        final String facet;
        final String type;
        final String date;
        final String article;
        final String index;
        final String order;

        EventPlan(EventQuery query) {
            story = query.story().isPresent();
            facet = story ? null : query.actor().map(a -> EventKeys.ACTOR + a)
                    .or(() -> query.outlet().map(o -> EventKeys.OUTLET + o)).orElse(null);
            String t = facet != null ? "k." : "e.";
            type = story ? "UPPER(e.type)" : t + "type";
            date = story ? "COALESCE(e.date, e.date)" : t + "date";
            article = facet != null ? "k.article_id" : "e.article_id";
            index = facet != null ? "k.event_idx" : "e.idx";
            String tail = date + ", " + article + ", " + index;
            if (story) {
                order = "e.date, e.article_id, e.idx";
            } else if (facet != null) {
                order = "k.facet, " + (query.type().isPresent() ? "k.type, " : "") + tail;
            } else {
                order = (query.type().isPresent() ? "e.type, " : "") + tail;
            }
        }
    }

    private static Sql eventSql(EventQuery query, EventPlan plan) {
        var sql = new Sql().add("SELECT " + EVENT_COLUMNS + " FROM ");
        if (plan.story) {
            sql.add("story_articles sa JOIN events e ON e.article_id = sa.article_id");
        } else if (plan.facet != null) {
            sql.add("event_keys k JOIN events e ON e.article_id = k.article_id AND e.idx = k.event_idx");
        } else {
            sql.add("events e");
        }
        sql.add(" JOIN articles a ON a.id = e.article_id WHERE 1 = 1");
        if (plan.story) {
            sql.add(" AND sa.story_id = ?", query.story().get());
        } else if (plan.facet != null) {
            sql.add(" AND k.facet = ?", plan.facet);
        }
        query.type().ifPresent(t -> sql.add(" AND " + plan.type + " = ?", t.name()));
        query.from().ifPresent(d -> sql.add(" AND " + plan.date + " >= ?", d));
        query.to().ifPresent(d -> sql.add(" AND " + plan.date + " <= ?", d));
        boolean outletIsFacet = plan.facet != null && plan.facet.startsWith(EventKeys.OUTLET);
        if (!outletIsFacet) {
            query.outlet().ifPresent(o -> sql.add(" AND CONCAT(a.outlet, '') = ?", o));
        }
        boolean actorIsFacet = plan.facet != null && plan.facet.startsWith(EventKeys.ACTOR);
        if (!actorIsFacet) {
            query.actor().ifPresent(actor -> sql.add(" AND EXISTS (SELECT 1 FROM event_arguments g WHERE "
                    + "g.article_id = e.article_id AND g.event_idx = e.idx AND g.actor = ?)", actor));
        }
        return sql;
    }

    private List<Object[]> eventRows(Sql sql) {
        return run(c -> {
            var list = new ArrayList<Object[]>();
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getString(7), rs.getInt(8),
                            rs.getInt(9), rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getBoolean(13),
                            rs.getBoolean(14), rs.getString(15)});
                }
            }
            return list;
        });
    }

    /**
     * The events of the rows with their sources and targets: one primary-key range per event (not all arguments of
     * the page's articles, which can be twenty times as many rows).
     */
    private List<EventHit> withArguments(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<EventArgument>> sources = new HashMap<>();
        Map<String, List<EventArgument>> targets = new HashMap<>();
        run(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT role, name, start_char, end_char, actor, country, "
                    + "sector FROM event_arguments WHERE article_id = ? AND event_idx = ? ORDER BY role, idx")) {
                for (Object[] r : rows) {
                    s.setString(1, (String) r[0]);
                    s.setInt(2, (Integer) r[1]);
                    String key = r[0] + "#" + r[1];
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            var arg = new EventArgument(rs.getString(2), new TextSpan(rs.getInt(3), rs.getInt(4)),
                                    Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)),
                                    Optional.ofNullable(rs.getString(7)));
                            ("source".equals(rs.getString(1)) ? sources : targets)
                                    .computeIfAbsent(key, k -> new ArrayList<>()).add(arg);
                        }
                    }
                }
            }
            return null;
        });
        var hits = new ArrayList<EventHit>();
        for (Object[] r : rows) {
            String key = r[0] + "#" + r[1];
            var event = new EventMention(PloverType.valueOf((String) r[2]), Optional.ofNullable((String) r[3]),
                    sources.getOrDefault(key, List.of()), targets.getOrDefault(key, List.of()),
                    Optional.ofNullable((LocalDate) r[4]), (Boolean) r[5], Optional.ofNullable((String) r[6]),
                    new TextSpan((Integer) r[7], (Integer) r[8]), (String) r[9],
                    new TextSpan((Integer) r[10], (Integer) r[11]), (Boolean) r[12], (Boolean) r[13]);
            hits.add(new EventHit((String) r[0], (Integer) r[1], Optional.ofNullable((String) r[14]), event));
        }
        return hits;
    }

    // ---- quotes ----------------------------------------------------------------------------------------------------

    @Override
    public Page<QuoteHit> quotes(Optional<String> speaker, Optional<String> after, int limit) {
        checkedLimit(limit);
        var sql = new Sql().add("SELECT q.article_id, q.idx, q.start_char, q.end_char, q.text, q.kind, q.speaker_name, "
                + "q.speaker_start, q.speaker_end, q.speaker_actor, a.outlet FROM quotes q "
                + "JOIN articles a ON a.id = q.article_id WHERE 1 = 1");
        speaker.ifPresent(s -> sql.add(" AND (q.speaker_actor = ? OR LOWER(q.speaker_name) = ?)", s,
                s.toLowerCase(Locale.ROOT)));
        if (after.isPresent()) {
            List<JsonNode> key = PageTokens.decode("quotes", after.get(), 2);
            String article = PageTokens.text(key.get(0));
            sql.add(" AND (q.article_id > ? OR (q.article_id = ? AND q.idx > ?))", article, article,
                    (int) PageTokens.number(key.get(1)));
        }
        sql.add(" ORDER BY q.article_id, q.idx LIMIT ?", limit + 1);
        List<QuoteHit> rows = run(c -> {
            var list = new ArrayList<QuoteHit>();
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Optional<Speaker> who = Optional.empty();
                    if (rs.getString(7) != null) {
                        int start = rs.getInt(8);
                        Optional<TextSpan> span = rs.wasNull() ? Optional.empty()
                                : Optional.of(new TextSpan(start, rs.getInt(9)));
                        who = Optional.of(new Speaker(rs.getString(7), span));
                    }
                    var quote = new QuoteMention(new TextSpan(rs.getInt(3), rs.getInt(4)), rs.getString(5),
                            QuoteKind.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)), who);
                    list.add(new QuoteHit(rs.getString(1), rs.getInt(2), Optional.ofNullable(rs.getString(11)), quote,
                            Optional.ofNullable(rs.getString(10))));
                }
            }
            return list;
        });
        return page(rows, limit, last -> PageTokens.encode("quotes", List.of(last.articleId(), last.index())));
    }

    // ---- actors ----------------------------------------------------------------------------------------------------

    @Override
    public Page<ActorSummary> actors(Optional<String> name, Optional<String> after, int limit) {
        checkedLimit(limit);
        var sql = new Sql().add("SELECT actor_id, MIN(name), MIN(type), MIN(country), MIN(sector), "
                + "COUNT(DISTINCT article_id) FROM actors WHERE 1 = 1");
        name.ifPresent(n -> sql.add(" AND LOWER(name) LIKE ? ESCAPE '!'", "%" + n.toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"));
        after.ifPresent(t -> sql.add(" AND actor_id > ?", PageTokens.text(PageTokens.decode("actors", t, 1).get(0))));
        sql.add(" GROUP BY actor_id ORDER BY actor_id LIMIT ?", limit + 1);
        List<ActorSummary> rows = run(c -> {
            var list = new ArrayList<ActorSummary>();
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new ActorSummary(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                            Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                            rs.getLong(6)));
                }
            }
            return list;
        });
        return page(rows, limit, last -> PageTokens.encode("actors", List.of(last.id())));
    }
}
