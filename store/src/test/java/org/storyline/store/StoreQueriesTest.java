package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.CleanArticle;
import org.storyline.model.EventMention;
import org.storyline.model.PloverType;
import org.storyline.model.StageOutcome;
import org.storyline.store.StoreQueries.ArticleQuery;
import org.storyline.store.StoreQueries.EventHit;
import org.storyline.store.StoreQueries.EventQuery;
import org.storyline.store.StoreQueries.Page;

/**
 * The paged reads of {@link StoreQueries} on the embedded store and, when one is configured (see
 * {@link PostgresStoreTest}), on PostgreSQL: order, filters, keyset pages that add up to the whole list, and tokens
 * refused when they are not this list's.
 */
class StoreQueriesTest {
    @TempDir
    static Path temp;
    private static int stores;
    private final List<Runnable> cleanups = new ArrayList<>();

    static Stream<String> backends() {
        return Stream.of("embedded", "postgres");
    }

    private Store open(String backend) throws Exception {
        if (backend.equals("embedded")) {
            return Stores.embedded(temp.resolve("store-" + ++stores));
        }
        String url = PostgresStoreTest.configuredUrl();
        assumeTrue(url != null, "skipped: no PostgreSQL server configured (set STORYLINE_TEST_POSTGRES)");
        String schema = "storyline_queries_" + ++stores + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            assumeTrue(false, "skipped: PostgreSQL cannot be reached: " + e.getMessage());
        }
        cleanups.add(() -> {
            try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return Stores.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    void cleanUp() {
        cleanups.forEach(Runnable::run);
    }

    /** Test article {@code n} with its one event given this type and date, published by {@code outlet}. */
    static AnnotatedArticle article(String id, int n, PloverType type, LocalDate date, String outlet) {
        AnnotatedArticle base = TestArticles.article(id, n);
        CleanArticle a = base.article();
        var clean = new CleanArticle(a.id(), a.source(), a.title(), a.published(), Optional.of(outlet), a.authors(),
                a.language(), a.url(), a.text());
        Annotations n0 = base.annotations().orElseThrow();
        EventMention e = n0.events().get(0);
        var event = new EventMention(type, e.cameo(), e.source(), e.target(), Optional.ofNullable(date),
                e.dateFromArticle(), e.location(), e.trigger(), e.triggerText(), e.sentence(), e.negated(),
                e.hypothetical());
        return new AnnotatedArticle(clean, Optional.of(n0.withEvents(List.of(event))));
    }

    /** Every item of a list, read page by page. */
    static <T> List<T> all(BiFunction<Optional<String>, Integer, Page<T>> list, int limit) {
        var items = new ArrayList<T>();
        Optional<String> after = Optional.empty();
        for (int pages = 0; pages < 100; pages++) {
            Page<T> page = list.apply(after, limit);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            items.addAll(page.items());
            if (page.next().isEmpty()) {
                return items;
            }
            assertThat(page.items()).hasSize(limit);
            after = page.next();
        }
        throw new AssertionError("more than 100 pages");
    }

    private static void fill(Store store) {
        store.add(StageOutcome.accepted(article("a1", 1, PloverType.ACCUSE, LocalDate.of(2025, 3, 3), "Courier")));
        store.add(StageOutcome.accepted(article("a2", 2, PloverType.ASSAULT, LocalDate.of(2025, 3, 1), "Herald")));
        store.add(StageOutcome.accepted(article("a3", 3, PloverType.ACCUSE, null, "Courier")));
        store.add(StageOutcome.accepted(article("a4", 4, PloverType.ACCUSE, LocalDate.of(2025, 3, 2), "Herald")));
        store.add(StageOutcome.accepted(article("a5", 5, PloverType.ACCUSE, LocalDate.of(2025, 3, 2), "Courier")));
        store.assignStory("a1", "s1");
        store.assignStory("a4", "s1");
        store.assignStory("a2", "s2");
    }

    private static List<String> ids(List<EventHit> hits) {
        return hits.stream().map(h -> h.articleId() + "@" + h.event().date().map(Object::toString).orElse("-"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void articlesComeInTheOrderAddedWithTheirStoryAndPagesAddUp(String backend) throws Exception {
        try (Store store = open(backend)) {
            fill(store);
            var all = all((after, limit) -> store.articles(ArticleQuery.ALL, after, limit), 2);
            assertThat(all).extracting(StoreQueries.ArticleSummary::id).containsExactly("a1", "a2", "a3", "a4", "a5");
            assertThat(all.get(0).story()).contains("s1");
            assertThat(all.get(2).story()).isEmpty();
            assertThat(all.get(0).outlet()).contains("Courier");
            assertThat(all.get(0).title()).contains("Convoy 1 shelled");
            assertThat(store.articles(new ArticleQuery(Optional.of("Herald"), Optional.empty()), Optional.empty(), 10)
                    .items()).extracting(StoreQueries.ArticleSummary::id).containsExactly("a2", "a4");
            assertThat(store.articles(new ArticleQuery(Optional.empty(), Optional.of("s1")), Optional.empty(), 10)
                    .items()).extracting(StoreQueries.ArticleSummary::id).containsExactly("a1", "a4");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void eventsComeByDateWithUndatedLastOnEveryPageSize(String backend) throws Exception {
        try (Store store = open(backend)) {
            fill(store);
            var expected = List.of("a2@2025-03-01", "a4@2025-03-02", "a5@2025-03-02", "a1@2025-03-03", "a3@-");
            for (int limit = 1; limit <= 6; limit++) {
                assertThat(ids(all((after, l) -> store.events(EventQuery.ALL, after, l), limit)))
                        .as("page size %d", limit).containsExactlyElementsOf(expected);
            }
            EventHit first = store.events(EventQuery.ALL, Optional.empty(), 1).items().get(0);
            assertThat(first.outlet()).contains("Herald");
            assertThat(first.event().source()).extracting(a -> a.actor().orElse(null)).containsExactly("country:valdria");
            assertThat(first.event().target()).extracting(a -> a.name()).containsExactly("Kestria");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void eventFiltersCombine(String backend) throws Exception {
        try (Store store = open(backend)) {
            fill(store);
            assertThat(ids(store.events(EventQuery.ALL.withType(PloverType.ASSAULT), Optional.empty(), 10).items()))
                    .containsExactly("a2@2025-03-01");
            assertThat(ids(store.events(EventQuery.ALL.withDates(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 2)),
                    Optional.empty(), 10).items())).containsExactly("a4@2025-03-02", "a5@2025-03-02");
            assertThat(ids(store.events(EventQuery.ALL.withDates(LocalDate.of(2025, 3, 2), null)
                    .withType(PloverType.ACCUSE).withOutlet("Courier"), Optional.empty(), 10).items()))
                    .containsExactly("a5@2025-03-02", "a1@2025-03-03");
            assertThat(ids(store.events(EventQuery.ALL.withStory("s1"), Optional.empty(), 10).items()))
                    .containsExactly("a4@2025-03-02", "a1@2025-03-03");
            assertThat(store.events(EventQuery.ALL.withActor("country:valdria"), Optional.empty(), 10).items())
                    .hasSize(5);
            assertThat(store.events(EventQuery.ALL.withActor("country:kestria"), Optional.empty(), 10).items())
                    .as("Kestria has no actor id in the test articles").isEmpty();
            assertThat(store.events(EventQuery.ALL.withStory("nope"), Optional.empty(), 10).items()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void quotesBySpeakerActorOrNameAndActorsWithCounts(String backend) throws Exception {
        try (Store store = open(backend)) {
            fill(store);
            assertThat(all((after, l) -> store.quotes(Optional.empty(), after, l), 2)).hasSize(5);
            assertThat(store.quotes(Optional.of("person:greta-ansel"), Optional.empty(), 10).items()).hasSize(5);
            var byName = store.quotes(Optional.of("GRETA ANSEL"), Optional.empty(), 10).items();
            assertThat(byName).hasSize(5);
            assertThat(byName.get(0).quote().text()).isEqualTo(TestArticles.QUOTE);
            assertThat(byName.get(0).speakerActor()).contains("person:greta-ansel");
            assertThat(store.quotes(Optional.of("nobody"), Optional.empty(), 10).items()).isEmpty();

            var actors = all((after, l) -> store.actors(Optional.empty(), after, l), 1);
            assertThat(actors).extracting(StoreQueries.ActorSummary::id)
                    .containsExactly("country:valdria", "person:greta-ansel");
            assertThat(actors.get(0).articles()).isEqualTo(5);
            assertThat(actors.get(1).country()).contains("VLD");
            assertThat(store.actors(Optional.of("gReTa"), Optional.empty(), 10).items())
                    .extracting(StoreQueries.ActorSummary::id).containsExactly("person:greta-ansel");
            assertThat(store.actors(Optional.of("%"), Optional.empty(), 10).items()).as("LIKE wildcards are text")
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void tokensOfAnotherListOrGarbageAreRefused(String backend) throws Exception {
        try (Store store = open(backend)) {
            fill(store);
            String articlesToken = store.articles(ArticleQuery.ALL, Optional.empty(), 1).next().orElseThrow();
            assertThatThrownBy(() -> store.events(EventQuery.ALL, Optional.of(articlesToken), 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
            assertThatThrownBy(() -> store.quotes(Optional.empty(), Optional.of("%%%not base64"), 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cursor");
            assertThatThrownBy(() -> store.actors(Optional.empty(), Optional.of("e30"), 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.articles(ArticleQuery.ALL, Optional.empty(), 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
            assertThatThrownBy(() -> store.articles(ArticleQuery.ALL, Optional.empty(), StoreQueries.MAX_LIMIT + 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void syntheticEventsFillAnEmptyStoreAndPageInDateOrder(String backend) throws Exception {
        try (Store store = open(backend)) {
            SyntheticEvents.fill(store, 50, 20, 30);
            assertThat(store.count(StoreTable.ARTICLES)).isEqualTo(50);
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(1000);
            assertThat(store.count(StoreTable.EVENT_ARGUMENTS)).isEqualTo(2000);
            var all = all((after, l) -> store.events(EventQuery.ALL, after, l), 300);
            assertThat(all).hasSize(1000);
            var dates = all.stream().map(h -> h.event().date()).toList();
            assertThat(dates.stream().filter(java.util.Optional::isEmpty)).hasSize(50);
            var dated = dates.stream().flatMap(java.util.Optional::stream).toList();
            assertThat(dated).isSorted();
            assertThat(dates.subList(950, 1000)).allMatch(java.util.Optional::isEmpty);
            var accuse = all((after, l) -> store.events(EventQuery.ALL.withType(PloverType.ACCUSE), after, l), 7);
            assertThat(accuse).isNotEmpty().allMatch(h -> h.event().type() == PloverType.ACCUSE);
            assertThat(accuse.size()).isEqualTo(all.stream().filter(h -> h.event().type() == PloverType.ACCUSE).count());
            var actor = all((after, l) -> store.events(EventQuery.ALL.withActor("actor:7"), after, l), 9);
            assertThat(ids(actor)).isNotEmpty().containsExactlyElementsOf(ids(all.stream().filter(h ->
                    h.event().source().get(0).actor().orElseThrow().equals("actor:7")
                    || h.event().target().get(0).actor().orElseThrow().equals("actor:7")).toList()));
            var outletType = all((after, l) -> store.events(EventQuery.ALL.withOutlet("Outlet 3")
                    .withType(PloverType.AID), after, l), 4);
            assertThat(ids(outletType)).isNotEmpty().containsExactlyElementsOf(ids(all.stream().filter(h ->
                    h.outlet().orElseThrow().equals("Outlet 3") && h.event().type() == PloverType.AID).toList()));
            assertThatThrownBy(() -> SyntheticEvents.fill(store, 1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void aStoreWithoutEventKeysGetsThemWhenItOpens() throws Exception {
        Path dir = temp.resolve("store-backfill");
        try (Store store = Stores.embedded(dir)) {
            fill(store);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("storyline")
                + ";AUTO_SERVER=TRUE"); var s = c.createStatement()) {
            s.execute("DROP TABLE event_keys");
        }
        try (Store store = Stores.embedded(dir)) {
            assertThat(ids(store.events(EventQuery.ALL.withActor("country:valdria").withOutlet("Herald"),
                    Optional.empty(), 10).items())).containsExactly("a2@2025-03-01", "a4@2025-03-02");
            assertThat(ids(store.events(EventQuery.ALL.withOutlet("Courier"), Optional.empty(), 10).items()))
                    .containsExactly("a5@2025-03-02", "a1@2025-03-03", "a3@-");
        }
    }
}
