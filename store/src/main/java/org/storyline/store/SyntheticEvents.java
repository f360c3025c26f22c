package org.storyline.store;

import org.storyline.store.internal.SyntheticRows;

/**
 * Fills a store with synthetic articles and events straight in SQL, for benchmarks of the read paths (a million
 * events in under a minute, where {@link ArticleStore#add} would run the full per-article write path). The rows are
 * deterministic: {@code articles} articles with ids {@code syn-1...}, 20 outlets, published over 2023–2025, in
 * stories of 10 articles; {@code eventsPerArticle} events each, of the 16 PLOVER types, dated within a week after
 * their article (one in twenty undated), each with a source and a target among {@code actors} actors
 * ({@code actor:1...}).
 *
 * <p><b>NOTE:</b> the rows bypass the full-text index, so {@link Store#check()} reports them as missing from it and
 * the next store that opens with the index writer indexes them. Meant for throw-away benchmark stores.
 */
public final class SyntheticEvents {
    private SyntheticEvents() {}

    /** Adds the rows to an empty store of either backend (refused when it already holds articles). */
    public static void fill(Store store, int articles, int eventsPerArticle, int actors) {
        if (articles < 1 || eventsPerArticle < 1 || actors < 2) {
            throw new IllegalArgumentException("need at least 1 article, 1 event per article and 2 actors, got "
                    + articles + ", " + eventsPerArticle + ", " + actors);
        }
        if (store.count(StoreTable.ARTICLES) != 0) {
            throw new IllegalArgumentException("synthetic rows go into an empty store; " + store.location()
                    + " holds " + store.count(StoreTable.ARTICLES) + " articles");
        }
        SyntheticRows.fill(store, articles, eventsPerArticle, actors);
    }
}
