package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.CleanArticle;

/** The benchmark's synthetic articles: names, dates and some words templated per variant, consistently within one. */
class BenchCorpusTest {
    private static AnnotatedArticle base(String id, String text, Optional<LocalDate> published) {
        return new AnnotatedArticle(new CleanArticle(id, "demo/" + id, Optional.of("Kestria closes the strait"),
                published, Optional.of("Harbour Ledger"), List.of(), Optional.of("en"), Optional.empty(), text),
                Optional.empty());
    }

    private final BenchCorpus corpus = new BenchCorpus(List.of(
            base("a", "On March 3 Kestria closed the Sellen Strait, officials in Halvik said. The blockade "
                    + "stranded fishermen.", Optional.of(LocalDate.of(2025, 3, 3))),
            base("b", "Kestria said on Tuesday the Sellen Strait would stay closed to shipping.", Optional.empty())));

    @Test
    void aVariantRenamesNamesAndMovesDatesTheSameWayInEveryArticle() {
        AnnotatedArticle a0 = corpus.article(0);
        AnnotatedArticle b0 = corpus.article(1);
        AnnotatedArticle a1 = corpus.article(2);
        assertThat(corpus.baseSize()).isEqualTo(2);
        assertThat(a0.article().text()).doesNotContain("Kestria").doesNotContain("Sellen").doesNotContain("Halvik")
                .startsWith("On March 3 ").contains(" said.");
        String kestria0 = a0.article().text().split(" ")[3];
        assertThat(b0.article().text()).startsWith(kestria0 + " said on Tuesday");
        assertThat(a0.article().title().orElseThrow()).startsWith(kestria0 + " ");
        assertThat(a1.article().text()).doesNotContain(kestria0).startsWith("On June 1 ");
        assertThat(a1.article().published()).contains(LocalDate.of(2025, 3, 3).plusDays(BenchCorpus.DAYS_PER_VARIANT));
        // an undated base article gets the corpus's first date
        assertThat(b0.article().published()).contains(LocalDate.of(2025, 3, 3));
        assertThat(a0.article().id()).isNotEqualTo(a1.article().id()).hasSize(64);
        assertThat(corpus.article(2)).isEqualTo(a1);
    }
}
