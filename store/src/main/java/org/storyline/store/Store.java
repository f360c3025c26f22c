package org.storyline.store;

import java.util.List;
import java.util.function.Consumer;

/**
 * A store of articles, their annotations, rejections and stories: SQL tables ({@link StoreTable}) plus full-text
 * search, behind one interface whatever the backend. Open one with {@link Stores}.
 *
 * <pre>{@code
 * try (Store store = Stores.embedded(Path.of("storyline-data"))) {
 *     pipeline.run(reader, 1, store::add, RunListener.NONE);
 *     store.search("convoy airstrike", 10).forEach(hit -> System.out.println(hit.articleId() + " " + hit.span()));
 * }
 * }</pre>
 *
 * <p>Methods may be called from several threads; writes are serialised. {@link StoreException} reports backend
 * failures.
 */
public interface Store extends ArticleStore, StoryStore, StoreQueries, AutoCloseable {
    /** Full-text search over titles, paragraphs, quotations (and their speakers) and event sentences. */
    List<SearchHit> search(String query, int limit);

    /** Rows in the table. */
    long count(StoreTable table);

    /**
     * Hands every row of the table to {@code rows}, values in {@link StoreTable#columns()} order (null for SQL
     * NULL), ordered by primary key, articles by the order they were added.
     */
    void scan(StoreTable table, Consumer<List<Object>> rows);

    /** Compares the tables with the full-text index; cost grows with the store (it reads every article's text). */
    StoreCheck check();

    /** Where the store is: its directory or its JDBC URL without credentials. */
    String location();

    @Override
    void close();
}
