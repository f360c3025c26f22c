package org.storyline.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.model.Actor;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.DateMention;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.ErrorCode;
import org.storyline.model.EventArgument;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.QuoteKind;
import org.storyline.model.QuoteMention;
import org.storyline.model.Rejection;
import org.storyline.model.Speaker;
import org.storyline.model.StageOutcome;
import org.storyline.model.TextSpan;

/**
 * Pipeline outcomes as flat tables — {@code articles}, {@code entities}, {@code actors}, {@code quotes},
 * {@code events}, {@code rejected} — and back. The Spark job writes these tables as Parquet and
 * {@code storyline ingest --from-parquet} reads them, so both sides share one engine-neutral definition here.
 *
 * <p>Columns carry the field names of CONTRACT.md §2 (spans as {@code start}/{@code end} ints, nested lists as lists
 * of structs), plus what a store needs to rebuild the article exactly: {@code article_id} and {@code ordinal} in
 * the child tables, the entity type of actors, speaker and argument spans, {@code date_from_article}, whether the
 * article was annotated at all, and its position in the input ({@code file_number}, {@code record_number}) so that
 * loading keeps the order an embedded run would have.
 *
 * <p>Values are plain Java: strings, {@link Integer}, {@link Boolean}, {@link List} for lists and
 * {@code Map<String, Object>} (field name to value) for structs and rows; missing values are null.
 *
 * <pre>{@code
 * Map<String, List<Map<String, Object>>> rows = ArticleTables.rows(outcome, fileNumber, recordNumber);
 * rows.get("quotes").forEach(row -> System.out.println(row.get("text") + " " + row.get("speaker")));
 * }</pre>
 */
public final class ArticleTables {
    /** The type of a column: a scalar, a list of a type, or a struct of named columns. */
    public sealed interface ColumnType permits Scalar, ListOf, StructOf {}

    /** Scalar column types. */
    public enum Scalar implements ColumnType { STRING, INT, BOOLEAN }

    /** A list of values of one type. */
    public record ListOf(ColumnType element) implements ColumnType {
        public ListOf {
            requireNonNull(element, "element is null");
        }
    }

    /** A struct of named fields. */
    public record StructOf(List<Column> fields) implements ColumnType {
        public StructOf {
            fields = List.copyOf(requireNonNull(fields, "fields is null"));
        }
    }

    /** A named column; every column may be null. */
    public record Column(String name, ColumnType type) {
        public Column {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }

    /** A table: its name (the Parquet directory) and columns in order. */
    public record Table(String name, List<Column> columns) {
        public Table {
            requireNonNull(name, "name is null");
            columns = List.copyOf(requireNonNull(columns, "columns is null"));
        }
    }

    private static final Scalar S = Scalar.STRING;
    private static final Scalar I = Scalar.INT;
    private static final Scalar B = Scalar.BOOLEAN;
    private static final StructOf DATE = struct(col("text", S), col("start", I), col("end", I), col("value", S));
    private static final StructOf SPEAKER = struct(col("name", S), col("actor", S), col("start", I), col("end", I));
    private static final StructOf ARGUMENT = struct(col("name", S), col("actor", S), col("country", S),
            col("sector", S), col("start", I), col("end", I));

    public static final Table ARTICLES = new Table("articles", List.of(col("id", S), col("source", S),
            col("status", S), col("title", S), col("published", S), col("outlet", S), col("authors", new ListOf(S)),
            col("language", S), col("url", S), col("text", S), col("dates", new ListOf(DATE)), col("annotated", B),
            col("file_number", I), col("record_number", I)));
    public static final Table ENTITIES = new Table("entities", List.of(col("article_id", S), col("ordinal", I),
            col("text", S), col("type", S), col("start", I), col("end", I), col("actor", S)));
    public static final Table ACTORS = new Table("actors", List.of(col("article_id", S), col("ordinal", I),
            col("id", S), col("name", S), col("aliases", new ListOf(S)), col("country", S), col("sector", S),
            col("members", new ListOf(S)), col("type", S)));
    public static final Table QUOTES = new Table("quotes", List.of(col("article_id", S), col("ordinal", I),
            col("text", S), col("start", I), col("end", I), col("kind", S), col("speaker", SPEAKER)));
    public static final Table EVENTS = new Table("events", List.of(col("article_id", S), col("ordinal", I),
            col("type", S), col("cameo", S), col("source", new ListOf(ARGUMENT)), col("target", new ListOf(ARGUMENT)),
            col("date", S), col("location", S), col("trigger", struct(col("text", S), col("start", I), col("end", I))),
            col("sentence", struct(col("start", I), col("end", I))), col("negated", B), col("hypothetical", B),
            col("date_from_article", B)));
    public static final Table REJECTED = new Table("rejected", List.of(col("id", S), col("source", S),
            col("status", S), col("stage", S), col("code", S), col("message", S), col("file_number", I),
            col("record_number", I)));

    /** Every table, articles first. */
    public static final List<Table> TABLES = List.of(ARTICLES, ENTITIES, ACTORS, QUOTES, EVENTS, REJECTED);

    private ArticleTables() {}

    /**
     * The rows of one outcome, by table name (every table present, most empty), each row a map from column name to
     * value in column order.
     *
     * @param fileNumber   0-based position of the input file in the run's sorted file list
     * @param recordNumber 0-based position of the outcome among that file's outcomes
     */
    public static Map<String, List<Map<String, Object>>> rows(StageOutcome<AnnotatedArticle> outcome, int fileNumber,
            int recordNumber) {
        requireNonNull(outcome, "outcome is null");
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        TABLES.forEach(t -> tables.put(t.name(), new ArrayList<>()));
        if (outcome instanceof StageOutcome.Accepted<AnnotatedArticle> a) {
            addArticle(tables, a.value(), fileNumber, recordNumber);
        } else if (outcome instanceof StageOutcome.Rejected<AnnotatedArticle> r) {
            tables.get(REJECTED.name()).add(rejectedRow(r.rejection(), fileNumber, recordNumber));
        }
        return tables;
    }

    private static void addArticle(Map<String, List<Map<String, Object>>> tables, AnnotatedArticle annotated,
            int fileNumber, int recordNumber) {
        CleanArticle a = annotated.article();
        Optional<Annotations> n = annotated.annotations();
        tables.get(ARTICLES.name()).add(row(ARTICLES, a.id(), a.source(), "ok", a.title().orElse(null),
                a.published().map(LocalDate::toString).orElse(null), a.outlet().orElse(null), a.authors(),
                a.language().orElse(null), a.url().orElse(null), a.text(),
                n.map(x -> x.dates().stream().map(d -> (Object) struct(DATE, d.text(), d.span().start(),
                        d.span().end(), d.value().orElse(null))).toList()).orElse(List.of()),
                n.isPresent(), fileNumber, recordNumber));
        if (n.isEmpty()) {
            return;
        }
        Annotations x = n.get();
        for (int i = 0; i < x.entities().size(); i++) {
            EntityMention e = x.entities().get(i);
            tables.get(ENTITIES.name()).add(row(ENTITIES, a.id(), i, e.text(), e.type().name(), e.span().start(),
                    e.span().end(), x.entityActors().get(i).orElse(null)));
        }
        for (int i = 0; i < x.actors().size(); i++) {
            Actor actor = x.actors().get(i);
            tables.get(ACTORS.name()).add(row(ACTORS, a.id(), i, actor.id(), actor.name(), actor.aliases(),
                    actor.country().orElse(null), actor.sector().orElse(null), actor.members(), actor.type().name()));
        }
        for (int i = 0; i < x.quotes().size(); i++) {
            QuoteMention q = x.quotes().get(i);
            String speakerActor = x.speakerActors().get(i).orElse(null);
            Object speaker = q.speaker().map(s -> struct(SPEAKER, s.name(), speakerActor,
                    s.span().map(TextSpan::start).orElse(null), s.span().map(TextSpan::end).orElse(null)))
                    .orElse(null);
            tables.get(QUOTES.name()).add(row(QUOTES, a.id(), i, q.text(), q.span().start(), q.span().end(),
                    q.kind().contractName(), speaker));
        }
        for (int i = 0; i < x.events().size(); i++) {
            EventMention e = x.events().get(i);
            tables.get(EVENTS.name()).add(row(EVENTS, a.id(), i, e.type().name(), e.cameo().orElse(null),
                    arguments(e.source()), arguments(e.target()), e.date().map(LocalDate::toString).orElse(null),
                    e.location().orElse(null),
                    struct((StructOf) column(EVENTS, "trigger").type(), e.triggerText(), e.trigger().start(),
                            e.trigger().end()),
                    struct((StructOf) column(EVENTS, "sentence").type(), e.sentence().start(), e.sentence().end()),
                    e.negated(), e.hypothetical(), e.dateFromArticle()));
        }
    }

    private static List<Object> arguments(List<EventArgument> arguments) {
        return arguments.stream().map(g -> (Object) struct(ARGUMENT, g.name(), g.actor().orElse(null),
                g.country().orElse(null), g.sector().orElse(null), g.span().start(), g.span().end())).toList();
    }

    private static Map<String, Object> rejectedRow(Rejection r, int fileNumber, int recordNumber) {
        return row(REJECTED, r.articleId(), r.source(), "rejected", r.stage(), r.code().name(), r.message(),
                fileNumber, recordNumber);
    }

    /**
     * The article from its {@code articles} row and its rows in the child tables (each list in any order; they are
     * put back in {@code ordinal} order).
     */
    public static AnnotatedArticle article(Map<String, Object> article, List<Map<String, Object>> entities,
            List<Map<String, Object>> actors, List<Map<String, Object>> quotes, List<Map<String, Object>> events) {
        requireNonNull(article, "article is null");
        CleanArticle clean = new CleanArticle(string(article, "id"), string(article, "source"),
                optional(article, "title"), optional(article, "published").map(LocalDate::parse),
                optional(article, "outlet"), strings(article.get("authors")), optional(article, "language"),
                optional(article, "url"), string(article, "text"));
        if (!Boolean.TRUE.equals(article.get("annotated"))) {
            return new AnnotatedArticle(clean, Optional.empty());
        }
        List<EntityMention> entityList = new ArrayList<>();
        List<Optional<String>> entityActors = new ArrayList<>();
        for (Map<String, Object> e : byOrdinal(entities)) {
            entityList.add(new EntityMention(span(e), string(e, "text"), EntityType.valueOf(string(e, "type"))));
            entityActors.add(optional(e, "actor"));
        }
        List<Actor> actorList = byOrdinal(actors).stream().map(r -> new Actor(string(r, "id"), string(r, "name"),
                EntityType.valueOf(string(r, "type")), strings(r.get("aliases")), optional(r, "country"),
                optional(r, "sector"), strings(r.get("members")))).toList();
        List<QuoteMention> quoteList = new ArrayList<>();
        List<Optional<String>> speakerActors = new ArrayList<>();
        for (Map<String, Object> q : byOrdinal(quotes)) {
            Optional<Map<String, Object>> speaker = Optional.ofNullable(map(q.get("speaker")));
            quoteList.add(new QuoteMention(span(q), string(q, "text"), QuoteKind.valueOf(string(q, "kind").toUpperCase(java.util.Locale.ROOT)),
                    speaker.map(s -> new Speaker(string(s, "name"),
                            s.get("start") == null ? Optional.empty() : Optional.of(span(s))))));
            speakerActors.add(speaker.flatMap(s -> optional(s, "actor")));
        }
        List<DateMention> dates = list(article.get("dates")).stream().map(ArticleTables::map)
                .map(d -> new DateMention(span(d), string(d, "text"), optional(d, "value"))).toList();
        List<EventMention> eventList = byOrdinal(events).stream().map(e -> {
            Map<String, Object> trigger = map(e.get("trigger"));
            return new EventMention(PloverType.valueOf(string(e, "type")), optional(e, "cameo"),
                    arguments(e.get("source")), arguments(e.get("target")),
                    optional(e, "date").map(LocalDate::parse), Boolean.TRUE.equals(e.get("date_from_article")),
                    optional(e, "location"), span(trigger), string(trigger, "text"), span(map(e.get("sentence"))),
                    Boolean.TRUE.equals(e.get("negated")), Boolean.TRUE.equals(e.get("hypothetical")));
        }).toList();
        return new AnnotatedArticle(clean, Optional.of(new Annotations(entityList, entityActors, actorList, quoteList,
                speakerActors, dates, eventList)));
    }

    /** The rejection of a {@code rejected} row. */
    public static Rejection rejection(Map<String, Object> row) {
        return new Rejection(string(row, "id"), string(row, "source"), string(row, "stage"),
                ErrorCode.valueOf(string(row, "code")), string(row, "message"));
    }

    /** The column of a table by name. */
    public static Column column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name + " in table " + table.name()));
    }

    private static List<EventArgument> arguments(Object value) {
        return list(value).stream().map(ArticleTables::map).map(g -> new EventArgument(string(g, "name"), span(g),
                optional(g, "actor"), optional(g, "country"), optional(g, "sector"))).toList();
    }

    private static List<Map<String, Object>> byOrdinal(List<Map<String, Object>> rows) {
        if (rows == null) {
            return List.of();
        }
        List<Map<String, Object>> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt(r -> ((Number) r.get("ordinal")).intValue()));
        return sorted;
    }

    private static TextSpan span(Map<String, Object> row) {
        return new TextSpan(((Number) row.get("start")).intValue(), ((Number) row.get("end")).intValue());
    }

    private static String string(Map<String, Object> row, String column) {
        return (String) requireNonNull(row.get(column), () -> "column " + column + " is null in " + row);
    }

    private static Optional<String> optional(Map<String, Object> row, String column) {
        return Optional.ofNullable((String) row.get(column));
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Column col(String name, ColumnType type) {
        return new Column(name, type);
    }

    private static StructOf struct(Column... fields) {
        return new StructOf(List.of(fields));
    }

    private static Map<String, Object> row(Table table, Object... values) {
        return values(table.columns(), values);
    }

    private static Map<String, Object> struct(StructOf type, Object... values) {
        return values(type.fields(), values);
    }

    private static Map<String, Object> values(List<Column> columns, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns "
                    + columns.stream().map(Column::name).toList());
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i).name(), values[i]);
        }
        return java.util.Collections.unmodifiableMap(row);
    }
}
