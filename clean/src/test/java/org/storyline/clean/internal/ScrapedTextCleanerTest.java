package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScrapedTextCleanerTest {
    private static final String P1 = "The town council of Riverton voted on Tuesday to extend the opening hours of "
            + "the public library, after residents asked for evening access.";
    private static final String P2 = "“We listened to the people who use it every day,” said the council’s chair, "
            + "Lena Park, adding that the change would cost little.";

    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();

    @Test
    void takesTitleAndDateLineAndKeepsTheBody() {
        ScrapedText r = cleaner.clean("Library hours extended in Riverton\n\nMarch 3, 2021 at 9:15 am\n\n"
                + P1 + "\n\n" + P2 + "\n");
        assertThat(r.title()).contains("Library hours extended in Riverton");
        assertThat(r.published()).contains(LocalDate.of(2021, 3, 3));
        assertThat(r.body()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void aFirstSentenceEndingInAPeriodIsBodyUnlessAHeaderFollowsIt() {
        // plain text with no title line: the first paragraph is a sentence, not a title, and is kept
        ScrapedText plain = cleaner.clean("Valdria accused Kestria of shelling Port Elsin on Monday.\n\n" + P1);
        assertThat(plain.title()).isEmpty();
        assertThat(plain.body()).startsWith("Valdria accused Kestria of shelling Port Elsin on Monday.").contains(P1);
        // the same line above a date line is the page's title
        ScrapedText titled = cleaner.clean("Riverton library hours are extended.\n\nMarch 3, 2021\n\n" + P1);
        assertThat(titled.title()).contains("Riverton library hours are extended.");
        assertThat(titled.body()).isEqualTo(P1);
    }

    @Test
    void skipsATaglineAndARepeatedTitle() {
        ScrapedText r = cleaner.clean("News you can trust since 1999\n\nLibrary hours extended in Riverton\n\n"
                + "Posted: 3 March 2021\n\n" + P1);
        assertThat(r.title()).contains("Library hours extended in Riverton");
        assertThat(r.published()).contains(LocalDate.of(2021, 3, 3));
        assertThat(r.body()).doesNotContain("since 1999");
        ScrapedText repeated = cleaner.clean("Library hours extended\n\nLibrary hours extended\n" + P1);
        assertThat(repeated.title()).contains("Library hours extended");
        assertThat(repeated.body()).isEqualTo(P1);
    }

    @Test
    void readsLabelledDatesInOtherLanguages() {
        ScrapedText r = cleaner.clean("Horario ampliado en la biblioteca\nFecha de publicación: \n"
                + "21 septiembre 2016\nImagen principal: \n" + P1);
        assertThat(r.published()).contains(LocalDate.of(2016, 9, 21));
        assertThat(r.body()).isEqualTo(P1);
        assertThat(cleaner.clean("Neue Öffnungszeiten\nVeröffentlicht am 5. Mai 2020\n" + P1).published())
                .contains(LocalDate.of(2020, 5, 5));
    }

    @Test
    void dateWidgetAboveTheTitleLosesToTheDatelineBelow() {
        ScrapedText r = cleaner.clean("Tuesday 23 July 2024\n\nLibrary hours extended in Riverton\n\n"
                + "RIVERTON, September 28, 2016\n\n" + P1);
        assertThat(r.published()).contains(LocalDate.of(2016, 9, 28));
        assertThat(r.title()).contains("Library hours extended in Riverton");
        assertThat(r.body()).isEqualTo(P1);
    }

    @Test
    void aLoneDateWidgetGivesNoDate() {
        ScrapedText r = cleaner.clean("Tuesday 23 July 2024\n\nLibrary hours extended in Riverton\n\n" + P1);
        assertThat(r.published()).isEmpty();
        assertThat(r.body()).isEqualTo(P1);
    }

    @Test
    void readsADatelineOpeningTheFirstParagraph() {
        ScrapedText r = cleaner.clean("Library hours extended\n\nRIVERTON, Oct. 3, 2017 — " + P1);
        assertThat(r.published()).contains(LocalDate.of(2017, 10, 3));
    }

    @Test
    void ignoresPhotoCaptionDatesAndRemovesCaptions() {
        String caption = "FILE — In this Monday, Dec. 5, 2016 file photo, people cross the old bridge in Riverton."
                + " (AP Photo/Jane Doe, File)";
        ScrapedText r = cleaner.clean("Library hours extended\n\n" + P1 + "\n\n" + caption + "\n\n" + P2);
        assertThat(r.published()).isEmpty();
        assertThat(r.body()).isEqualTo(P1 + "\n\n" + P2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Subscribe to receive free email updates:", "Related Posts :", "READ MORE: Library to host book fair",
        "Tags: Riverton | Library | Council |", "Share this:", "Share on Facebook", "Sign up for our newsletter",
        "© 2021 Riverton Daily. All rights reserved.", "Copyright 2021 Riverton Daily",
        "This question is for testing whether you are a human visitor (spam protection).",
        "Enter the characters shown in the image.", "Your email address will not be published. Required fields "
                + "are marked *", "Advertisement", "Story continues below advertisement", "4 min read",
        "We use cookies to improve your experience on our site.", "Image caption Residents queue at the library",
        "Photo: Jane Doe/Riverton Daily"
    })
    void removesFurnitureLines(String furniture) {
        ScrapedText r = cleaner.clean("Library hours extended\n\n" + P1 + "\n\n" + furniture + "\n\n" + P2);
        assertThat(r.body()).isEqualTo(P1 + "\n\n" + P2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leave a Reply", "Add new comment", "Posting Komentar", "3 Responses to \"Library\""})
    void cutsCommentSections(String heading) {
        ScrapedText r = cleaner.clean("Library hours extended\n\n" + P1 + "\n\n" + P2 + "\n\n" + heading + "\n\n"
                + "Great news, I will visit on May 5, 2021 for sure!\n\nAnonymous");
        assertThat(r.body()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(r.published()).isEmpty();
    }

    @Test
    void dropsTailWidgetsButKeepsSubheadingsInside() {
        ScrapedText r = cleaner.clean("Library hours extended\n\n" + P1 + "\n\nWhat comes next\n\n" + P2
                + "\n\ncalendarCalendar of Events\n");
        assertThat(r.body()).isEqualTo(P1 + "\n\nWhat comes next\n\n" + P2);
    }

    @Test
    void removesAGluedPromotionKeepingTheParagraph() {
        String para = "The library budget rises by 3 percent. Before it’s here, it’s on the Riverton Terminal. "
                + "The chair said more staff will be hired.";
        ScrapedText r = cleaner.clean("Library hours extended\n\n" + para + "\n\n" + P2);
        assertThat(r.body()).isEqualTo("The library budget rises by 3 percent. The chair said more staff will be "
                + "hired.\n\n" + P2);
    }

    @Test
    void keepsQuotationMarksAndSplitsSingleNewlineParagraphs() {
        ScrapedText r = cleaner.clean("Library hours extended\n" + P1 + "\n" + P2);
        assertThat(r.body()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(r.body()).contains("“We listened").contains("council’s");
    }

    @Test
    void joinsHardWrappedLines() {
        ScrapedText r = cleaner.clean("Library hours extended\n\nThe council voted on Tuesday to extend\n"
                + "the opening hours of the library.");
        assertThat(r.body()).isEqualTo("The council voted on Tuesday to extend the opening hours of the library.");
    }

    @Test
    void readsAByline() {
        ScrapedText r = cleaner.clean("Library hours extended\n\nBy Lena Park and Tom Reyes\n\n" + P1);
        assertThat(r.authors()).containsExactly("Lena Park", "Tom Reyes");
        assertThat(r.body()).isEqualTo(P1);
    }

    @Test
    void keepsOrdinaryLinesThatMerelyStartLikeFurniture() {
        String related = "Related to the vote, the council also approved a new bus line for the east side.";
        String newsletter = "The parish newsletter first reported the plan in May.";
        ScrapedText r = cleaner.clean("Library hours extended\n\n" + P1 + "\n\n" + related + "\n\n" + newsletter);
        assertThat(r.body()).isEqualTo(P1 + "\n\n" + related + "\n\n" + newsletter);
    }

    @Test
    void aCommentsLinkUnderTheTitleDoesNotCutTheArticle() {
        ScrapedText r = cleaner.clean("Library hours extended\n\nComments\n\n" + P1 + "\n\n" + P2);
        assertThat(r.body()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void aTextWithoutTitleKeepsItsFirstParagraph() {
        ScrapedText r = cleaner.clean(P1 + "\n\n" + P2);
        assertThat(r.body()).startsWith(P1.substring(0, 40));
    }

    @Test
    void readsBylinesWithAnAgencyAndLabelledTimestamps() {
        ScrapedText r = cleaner.clean("Library hours extended\n\nBy Lena Park | Riverton Daily\n\n"
                + "Published: Dec 5, 2016 10:32 AM EST\n\n" + P1);
        assertThat(r.authors()).containsExactly("Lena Park");
        assertThat(r.published()).contains(LocalDate.of(2016, 12, 5));
        assertThat(r.body()).isEqualTo(P1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n  ", "Only a title line", "Tuesday 23 July 2024", "\u00a0\n:\n|"})
    void badInputGivesBestEffortWithoutFailing(String text) {
        ScrapedText r = cleaner.clean(text);
        assertThat(r).isNotNull();
        assertThat(r.published()).isEmpty();
    }

    @Test
    void removesOtherGluedPromotionsButNotReporting() {
        String para = "The library budget rises by 3 percent. Subscribe now for full access to our local coverage. "
                + "The chair said subscribers to the library newsletter will be told first.";
        ScrapedText r = cleaner.clean("Library hours extended\n\n" + para);
        assertThat(r.body()).isEqualTo("The library budget rises by 3 percent. The chair said subscribers to the "
                + "library newsletter will be told first.");
    }

    @Test
    void aGluedPromotionGoesWithoutTakingTheClosingQuoteOfTheSentenceBeforeIt() {
        String paragraph = "The envoy called the talks \u201cunproductive.\u201d Before it\u2019s here, it\u2019s on the"
                + " Ledger Terminal. She said \"we will try again.\" The talks resume on Monday.";
        assertThat(ScrapedTextCleaner.removePromotions(paragraph)).isEqualTo("The envoy called the talks"
                + " \u201cunproductive.\u201d She said \"we will try again.\" The talks resume on Monday.");
    }

    @Test
    void navigationBarsAndTheSiteSloganGoWhileTheHeadlineAndDateAreFound() {
        String text = "Skip to content\nHarbour Times | News | World | Sport\nMonday, May 5, 2025 \u2014 Harbour Times"
                + " \u2014 Region\nFerry lanes reopen after three days\n07/05/2025\nBy Ada Lind\n"
                + "The harbour authority said on Wednesday that the ferry lanes would reopen, ending three days of"
                + " closures. Harbour Times \u2014 news you can trust since 1901. Dock workers applauded.\n"
                + "Officials said talks with the council had helped.";
        ScrapedText cleaned = new ScrapedTextCleaner().clean(text);
        assertThat(cleaned.title()).contains("Ferry lanes reopen after three days");
        // 07/05/2025: 7 May (day first) is a Wednesday, 5 July is a Saturday; the lead says "on Wednesday"
        assertThat(cleaned.published()).contains(java.time.LocalDate.of(2025, 5, 7));
        assertThat(cleaned.body()).startsWith("The harbour authority said on Wednesday")
                .doesNotContain("Skip to content").doesNotContain("| News |").doesNotContain("news you can trust")
                .contains("closures. Dock workers applauded.");
    }

    @Test
    void anAmbiguousNumericDateThatNoWeekdaySettlesIsLeftOut() {
        String text = "Ferry lanes reopen after three days\n07/05/2025\nThe harbour authority said the ferry lanes"
                + " would reopen, ending three days of closures.";
        assertThat(new ScrapedTextCleaner().clean(text).published()).isEmpty();
    }

    @Test
    void aSubheadingGluedToTheEndOfAParagraphBecomesItsOwnParagraph() {
        String text = "Envoys meet again\nThe minister spoke of \u201ca bridge too far.\u201dTalks Resume\n"
                + "\u201cWe will meet again on Monday,\u201d the envoy said after the talks ended late on Friday.";
        assertThat(new ScrapedTextCleaner().clean(text).body()).isEqualTo("The minister spoke of \u201ca bridge too"
                + " far.\u201d\n\nTalks Resume\n\n\u201cWe will meet again on Monday,\u201d the envoy said after the"
                + " talks ended late on Friday.");
    }
}
