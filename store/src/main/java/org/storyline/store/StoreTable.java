package org.storyline.store;

import static org.storyline.store.Column.Type.BOOLEAN;
import static org.storyline.store.Column.Type.DATE;
import static org.storyline.store.Column.Type.DOUBLE;
import static org.storyline.store.Column.Type.INT;
import static org.storyline.store.Column.Type.LONG;
import static org.storyline.store.Column.Type.STRING;
import static org.storyline.store.Column.Type.STRING_LIST;
import static org.storyline.store.Column.Type.TEXT;
import static org.storyline.store.Column.optional;
import static org.storyline.store.Column.required;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables of a store, the same in every backend and in every export format. Spans are {@code start_char} and
 * {@code end_char} (Java {@code String} indices into the article's {@code text}, end exclusive; {@code start} and
 * {@code end} are SQL keywords). Rows of one article share its {@code article_id} and are numbered by {@code idx} in
 * the order {@code extract} writes them.
 *
 * <p>{@link #STORIES}, {@link #STORY_ARTICLES} and {@link #DUPLICATES} are filled by the story engine through
 * {@link StoryStore}; the others by {@link ArticleStore#add}.
 */
public enum StoreTable {
    ARTICLES(List.of(required("id", STRING), required("seq", LONG), required("source", STRING),
            optional("title", STRING), optional("published", DATE), optional("outlet", STRING),
            required("authors", STRING_LIST), optional("language", STRING), optional("url", STRING),
            required("text", TEXT), required("annotated", BOOLEAN)), List.of("id")),
    ENTITIES(List.of(required("article_id", STRING), required("idx", INT), required("start_char", INT),
            required("end_char", INT), required("text", STRING), required("type", STRING),
            optional("actor", STRING)), List.of("article_id", "idx")),
    ACTORS(List.of(required("article_id", STRING), required("idx", INT), required("actor_id", STRING),
            required("name", STRING), required("type", STRING), required("aliases", STRING_LIST),
            optional("country", STRING), optional("sector", STRING), required("members", STRING_LIST)),
            List.of("article_id", "idx")),
    QUOTES(List.of(required("article_id", STRING), required("idx", INT), required("start_char", INT),
            required("end_char", INT), required("text", TEXT), required("kind", STRING),
            optional("speaker_name", STRING), optional("speaker_start", INT), optional("speaker_end", INT),
            optional("speaker_actor", STRING)), List.of("article_id", "idx")),
    DATES(List.of(required("article_id", STRING), required("idx", INT), required("start_char", INT),
            required("end_char", INT), required("text", STRING), optional("resolved", STRING)),
            List.of("article_id", "idx")),
    EVENTS(List.of(required("article_id", STRING), required("idx", INT), required("type", STRING),
            optional("cameo", STRING), optional("date", DATE), required("date_from_article", BOOLEAN),
            optional("location", STRING), required("trigger_start", INT), required("trigger_end", INT),
            required("trigger_text", STRING), required("sentence_start", INT), required("sentence_end", INT),
            required("negated", BOOLEAN), required("hypothetical", BOOLEAN)), List.of("article_id", "idx")),
    /** Sources and targets of events: {@code role} is {@code source} or {@code target}. */
    EVENT_ARGUMENTS(List.of(required("article_id", STRING), required("event_idx", INT), required("role", STRING),
            required("idx", INT), required("name", STRING), required("start_char", INT), required("end_char", INT),
            optional("actor", STRING), optional("country", STRING), optional("sector", STRING)),
            List.of("article_id", "event_idx", "role", "idx")),
    /** Inputs that did not become articles; one row per input (an id may repeat for identical bytes elsewhere). */
    REJECTED(List.of(required("article_id", STRING), required("source", STRING), required("seq", LONG),
            required("stage", STRING), required("code", STRING), required("message", TEXT)),
            List.of("article_id", "source")),
    /** A story's title and whatever the story engine keeps about it ({@code data}, JSON). */
    STORIES(List.of(required("id", STRING), optional("title", STRING), optional("data", TEXT)), List.of("id")),
    /** Which story each article belongs to: at most one. */
    STORY_ARTICLES(List.of(required("article_id", STRING), required("story_id", STRING)), List.of("article_id")),
    /** Near-duplicate and partial copies: {@code article_id} copies {@code duplicate_of}; both stay stored. */
    DUPLICATES(List.of(required("article_id", STRING), required("duplicate_of", STRING),
            required("similarity", DOUBLE)), List.of("article_id", "duplicate_of"));

    private final List<Column> columns;
    private final List<String> primaryKey;

    StoreTable(List<Column> columns, List<String> primaryKey) {
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
    }

    /** The SQL and file name: {@code event_arguments}. */
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    /** The table named so (case-insensitive), if any. */
    public static Optional<StoreTable> byName(String name) {
        for (StoreTable t : values()) {
            if (t.tableName().equalsIgnoreCase(name.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
