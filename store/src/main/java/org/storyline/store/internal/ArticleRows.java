package org.storyline.store.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.DateMention;
import org.storyline.model.EntityMention;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.QuoteMention;
import org.storyline.store.StoreTable;

/**
 * An article as table rows (values in {@link StoreTable#columns()} order), and back. The one place that knows how
 * the model maps to the tables, so every backend writes and reads the same rows.
 */
final class ArticleRows {
    private ArticleRows() {}

    /** The rows of one article, {@link StoreTable#ARTICLES} first; tables without rows are absent. */
    static Map<StoreTable, List<Object[]>> of(AnnotatedArticle annotated, long seq) {
        CleanArticle a = annotated.article();
        var rows = new EnumMap<StoreTable, List<Object[]>>(StoreTable.class);
        rows.put(StoreTable.ARTICLES, List.<Object[]>of(new Object[] {a.id(), seq, a.source(), a.title().orElse(null),
                a.published().orElse(null), a.outlet().orElse(null), a.authors(), a.language().orElse(null),
                a.url().orElse(null), a.text(), annotated.annotations().isPresent()}));
        if (annotated.annotations().isEmpty()) {
            return rows;
        }
        Annotations n = annotated.annotations().get();
        String id = a.id();
        var entities = new ArrayList<Object[]>();
        for (int i = 0; i < n.entities().size(); i++) {
            EntityMention e = n.entities().get(i);
            entities.add(new Object[] {id, i, e.span().start(), e.span().end(), e.text(), e.type().name(),
                    n.entityActors().get(i).orElse(null)});
        }
        var actors = new ArrayList<Object[]>();
        for (int i = 0; i < n.actors().size(); i++) {
            Actor r = n.actors().get(i);
            actors.add(new Object[] {id, i, r.id(), r.name(), r.type().name(), r.aliases(), r.country().orElse(null),
                    r.sector().orElse(null), r.members()});
        }
        var quotes = new ArrayList<Object[]>();
        for (int i = 0; i < n.quotes().size(); i++) {
            QuoteMention q = n.quotes().get(i);
            var speaker = q.speaker();
            quotes.add(new Object[] {id, i, q.span().start(), q.span().end(), q.text(), q.kind().contractName(),
                    speaker.map(s -> s.name()).orElse(null),
                    speaker.flatMap(s -> s.span()).map(s -> s.start()).orElse(null),
                    speaker.flatMap(s -> s.span()).map(s -> s.end()).orElse(null),
                    n.speakerActors().get(i).orElse(null)});
        }
        var dates = new ArrayList<Object[]>();
        for (int i = 0; i < n.dates().size(); i++) {
            DateMention d = n.dates().get(i);
            dates.add(new Object[] {id, i, d.span().start(), d.span().end(), d.text(), d.value().orElse(null)});
        }
        var events = new ArrayList<Object[]>();
        var arguments = new ArrayList<Object[]>();
        for (int i = 0; i < n.events().size(); i++) {
            EventMention e = n.events().get(i);
            events.add(new Object[] {id, i, e.type().name(), e.cameo().orElse(null), e.date().orElse(null),
                    e.dateFromArticle(), e.location().orElse(null), e.trigger().start(), e.trigger().end(),
                    e.triggerText(), e.sentence().start(), e.sentence().end(), e.negated(), e.hypothetical()});
            addArguments(arguments, id, i, "source", e.source());
            addArguments(arguments, id, i, "target", e.target());
        }
        put(rows, StoreTable.ENTITIES, entities);
        put(rows, StoreTable.ACTORS, actors);
        put(rows, StoreTable.QUOTES, quotes);
        put(rows, StoreTable.DATES, dates);
        put(rows, StoreTable.EVENTS, events);
        put(rows, StoreTable.EVENT_ARGUMENTS, arguments);
        return rows;
    }

    private static void addArguments(List<Object[]> rows, String id, int event, String role, List<EventArgument> args) {
        for (int j = 0; j < args.size(); j++) {
            EventArgument a = args.get(j);
            rows.add(new Object[] {id, event, role, j, a.name(), a.span().start(), a.span().end(),
                    a.actor().orElse(null), a.country().orElse(null), a.sector().orElse(null)});
        }
    }

    private static void put(Map<StoreTable, List<Object[]>> rows, StoreTable table, List<Object[]> values) {
        if (!values.isEmpty()) {
            rows.put(table, values);
        }
    }

    /** Rebuilds the article from its rows (each table's rows of this article in {@code idx} order). */
    static AnnotatedArticle read(Map<StoreTable, List<List<Object>>> rows) {
        List<Object> a = rows.get(StoreTable.ARTICLES).get(0);
        @SuppressWarnings("unchecked")
        var article = new CleanArticle((String) a.get(0), (String) a.get(2), opt(a.get(3)),
                Optional.ofNullable((java.time.LocalDate) a.get(4)), opt(a.get(5)), (List<String>) a.get(6),
                opt(a.get(7)), opt(a.get(8)), (String) a.get(9));
        if (!(Boolean) a.get(10)) {
            return new AnnotatedArticle(article, Optional.empty());
        }
        var entities = new ArrayList<EntityMention>();
        var entityActors = new ArrayList<Optional<String>>();
        for (List<Object> r : rows.getOrDefault(StoreTable.ENTITIES, List.of())) {
            entities.add(new EntityMention(span(r, 2), (String) r.get(4),
                    org.storyline.model.EntityType.valueOf((String) r.get(5))));
            entityActors.add(opt(r.get(6)));
        }
        var actors = new ArrayList<Actor>();
        for (List<Object> r : rows.getOrDefault(StoreTable.ACTORS, List.of())) {
            @SuppressWarnings("unchecked")
            var actor = new Actor((String) r.get(2), (String) r.get(3),
                    org.storyline.model.EntityType.valueOf((String) r.get(4)), (List<String>) r.get(5), opt(r.get(6)),
                    opt(r.get(7)), (List<String>) r.get(8));
            actors.add(actor);
        }
        var quotes = new ArrayList<QuoteMention>();
        var speakerActors = new ArrayList<Optional<String>>();
        for (List<Object> r : rows.getOrDefault(StoreTable.QUOTES, List.of())) {
            Optional<org.storyline.model.Speaker> speaker = r.get(6) == null ? Optional.empty()
                    : Optional.of(new org.storyline.model.Speaker((String) r.get(6), r.get(7) == null
                            ? Optional.empty()
                            : Optional.of(new org.storyline.model.TextSpan((Integer) r.get(7), (Integer) r.get(8)))));
            quotes.add(new QuoteMention(span(r, 2), (String) r.get(4),
                    org.storyline.model.QuoteKind.valueOf(((String) r.get(5)).toUpperCase(java.util.Locale.ROOT)),
                    speaker));
            speakerActors.add(opt(r.get(9)));
        }
        var dates = new ArrayList<DateMention>();
        for (List<Object> r : rows.getOrDefault(StoreTable.DATES, List.of())) {
            dates.add(new DateMention(span(r, 2), (String) r.get(4), opt(r.get(5))));
        }
        var sources = new java.util.HashMap<Integer, List<EventArgument>>();
        var targets = new java.util.HashMap<Integer, List<EventArgument>>();
        for (List<Object> r : rows.getOrDefault(StoreTable.EVENT_ARGUMENTS, List.of())) {
            var arg = new EventArgument((String) r.get(4), span(r, 5), opt(r.get(7)), opt(r.get(8)), opt(r.get(9)));
            ("source".equals(r.get(2)) ? sources : targets).computeIfAbsent((Integer) r.get(1), k -> new ArrayList<>())
                    .add(arg);
        }
        var events = new ArrayList<EventMention>();
        for (List<Object> r : rows.getOrDefault(StoreTable.EVENTS, List.of())) {
            int idx = (Integer) r.get(1);
            events.add(new EventMention(org.storyline.model.PloverType.valueOf((String) r.get(2)), opt(r.get(3)),
                    sources.getOrDefault(idx, List.of()), targets.getOrDefault(idx, List.of()),
                    Optional.ofNullable((java.time.LocalDate) r.get(4)), (Boolean) r.get(5), opt(r.get(6)),
                    span(r, 7), (String) r.get(9), span(r, 10), (Boolean) r.get(12), (Boolean) r.get(13)));
        }
        return new AnnotatedArticle(article, Optional.of(new Annotations(entities, entityActors, actors, quotes,
                speakerActors, dates, events)));
    }

    private static org.storyline.model.TextSpan span(List<Object> row, int startColumn) {
        return new org.storyline.model.TextSpan((Integer) row.get(startColumn), (Integer) row.get(startColumn + 1));
    }

    private static Optional<String> opt(Object value) {
        return Optional.ofNullable((String) value);
    }
}
