package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Body extraction on hand-written pages (fictional text), one mechanism per test. */
class HtmlBodyExtractorTest {
    private final HtmlBodyExtractor extractor = new HtmlBodyExtractor();

    private static final String P1 = "The harbour authority in Velmora said on Tuesday that the ferry lanes would reopen,"
            + " after three days in which no vessel larger than a fishing boat was allowed to leave the port.";
    private static final String P2 = "Officials said the decision followed talks with the regional council, which had"
            + " asked both governments to keep the lanes open for aid shipments, medicine and fuel.";
    private static final String P3 = "Dock workers, who had gathered outside the customs building since dawn, greeted"
            + " the announcement with applause, although several said they would wait to see the first departures.";
    private static final String P4 = "The council's envoy is expected to visit the port on Friday, her office said,"
            + " and to meet the captains' association, the city's mayor and representatives of the charity convoys.";

    private static String page(String body) {
        return "<html><head><title>Ferry lanes reopen | The Harbour Ledger</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
                + body
                + "<footer><p>© 2025 The Harbour Ledger. All rights reserved. Contact us about advertising.</p>"
                + "</footer></body></html>";
    }

    private String extract(String html) {
        return extractor.extract(Jsoup.parse(html), HtmlMetadata.NONE);
    }

    private String extract(String html, HtmlMetadata meta) {
        return extractor.extract(Jsoup.parse(html), meta);
    }

    @Test
    void paragraphsOfTheArticleComeOutSeparatedByBlankLines() {
        String text = extract(page("<main><article><h1>Ferry lanes reopen</h1>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<aside><h3>Most read</h3><ul><li><a href='/a'>A long headline about something else entirely</a>"
                + "</li></ul></aside></main>"));

        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void bodySplitAcrossSiblingSectionsIsJoined() {
        String text = extract(page("<article>"
                + "<section class='story-block'><div class='inner'><p>" + P1 + "</p></div></section>"
                + "<section class='story-block'><div class='inner'><p>" + P2 + "</p></div></section>"
                + "<section class='story-block'><div class='inner'><p>" + P3 + "</p></div></section>"
                + "<section class='story-block'><div class='inner'><p>" + P4 + "</p></div></section>"
                + "</article>"));

        assertThat(text).contains(P1).contains(P2).contains(P3).contains(P4);
    }

    @Test
    void furnitureInsideTheBodyGoesButAWrapperNamedLikeFurnitureDoesNot() {
        String text = extract(page("<div class='layout has-sidebar'><div class='article-body'>"
                + "<p>" + P1 + "</p>"
                + "<div class='newsletter-signup'><p>Sign up for our morning briefing, delivered to your inbox"
                + " every day, with the stories that matter to the coast.</p></div>"
                + "<p>" + P2 + "</p>"
                + "<div class='share-tools'><p>Share this story with your friends and family on social media.</p>"
                + "</div><p>" + P3 + "</p></div></div>"));

        assertThat(text).contains(P1, P2, P3).doesNotContain("Sign up").doesNotContain("Share this");
    }

    @Test
    void anInlineRelatedCardDoesNotEndTheBodyButARealTailDoes() {
        String text = extract(page("<div class='article-content'>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<div class='card'><h4>Related</h4><h5><a href='/x'>Fishermen fear another closure</a></h5></div>"
                + "<p>" + P4 + "</p>"
                + "<h3>More from The Harbour Ledger</h3>"
                + "<p>Readers in the coastal towns are invited to send their photographs of the harbour.</p>"
                + "</div>"));

        assertThat(text).contains(P4).doesNotContain("Readers in the coastal towns").doesNotContain("Related");
    }

    @Test
    void furnitureLinesDatesAndShortTableCellsAreDropped() {
        String text = extract(page("<article><p>Advertisement</p><p>March 12, 2025 at 9:14 am</p>"
                + "<p>" + P1 + "</p><p>Story continues below advertisement</p><p>" + P2 + "</p>"
                + "<table><tr><td>Tonnage</td><td>4,200</td></tr></table>"
                + "<p>" + P3 + "</p><p>This story first appeared on Norvik Wire.</p></article>"));

        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void quotationMarksAndNonBreakingSpacesAreFoldedButNotRewritten() {
        String quote = "“We will not close the lanes again,” the minister said, adding that the\u00A0decision was"
                + " \"final\" and that the port would stay open through the winter months.";
        String text = extract(page("<article><p>" + P1 + "</p><p>" + quote + "</p><p>" + P2 + "</p></article>"));

        assertThat(text).contains("“We will not close the lanes again,” the minister said, adding that the decision"
                + " was \"final\"");
    }

    @Test
    void aBodyDeclaredInJsonLdWinsWhenThePageRendersItByScript() {
        String declared = String.join("\n\n", List.of(P1, P2, P3, P4));
        var meta = new HtmlMetadata(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.of(declared));

        String text = extract(page("<div id='app'><p>" + P1 + "</p><p>Loading…</p></div>"), meta);

        assertThat(text).isEqualTo(declared);
    }

    @Test
    void hiddenByStyleIsKeptSincePaywallsHideTheRestOfTheArticle() {
        String text = extract(page("<article><p>" + P1 + "</p><div style='display:none'><p>" + P2 + "</p><p>" + P3
                + "</p></div><div aria-hidden='true'><p>Decorative text for screen effects only, never read"
                + " aloud and never part of the story itself.</p></div></article>"));

        assertThat(text).contains(P2, P3).doesNotContain("Decorative");
    }

    @Test
    void aPageWithNoProseGivesWhatIsThereRatherThanNothing() {
        String text = extract("<html><body><div>Short note.</div></body></html>");
        assertThat(text).isEqualTo("Short note.");
    }

    @Test
    void classWordsAreSplitOnDashesUnderscoresAndCamelCase() {
        assertThat(SegmentCollector.words("tsArticle hasSidebar article__body"))
                .containsExactly("ts", "article", "", "has", "sidebar", "", "article", "body");
        assertThat(SegmentCollector.classify("has-sidebar")).isEqualTo(1);
        assertThat(SegmentCollector.classify("most-read-list") & 1).isEqualTo(1);
        assertThat(SegmentCollector.classify("header") & 1).isZero();
        assertThat(SegmentCollector.classify("article-body widget") & 2).isEqualTo(2);
    }

    @Test
    void onAnInfiniteScrollPageOnlyThePagesOwnStoryIsKept() {
        String next = "A second story about the fishing fleet follows here, loaded by the page as the reader scrolls,"
                + " with its own long paragraphs that have nothing to do with the ferry lanes at all.";
        String text = extract(page("<div class='stories'>"
                + "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></article>"
                + "<article><p>" + next + "</p><p>" + next.replace("second", "further") + "</p><p>"
                + next.replace("second", "third") + "</p><p>" + next.replace("second", "fourth") + "</p></article>"
                + "</div>"));

        assertThat(text).contains(P1, P2, P3).doesNotContain("fishing fleet");
    }

    @Test
    void aParagraphWhoseClassNamesACaptionGoesButAParagraphIdReadingAsAdDoesNot() {
        String caption = "The ferry Aurelia leaves the inner harbour at dawn, watched by dock workers and customs staff.";
        String text = extract(page("<div class='story'>"
                + "<p>" + P1 + "</p><p class='image-caption'>" + caption + "</p>"
                + "<p id='AdBx7q'>" + P2 + "</p><p>" + P3 + "</p></div>"));

        assertThat(text).contains(P1, P2, P3).doesNotContain("Aurelia");
    }

    @Test
    void anAuthorBoxAndAMessageHiddenByItsClassGoButAnOverflowHiddenWrapperStays() {
        String bio = "Mira Castell has covered the harbour and its shipping lines for the Ledger since 2011, and before"
                + " that reported on fisheries policy for a regional weekly.";
        String appeal = "Our reporting on the coast is free for everyone, but it is not free to make: please consider a"
                + " contribution of any size today.";
        String text = extract(page("<div class='overflow-hidden'><div class='story'>"
                + "<p>" + P1 + "</p><div class='cta hidden'><p>" + appeal + "</p></div>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<div class='article-author-box'><div class='author-photo'></div><p>" + bio + "</p></div>"
                + "</div></div>"));

        assertThat(text).contains(P1, P2, P3).doesNotContain("Mira Castell").doesNotContain("contribution");
        assertThat(SegmentCollector.classify("overflow-hidden") & 1).isZero();
        assertThat(SegmentCollector.classify("cta Hidden") & 1).isEqualTo(1);
        assertThat(SegmentCollector.classify("post-boilerplate") & 1).isEqualTo(1);
    }

    @Test
    void captionsContactLinesStaffBiosAndNotesWrittenAsParagraphsGo() {
        String kept = "Captains who want a berth before Friday can contact the harbour office, which said it would answer"
                + " every request by phone. Photo permits, the office added, are not needed for the quays.";
        String text = extract(page("<div class='story'>"
                + "<p>Editor's note: This story was updated to correct the name of the customs building.</p>"
                + "<p>" + P1 + "</p>"
                + "<p>A fishing boat waits outside the harbour wall in Velmora on Tuesday, March 4, 2025. (AP)</p>"
                + "<p>" + P2 + "</p><p>" + kept + "</p><p>" + P3 + "</p>"
                + "<p>Want more coast news? Sign up for the Ledger's free morning newsletter.</p>"
                + "<p>" + P4 + "</p>"
                + "<p>Staff writer Oren Lusk contributed to this report.</p>"
                + "<p>Mira Castell can be reached at mira.castell@ledger.example.</p>"
                + "<p>Mira Castell is a Senior Reporter at The Harbour Ledger, where she covers shipping, ports and"
                + " the people who work on them.</p></div>"));

        assertThat(text).contains(P1, P2, P3, P4, kept)
                .doesNotContain("Editor's note").doesNotContain("(AP)").doesNotContain("Sign up")
                .doesNotContain("contributed").doesNotContain("Mira Castell");
    }

    @Test
    void aLateRelatedCardDoesNotEndTheBodyWhenTheStoryGoesOnInItsOwnContainer() {
        String last = "By evening the first two ferries had left for the islands, the harbour authority said.";
        String text = extract(page("<div class='article-content'>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p>"
                + "<div class='card'><h4>Related</h4><h5><a href='/x'>Fishermen fear another closure</a></h5></div>"
                + "<p>" + last + "</p>"
                + "<h3>More from The Harbour Ledger</h3>"
                + "<div class='promo-box'><p>Readers in the coastal towns are invited to send their photographs of the"
                + " harbour to our picture desk.</p></div>"
                + "</div>"));

        assertThat(text).contains(P4, last).doesNotContain("Readers in the coastal towns").doesNotContain("Related");
    }

    @Test
    void referencesCreditsPromptsAndMarkupShownAsTextGo() {
        String text = extract(page("<div class='story'>"
                + "<p>PUBLISHED: March 4, 2025 at 8:10 a.m. | UPDATED: March 4, 2025 at 9:45 a.m.</p>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p>Already a subscriber? Log in to keep reading the Ledger.</p>"
                + "<p>&lt;a href=\"https://social.example/ledger/status/1\"&gt;#ferries&lt;/a&gt; are running again</p>"
                + "<p>" + P3 + "</p><p>" + P4 + "</p>"
                + "<p>Get the Harbour Briefing delivered every Friday, direct to your inbox.</p>"
                + "<p>[1] Velmora Harbour Authority, annual report, 2024, p. 12.</p>"
                + "<p>A. Marlo et al. 2024. Ferry traffic and port closures. Journal of Coastal Transport 12: 3-9;"
                + " doi: 10.0000/jct.2024.3</p>"
                + "</div>"));

        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4);
    }

    @Test
    void linesOfAParagraphSplitByBreaksAreFilteredOneByOne() {
        String text = extract(page("<div class='story'><p>" + P1 + "<br>Also read: Fishermen fear another closure<br>"
                + P2 + "<br>" + P3 + "</p></div>"));

        assertThat(text).contains(P1, P2, P3).doesNotContain("Also read");
    }

    @Test
    void aStoryRenderedTwiceOnThePageComesOutOnceButShortRepeatedLinesStay() {
        String question = "What happens to the ferries now?";
        String lead = P1 + " " + P2;
        String text = extract(page("<div class='story'>"
                + "<p>" + lead + "</p><h3>" + question + "</h3><p>" + P3 + "</p><h3>" + question + "</h3><p>" + P4 + "</p>"
                + "<div class='copy'><p>" + lead + "</p></div></div>"));

        assertThat(text.split(java.util.regex.Pattern.quote(lead), -1)).hasSize(2);
        assertThat(text.split(java.util.regex.Pattern.quote(question), -1)).hasSize(3);
        assertThat(text).contains(P3, P4);
    }

    @Test
    void clickHereLinesWatchLabelsAndContributorListsGo() {
        String text = extract(page("<div class='story'>"
                + "<p>" + P1 + "</p><p>WATCH | The first ferry leaves Velmora:</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>For the full ferry timetable, click here.</p><p>" + P4 + "</p>"
                + "<p>Contributing: Oren Lusk; Mira Castell, The Harbour Ledger</p></div>"));

        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4);
    }

    @Test
    void productCardsAndLinkStacksInsideTheBodyGo() {
        String text = extract(page("<div class='body__inner'>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='UnifiedProductCardWrapper'><p class='UnifiedProductCardName'>Harbourline Deck Shoes</p>"
                + "<p class='UnifiedProductCardBrand'>Velmora Outfitters waterproof canvas, sizes 36 to 47</p></div>"
                + "<p>" + P3 + "</p>"
                + "<div class='LinkStackWrapper'><p>Fishermen fear another closure as the winter storms arrive early</p>"
                + "</div><p>" + P4 + "</p></div>"));

        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4);
    }

    @Test
    void aLongSentenceWhoseNamesAreLinkedStaysButALinkListDoesNot() {
        String linked = "<a href='/p/1'>Ilse Marren</a> (<a href='/f/1'>The Harbour at Dawn</a>, <a href='/f/2'>Salt and"
                + " Stone in the Northern Sea</a>, <a href='/f/3'>The Last Ferry to Velmora</a>, <a href='/f/4'>Winter"
                + " Lights over the Harbour Wall</a>) directed the film at <a href='/s/1'>Kestrel Pictures Studio</a>"
                + " in Velmora.";
        String text = extract(page("<div class='story'>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + linked + "</p><p>" + P3 + "</p>"
                + "<p><a href='/a'>Fishermen fear another closure</a> <a href='/b'>Storm warning for the coast</a></p>"
                + "<p>" + P4 + "</p></div>"));

        assertThat(text).contains("Ilse Marren (The Harbour at Dawn").doesNotContain("Storm warning");
    }
}
