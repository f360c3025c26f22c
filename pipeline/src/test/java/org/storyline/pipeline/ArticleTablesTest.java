package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
import org.storyline.model.Speaker;
import org.storyline.model.StageOutcome;
import org.storyline.model.TextSpan;

/** Hand-built articles through the tables and back: nothing a store keeps may be lost. */
class ArticleTablesTest {
    private static final String TEXT = "Valdria accused Kestria on Tuesday. \"We will respond,\" said Greta Ansel.";

    static AnnotatedArticle article() {
        var clean = new CleanArticle("abc", "demo/x.html", Optional.of("Accusation"),
                Optional.of(LocalDate.of(2025, 3, 19)), Optional.of("Calder Daily"), List.of("A. Writer"),
                Optional.of("en"), Optional.empty(), TEXT);
        var valdria = new Actor("country:valdria", "Valdria", EntityType.COUNTRY, List.of("Valdria"),
                Optional.of("VLD"), Optional.empty());
        var group = new Actor("group:both", "both", EntityType.MISC, List.of(), Optional.empty(), Optional.of("GOV"),
                List.of("country:valdria", "country:kestria"));
        var event = new EventMention(PloverType.ACCUSE, Optional.of("112"),
                List.of(new EventArgument("Valdria", new TextSpan(0, 7), Optional.of("country:valdria"),
                        Optional.of("VLD"), Optional.empty())),
                List.of(new EventArgument("Kestria", new TextSpan(16, 23), Optional.empty(), Optional.empty(),
                        Optional.empty())),
                Optional.of(LocalDate.of(2025, 3, 18)), false, Optional.empty(), new TextSpan(8, 15), "accused",
                new TextSpan(0, 35), false, true);
        var annotations = new Annotations(
                List.of(new EntityMention(new TextSpan(0, 7), "Valdria", EntityType.COUNTRY),
                        new EntityMention(new TextSpan(16, 23), "Kestria", EntityType.COUNTRY)),
                List.of(Optional.of("country:valdria"), Optional.empty()), List.of(valdria, group),
                List.of(new QuoteMention(span("We will respond"), "We will respond", QuoteKind.DIRECT,
                                Optional.of(new Speaker("Greta Ansel", Optional.of(span("Greta Ansel"))))),
                        new QuoteMention(span("We"), "We", QuoteKind.PARTIAL, Optional.empty())),
                List.of(Optional.of("person:greta-ansel"), Optional.empty()),
                List.of(new DateMention(new TextSpan(24, 34), "on Tuesday", Optional.of("2025-03-18"))),
                List.of(event));
        return new AnnotatedArticle(clean, Optional.of(annotations));
    }

    @Test
    void anAnnotatedArticleComesBackEqual() {
        AnnotatedArticle article = article();
        Map<String, List<Map<String, Object>>> rows = ArticleTables.rows(StageOutcome.accepted(article), 3, 7);
        assertThat(rows.keySet()).containsExactly("articles", "entities", "actors", "quotes", "events", "rejected");
        assertThat(rows.get("articles")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("file_number", 3).containsEntry("record_number", 7)
                    .containsEntry("published", "2025-03-19").containsEntry("status", "ok");
            assertThat(r.keySet()).containsSubsequence("id", "source", "status", "title", "published", "outlet",
                    "authors", "language", "url", "text");
        });
        assertThat(rows.get("quotes").get(0)).containsEntry("kind", "direct").containsEntry("start", TEXT.indexOf("We will"));
        // child rows in any order: they are put back by ordinal
        AnnotatedArticle back = ArticleTables.article(rows.get("articles").get(0),
                reversed(rows.get("entities")), reversed(rows.get("actors")), reversed(rows.get("quotes")),
                rows.get("events"));
        assertThat(back).isEqualTo(article);
    }

    @Test
    void aCleanOnlyArticleAndARejectionComeBackEqual() {
        var clean = new AnnotatedArticle(article().article(), Optional.empty());
        var rows = ArticleTables.rows(StageOutcome.accepted(clean), 0, 0);
        assertThat(ArticleTables.article(rows.get("articles").get(0), List.of(), List.of(), List.of(), List.of()))
                .isEqualTo(clean);
        StageOutcome<AnnotatedArticle> rejected = StageOutcome.rejected("def", "in.jsonl#2", "ingest",
                ErrorCode.EMPTY_INPUT, "in.jsonl#2: the line is empty");
        var rejectedRows = ArticleTables.rows(rejected, 1, 1);
        assertThat(rejectedRows.get("articles")).isEmpty();
        assertThat(ArticleTables.rejection(rejectedRows.get("rejected").get(0)))
                .isEqualTo(((StageOutcome.Rejected<AnnotatedArticle>) rejected).rejection());
    }

    private static TextSpan span(String words) {
        int start = TEXT.indexOf(words);
        return new TextSpan(start, start + words.length());
    }

    private static <T> List<T> reversed(List<T> list) {
        var copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
