package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ErrorCode;

/**
 * What every {@link Store} backend must do, run against each of them: articles read back as added, idempotent adds,
 * rejections, all-or-nothing transactions, full-text hits with spans, the story tables, and consistency.
 */
abstract class StoreContractTest {
    /** A new, empty store. */
    abstract Store newStore() throws Exception;

    /** The same store opened again (after the previous one was closed). */
    abstract Store reopen() throws Exception;

    /** Makes inserting an actor with this name fail inside the article's transaction. */
    abstract void poisonActorName(String name) throws Exception;

    static Map<StoreTable, Long> counts(Store store) {
        var counts = new EnumMap<StoreTable, Long>(StoreTable.class);
        for (StoreTable t : StoreTable.values()) {
            counts.put(t, store.count(t));
        }
        return counts;
    }

    @Test
    void anArticleReadsBackAsItWasAdded() throws Exception {
        AnnotatedArticle article = TestArticles.article("a-1", 1);
        try (Store store = newStore()) {
            assertThat(store.add(org.storyline.model.StageOutcome.accepted(article)))
                    .isEqualTo(ArticleStore.Added.ARTICLE);
            assertThat(store.article("a-1")).contains(article);
            assertThat(store.article("nope")).isEmpty();
            assertThat(store.containsArticle("a-1")).isTrue();
        }
        try (Store store = reopen()) {
            assertThat(store.article("a-1")).contains(article);
        }
    }

    @Test
    void addingTheSameInputsTwiceChangesNothing() throws Exception {
        Map<StoreTable, Long> before;
        try (Store store = newStore()) {
            assertThat(store.add(TestArticles.accepted("a-1", 1))).isEqualTo(ArticleStore.Added.ARTICLE);
            assertThat(store.add(TestArticles.accepted("a-2", 2))).isEqualTo(ArticleStore.Added.ARTICLE);
            assertThat(store.add(TestArticles.rejected("r-1", "bad/empty.txt")))
                    .isEqualTo(ArticleStore.Added.REJECTION);
            before = counts(store);
            assertThat(before).containsEntry(StoreTable.ARTICLES, 2L).containsEntry(StoreTable.ENTITIES, 4L)
                    .containsEntry(StoreTable.ACTORS, 4L).containsEntry(StoreTable.QUOTES, 2L)
                    .containsEntry(StoreTable.DATES, 2L).containsEntry(StoreTable.EVENTS, 2L)
                    .containsEntry(StoreTable.EVENT_ARGUMENTS, 4L).containsEntry(StoreTable.REJECTED, 1L);
            assertThat(store.add(TestArticles.accepted("a-1", 1))).isEqualTo(ArticleStore.Added.ALREADY_STORED);
            // same id, different content: still the first one wins
            assertThat(store.add(TestArticles.accepted("a-2", 99))).isEqualTo(ArticleStore.Added.ALREADY_STORED);
            assertThat(store.add(TestArticles.rejected("r-1", "bad/empty.txt")))
                    .isEqualTo(ArticleStore.Added.ALREADY_STORED);
            assertThat(counts(store)).isEqualTo(before);
        }
        try (Store store = reopen()) {
            assertThat(store.add(TestArticles.accepted("a-1", 1))).isEqualTo(ArticleStore.Added.ALREADY_STORED);
            assertThat(counts(store)).isEqualTo(before);
            assertThat(store.articleIds()).containsExactly("a-1", "a-2");
            assertThat(store.article("a-2").orElseThrow().article().text()).isEqualTo(TestArticles.text(2));
        }
    }

    @Test
    void rejectionsKeepTheirCodeAndMessage() throws Exception {
        try (Store store = newStore()) {
            store.add(TestArticles.rejected("r-1", "bad/one.txt"));
            // the same bytes elsewhere are another input
            store.add(TestArticles.rejected("r-1", "bad/two.txt"));
            assertThat(store.rejections()).hasSize(2);
            assertThat(store.rejections().get(0).code()).isEqualTo(ErrorCode.NO_ARTICLE_TEXT);
            assertThat(store.rejections().get(0).message()).isEqualTo("bad/one.txt: no article text was found");
            assertThat(store.rejections().get(1).source()).isEqualTo("bad/two.txt");
            assertThat(store.containsRejection("r-1", "bad/two.txt")).isTrue();
            assertThat(store.containsArticle("r-1")).isFalse();
        }
    }

    @Test
    void aFailingRowLeavesNothingOfItsArticle() throws Exception {
        try (Store store = newStore()) {
            store.add(TestArticles.accepted("a-1", 1));
            Map<StoreTable, Long> before = counts(store);
            poisonActorName("Poison");
            var poisoned = org.storyline.model.StageOutcome.accepted(TestArticles.article("a-2", 2, "Poison"));
            assertThatThrownBy(() -> store.add(poisoned)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("a-2");
            // the article row and its entities were inserted before the actors failed: all rolled back
            assertThat(counts(store)).isEqualTo(before);
            assertThat(store.containsArticle("a-2")).isFalse();
            assertThat(store.search("convoy 2", 10)).noneMatch(h -> h.articleId().equals("a-2"));
            assertThat(store.check().problems()).isEmpty();
            // and the store goes on working
            assertThat(store.add(TestArticles.accepted("a-3", 3))).isEqualTo(ArticleStore.Added.ARTICLE);
        }
    }

    @Test
    void searchHitsPointToTheSpanThatMatched() throws Exception {
        try (Store store = newStore()) {
            store.add(TestArticles.accepted("a-1", 1));
            store.add(TestArticles.accepted("a-2", 2));
            String text = TestArticles.text(1);

            List<SearchHit> quote = store.search("\"back down\"", 10);
            assertThat(quote).extracting(SearchHit::kind).contains(SearchHit.Kind.QUOTE);
            SearchHit q = quote.stream().filter(h -> h.kind() == SearchHit.Kind.QUOTE).findFirst().orElseThrow();
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(TestArticles.QUOTE);

            // English stemming: "accusing" finds "accused"; the event hit is its sentence
            List<SearchHit> event = store.search("accusing", 10);
            SearchHit e = event.stream().filter(h -> h.kind() == SearchHit.Kind.EVENT
                    && h.articleId().equals("a-1")).findFirst().orElseThrow();
            assertThat(text.substring(e.span().start(), e.span().end()))
                    .isEqualTo("Valdria accused Kestria of shelling convoy 1 on Tuesday.");

            // a paragraph hit names the article whose paragraph it is
            List<SearchHit> convoy = store.search("convoy 2", 10);
            assertThat(convoy.get(0).articleId()).isEqualTo("a-2");
            assertThat(store.search("nothing-like-this-anywhere", 10)).isEmpty();
            // a query that is not valid syntax is searched as words, not an error
            assertThat(store.search("convoy AND (", 10)).isNotEmpty();
        }
    }

    @Test
    void storyTablesRecordAssignmentsDuplicatesAndMerges() throws Exception {
        try (Store store = newStore()) {
            for (int i = 1; i <= 4; i++) {
                store.add(TestArticles.accepted("a-" + i, i));
            }
            assertThat(store.articlesWithoutStory()).containsExactly("a-1", "a-2", "a-3", "a-4");
            store.assignStory("a-1", "s-1");
            store.assignStory("a-2", "s-1");
            store.assignStory("a-3", "s-2");
            store.assignStory("a-3", "s-3"); // moved
            store.markDuplicate("a-2", "a-1", 0.97);
            store.saveStory("s-1", "Convoy shelled", "{\"summary\":\"...\"}");
            assertThat(store.articlesWithoutStory()).containsExactly("a-4");
            assertThat(store.storyOf("a-3")).contains("s-3");
            List<StoredStory> stories = store.stories();
            assertThat(stories).extracting(StoredStory::id).containsExactly("s-1", "s-3");
            assertThat(stories.get(0).articles()).containsExactly("a-1", "a-2");
            assertThat(stories.get(0).duplicates()).containsExactly(new StoredStory.Duplicate("a-2", "a-1", 0.97));
            assertThat(stories.get(0).title()).contains("Convoy shelled");
            assertThat(stories.get(1).title()).isEmpty();

            store.mergeStories("s-1", "s-3");
            stories = store.stories();
            assertThat(stories).hasSize(1);
            assertThat(stories.get(0).id()).isEqualTo("s-3");
            assertThat(stories.get(0).articles()).containsExactly("a-1", "a-2", "a-3");
            assertThat(store.count(StoreTable.STORIES)).isZero();
            assertThatThrownBy(() -> store.markDuplicate("a-1", "a-2", 1.5))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void checkFindsTablesAndIndexInAgreement() throws Exception {
        try (Store store = newStore()) {
            store.add(TestArticles.accepted("a-1", 1));
            store.add(TestArticles.accepted("a-2", 2));
            StoreCheck check = store.check();
            assertThat(check.problems()).isEmpty();
            assertThat(check.expectedPassages()).containsEntry(SearchHit.Kind.ARTICLE, 2L)
                    .containsEntry(SearchHit.Kind.PARAGRAPH, 4L).containsEntry(SearchHit.Kind.QUOTE, 2L)
                    .containsEntry(SearchHit.Kind.EVENT, 2L);
            assertThat(check.indexedPassages()).isEqualTo(check.expectedPassages());
        }
    }

    @Test
    void scanGivesTypedRowsInColumnOrder() throws Exception {
        try (Store store = newStore()) {
            store.add(TestArticles.accepted("a-2", 2));
            store.add(TestArticles.accepted("a-1", 1));
            var rows = new java.util.ArrayList<List<Object>>();
            store.scan(StoreTable.ARTICLES, rows::add);
            assertThat(rows).hasSize(2);
            // in the order added, not by id
            assertThat(rows.get(0).get(0)).isEqualTo("a-2");
            assertThat(rows.get(0).get(4)).isEqualTo(java.time.LocalDate.of(2025, 3, 19));
            assertThat(rows.get(0).get(6)).isEqualTo(List.of("A. Writer", "B"));
            assertThat(rows.get(0).get(10)).isEqualTo(true);
            var events = new java.util.ArrayList<List<Object>>();
            store.scan(StoreTable.EVENTS, events::add);
            assertThat(events.get(0)).hasSize(StoreTable.EVENTS.columns().size());
            assertThat(events.get(0).get(2)).isEqualTo("ACCUSE");
            assertThat(events.get(0).get(6)).isNull();
        }
    }

    @Test
    void theEngineStateIsAppendedReplacedAndReadBackAfterReopening() throws Exception {
        byte[] large = new byte[3 << 20]; // larger than a page, a VARBINARY limit or a network packet
        new java.util.Random(5).nextBytes(large);
        try (Store store = newStore()) {
            assertThat(store.loadEngineState()).isEmpty();
            store.saveEngineState(new byte[] {1, 2, 3}, false);
            store.saveEngineState(large, false);
            assertThat(store.loadEngineState()).containsExactly(new byte[] {1, 2, 3}, large);
            assertThat(counts(store).values()).as("not one of the exported tables").allMatch(n -> n == 0);
        }
        try (Store store = reopen()) {
            assertThat(store.loadEngineState()).containsExactly(new byte[] {1, 2, 3}, large);
            for (int i = 4; i <= 12; i++) {
                store.saveEngineState(new byte[] {(byte) i}, false);
            }
            assertThat(store.loadEngineState()).as("in the order saved, past nine segments").hasSize(11)
                    .last().isEqualTo(new byte[] {12});
            store.saveEngineState(new byte[] {7, 7}, true);
            assertThat(store.loadEngineState()).containsExactly(new byte[] {7, 7});
            store.saveEngineState(new byte[0], false);
            assertThat(store.loadEngineState()).containsExactly(new byte[] {7, 7}, new byte[0]);
        }
    }
}
