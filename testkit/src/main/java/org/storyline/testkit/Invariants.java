package org.storyline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.storyline.model.CleanArticle;
import org.storyline.model.Rejection;
import org.storyline.model.StageOutcome;
import org.storyline.model.TextSpan;

/**
 * The invariant checker every stage test runs on every output: cleaned text is normalised (no non-breaking or
 * doubled spaces, paragraphs separated by exactly one blank line, none empty), paragraph spans lie inside the text
 * and are ordered, metadata is well-formed, rejections name their input and carry a code and a message.
 */
public final class Invariants {
    private Invariants() {}

    public static void check(StageOutcome<CleanArticle> outcome) {
        if (outcome instanceof StageOutcome.Accepted<CleanArticle> a) {
            check(a.value());
        } else if (outcome instanceof StageOutcome.Rejected<CleanArticle> r) {
            check(r.rejection());
        }
    }

    public static void checkAll(List<StageOutcome<CleanArticle>> outcomes) {
        outcomes.forEach(Invariants::check);
    }

    public static void check(CleanArticle a) {
        String where = a.source();
        assertThat(a.id()).as("id of %s", where).isNotBlank();
        String text = a.text();
        assertThat(text).as("text of %s", where).isNotBlank();
        assertThat(text).as("text of %s has no non-breaking spaces", where).doesNotContain("\u00A0");
        assertThat(text).as("text of %s has no doubled spaces", where).doesNotContain("  ");
        assertThat(text).as("text of %s has no triple newlines", where).doesNotContain("\n\n\n");
        assertThat(text).as("text of %s is trimmed", where).isEqualTo(text.strip());
        int previousEnd = -1;
        for (TextSpan p : a.paragraphs()) {
            assertThat(p.end()).as("paragraph %s inside text of %s", p, where).isLessThanOrEqualTo(text.length());
            assertThat(p.start()).as("paragraphs of %s ordered", where).isGreaterThan(previousEnd);
            String para = p.of(text);
            assertThat(para).as("paragraph %s of %s", p, where).isNotBlank().isEqualTo(para.strip());
            previousEnd = p.end();
        }
        a.title().ifPresent(t -> assertThat(t).as("title of %s", where).isNotBlank().isEqualTo(t.strip())
                .doesNotContain("\n"));
        a.language().ifPresent(l -> assertThat(l).as("language of %s", where).matches("[a-z]{2}"));
        a.published().ifPresent(d -> assertThat(d.getYear()).as("year of %s", where).isBetween(1900, 2100));
        a.authors().forEach(name -> assertThat(name).as("author of %s", where).isNotBlank());
    }

    public static void check(Rejection r) {
        assertThat(r.articleId()).as("rejected id").isNotBlank();
        assertThat(r.source()).as("rejected source").isNotBlank();
        assertThat(r.message()).as("message of rejection %s", r.code()).isNotBlank();
        String file = r.source().contains("#") ? r.source().substring(0, r.source().indexOf('#')) : r.source();
        String name = file.substring(file.lastIndexOf('/') + 1);
        assertThat(r.message()).as("message of rejection %s names its input", r.code()).contains(name);
    }
}
