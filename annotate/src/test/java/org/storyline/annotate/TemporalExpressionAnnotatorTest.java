package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.DateMention;

/** Temporal expressions on hand-written sentences; publication dates chosen so that each convention shows. */
class TemporalExpressionAnnotatorTest {
    private final TemporalExpressionAnnotator annotator = new TemporalExpressionAnnotator();
    /** A Wednesday. */
    private static final Optional<LocalDate> WEDNESDAY = Optional.of(LocalDate.of(2025, 3, 19));

    private List<String> resolved(String text, Optional<LocalDate> published) {
        return annotator.annotate(text, published).stream()
                .map(d -> d.text() + "=" + d.value().orElse("?")).toList();
    }

    @Test
    void weekdaysInPastReportingAreTheLatestOnOrBeforePublication() {
        assertThat(resolved("The envoy said on Monday that talks had stalled, and met the minister Wednesday.",
                WEDNESDAY)).containsExactly("on Monday=2025-03-17", "Wednesday=2025-03-19");
    }

    @Test
    void weekdaysInTheFutureAreTheComingOnesAndLastIsTheOneBefore() {
        // "next Friday" said on a Wednesday is the coming Friday, as the demo gold reads it ("from next Tuesday")
        assertThat(resolved("The council will meet on Friday. It met last Friday and meets again next Friday.",
                WEDNESDAY)).containsExactly("on Friday=2025-03-21", "last Friday=2025-03-14", "next Friday=2025-03-21");
        assertThat(resolved("The council met last Wednesday.", WEDNESDAY)).containsExactly("last Wednesday=2025-03-12");
    }

    @Test
    void weekdayResolutionDoesNotDependOnWhatCameBefore() {
        // CoreNLP's SUTime kept a "future" flag across documents (issue #1061); here each text stands alone
        annotator.annotate("The ministers agreed they will meet again on Tuesday.", WEDNESDAY);
        assertThat(resolved("The convoy was stopped on Tuesday.", WEDNESDAY)).containsExactly("on Tuesday=2025-03-18");
        // and a "will" later in the sentence does not move a past weekday
        assertThat(resolved("The members agreed on Tuesday they will not give up.", WEDNESDAY))
                .containsExactly("on Tuesday=2025-03-18");
    }

    @Test
    void relativeDaysWeeksMonthsAndYears() {
        assertThat(resolved("Today the port reopened; yesterday it was shut, and last night the ferries waited."
                + " Tomorrow morning the first boat sails.", WEDNESDAY)).containsExactly("Today=2025-03-19",
                "yesterday=2025-03-18", "last night=2025-03-18", "Tomorrow morning=2025-03-20");
        assertThat(resolved("Earlier this week the talks resumed; last week they broke down. Earlier this month the"
                + " council met, as it did last month and last year.", WEDNESDAY))
                .containsExactly("Earlier this week=2025-W12", "last week=2025-W11", "Earlier this month=2025-03",
                        "last month=2025-02", "last year=2024");
    }

    @Test
    void monthsFollowTheTenseAndKeepTheirPreposition() {
        Optional<LocalDate> december = Optional.of(LocalDate.of(2024, 12, 20));
        assertThat(resolved("The deal was signed in October. The election begins in January.", december))
                .containsExactly("in October=2024-10", "in January=2025-01");
        assertThat(resolved("He died this past February, as reported last November, in January of last year.",
                december)).containsExactly("this past February=2024-02", "last November=2024-11",
                "January of last year=2023-01");
    }

    @Test
    void monthAndDayWithoutAYearTakesTheYearTheTenseOrNearnessGives() {
        Optional<LocalDate> december = Optional.of(LocalDate.of(2024, 12, 20));
        assertThat(resolved("The ruling came on March 28. The vote is scheduled for Jan. 15.", december))
                .containsExactly("on March 28=2024-03-28", "for Jan. 15=2025-01-15");
        assertThat(resolved("A hearing before the judge on Feb. 3.", december)).containsExactly("on Feb. 3=2025-02-03");
    }

    @Test
    void absoluteDatesNeedNoPublicationDateButRelativeOnesDo() {
        assertThat(resolved("The talks of December 8, 2016 and 9 December 2016 began on Tuesday.", Optional.empty()))
                .containsExactly("December 8, 2016=2016-12-08", "9 December 2016=2016-12-09", "on Tuesday=?");
    }

    @Test
    void wordsThatAreAlsoMonthsAreNotDates() {
        assertThat(resolved("Protesters march on the capital; they may return, the mayor said.", WEDNESDAY)).isEmpty();
    }

    @Test
    void spansAreExactlyTheTextTheyCover() {
        String text = "Officials said on Thursday evening, and again early next week, that\u00A0in May the port…";
        for (DateMention d : annotator.annotate(text, WEDNESDAY)) {
            assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(d.text());
        }
        assertThat(resolved(text, WEDNESDAY)).containsExactly("on Thursday evening=2025-03-13",
                "early next week=2025-W13", "in May=2024-05");
    }
}
