package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlMetadataExtractorTest {
    private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();

    private HtmlMetadata extract(String html) {
        return extract(html, Optional.empty());
    }

    private HtmlMetadata extract(String html, Optional<String> url) {
        return extractor.extract(Jsoup.parse(html, url.orElse("")), url);
    }

    @Test
    void readsJsonLdArticleInsideGraph() {
        String html = """
                <html><head><title>Harbour reopens | Coastal Gazette</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Coastal Gazette"},
                  {"@type":["NewsArticle"],"headline":"Harbour reopens after &amp; storm repairs",
                   "datePublished":"2021-03-04T22:10:00-05:00","dateModified":"2021-03-06T08:00:00-05:00",
                   "author":[{"@type":"Person","name":"Mira Olsen"},{"@type":"Person","name":"Tom Baxter"}],
                   "publisher":{"@type":"Organization","name":"Coastal Gazette"},
                   "articleBody":"The harbour reopened on Thursday."}]}
                </script></head><body><p>Text</p></body></html>""";
        HtmlMetadata meta = extract(html);
        assertThat(meta.title()).contains("Harbour reopens after & storm repairs");
        assertThat(meta.published()).contains(LocalDate.of(2021, 3, 4));
        assertThat(meta.authors()).containsExactly("Mira Olsen", "Tom Baxter");
        assertThat(meta.outlet()).contains("Coastal Gazette");
        assertThat(meta.articleBody()).contains("The harbour reopened on Thursday.");
    }

    @Test
    void prefersTheVisibleHeadlineThatAgreesWithTheMarkup() {
        String html = """
                <html><head><title>Harbour reopens after repairs - Coastal Gazette</title>
                <meta property="og:title" content="Harbour reopens after repairs"></head>
                <body><header><h1>Coastal Gazette</h1></header>
                <article><h1>Harbour  reopens after&nbsp;long repairs</h1><p>Body text here.</p></article></body></html>""";
        assertThat(extract(html).title()).contains("Harbour reopens after long repairs");
    }

    @Test
    void fallsBackToOgTitleThenToTitleWithoutSiteName() {
        assertThat(extract("<html><head><meta property='og:title' content='Ferry timetable changes'>"
                + "</head><body><p>x</p></body></html>").title()).contains("Ferry timetable changes");
        assertThat(extract("<html><head><title>Ferry timetable changes | Coastal Gazette</title></head>"
                + "<body><p>x</p></body></html>").title()).contains("Ferry timetable changes");
        assertThat(extract("<html><head><title>Coastal Gazette — Ferry timetable changes for the winter season"
                + "</title><meta property='og:site_name' content='Coastal Gazette'></head><body></body></html>")
                .title()).contains("Ferry timetable changes for the winter season");
    }

    @Test
    void readsPublicationMetaTagsInTheirOwnOffset() {
        String html = "<html><head><meta property='article:published_time' content='2019-11-02T23:45:00-08:00'>"
                + "<meta property='article:modified_time' content='2019-11-05T10:00:00Z'></head><body></body></html>";
        assertThat(extract(html).published()).contains(LocalDate.of(2019, 11, 2));
    }

    @Test
    void takesTheArticleDateNotTheDateWidgetAboveIt() {
        String html = """
                <html><body><div class="top-bar"><time datetime="2024-07-23">Tuesday 23 July 2024</time></div>
                <article><h1>Library extends opening hours</h1>
                <div class="byline">By Ana Ruiz <time class="published" datetime="2018-05-14T09:00:00+02:00">
                14 May 2018</time></div><p>The town library will open longer.</p></article></body></html>""";
        HtmlMetadata meta = extract(html);
        assertThat(meta.published()).contains(LocalDate.of(2018, 5, 14));
        assertThat(meta.authors()).containsExactly("Ana Ruiz");
    }

    @Test
    void ignoresCaptionCommentAndRelatedDates() {
        String html = """
                <html><body><article><h1>Bridge closes for inspection works</h1>
                <figure><img src="a.jpg"><figcaption>The bridge on March 3, 2015 (file photo)</figcaption></figure>
                <p>The old bridge will close for two weeks while engineers inspect it.</p></article>
                <section class="comments"><time datetime="2020-01-02">2 Jan 2020</time></section>
                <aside class="related"><time datetime="2019-06-01">1 June 2019</time></aside></body></html>""";
        assertThat(extract(html).published()).isEmpty();
    }

    @Test
    void noDateMeansEmpty() {
        assertThat(extract("<html><head><title>About us</title></head><body><h1>About us</h1>"
                + "<p>We have been publishing news for readers since 1998 and keep doing so.</p></body></html>")
                .published()).isEmpty();
    }

    @Test
    void readsADatelineThenTheUrl() {
        String dateline = "<html><body><h1>Council approves budget</h1><p>RIVERTON, October 3, 2017 — The city "
                + "council approved next year's budget after a long debate on Tuesday.</p></body></html>";
        assertThat(extract(dateline).published()).contains(LocalDate.of(2017, 10, 3));
        String plain = "<html><body><h1>Council approves budget</h1><p>The city council approved next year's budget"
                + " after a long debate.</p></body></html>";
        assertThat(extract(plain, Optional.of("https://news.example/2017/10/04/budget/")).published())
                .contains(LocalDate.of(2017, 10, 4));
    }

    @Test
    void readsADateShownJustBelowTheHeadline() {
        String html = "<html><body><h1>Council approves budget</h1><div class='x1'><span>Lena Park</span>"
                + "<span>Oct 03, 2017</span></div><p>The city council approved next year's budget.</p></body></html>";
        assertThat(extract(html).published()).contains(LocalDate.of(2017, 10, 3));
    }

    @Test
    void cleansAuthorsFromMetaAndBylines() {
        String meta = "<html><head><meta name='author' content='https://social.example/someone'>"
                + "</head><body><h1>Storm warning issued</h1><p class='byline'>By Jo Hart and Sam Lee</p>"
                + "</body></html>";
        assertThat(extract(meta).authors()).containsExactly("Jo Hart", "Sam Lee");
        String outletAuthor = "<html><head><meta property='og:site_name' content='Valley Post'>"
                + "<meta name='author' content='Valley Post, Kim Dale'></head><body></body></html>";
        assertThat(extract(outletAuthor).authors()).containsExactly("Kim Dale");
    }

    @Test
    void readsUrlAndOutletWithFallbacks() {
        String html = "<html><head><link rel='canonical' href='https://www.valley.example/news/a'></head>"
                + "<body></body></html>";
        HtmlMetadata meta = extract(html, Optional.of("https://www.valley.example/news/a?utm=1"));
        assertThat(meta.url()).contains("https://www.valley.example/news/a");
        assertThat(meta.outlet()).contains("valley.example");
        assertThat(extract("<html><body></body></html>", Optional.of("https://x.example/a")).url())
                .contains("https://x.example/a");
    }

    @Test
    void doesNotModifyTheDocument() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"A\"}"
                + "</script></head><body><h1>Hello there</h1><time datetime='2020-02-02'>x</time></body></html>";
        Document doc = Jsoup.parse(html);
        String before = doc.outerHtml();
        extractor.extract(doc, Optional.empty());
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void toleratesBrokenJsonLd() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
                + "</script><meta property='og:title' content='Fallback headline'></head><body></body></html>";
        assertThat(extract(html).title()).contains("Fallback headline");
    }

    @Test
    void stripsWhatBylinesGlueToNames() {
        assertThat(HtmlMetadataExtractor.cleanName("Jo Hart Senior Writer", "")).isEqualTo("Jo Hart");
        assertThat(HtmlMetadataExtractor.cleanName("Jo Hart VALLEY POST", "")).isEqualTo("Jo Hart");
        assertThat(HtmlMetadataExtractor.cleanName("Jo Hart Valley Post", "Valley Post")).isEqualTo("Jo Hart");
        assertThat(HtmlMetadataExtractor.cleanName("Jo Hart Jo Hart", "")).isEqualTo("Jo Hart");
        assertThat(HtmlMetadataExtractor.cleanName("JO D. HART", "")).isEqualTo("JO D. HART");
        assertThat(HtmlMetadataExtractor.cleanName("Jo Hart -", "")).isEqualTo("Jo Hart");
        String html = "<html><body><h1>Storm warning issued</h1><div class='author-name'>Jo HartPublished: "
                + "Monday</div></body></html>";
        assertThat(extract(html).authors()).containsExactly("Jo Hart");
    }

    @Test
    void dropsASectionKickerGluedToTheVisibleHeadline() {
        String html = "<html><head><meta property='og:title' content='Why the ferry fares went up'></head><body>"
                + "<article><h1><span>Opinion</span> Why the ferry fares went up</h1></article></body></html>";
        assertThat(extract(html).title()).contains("Why the ferry fares went up");
        String shown = "<html><head><meta property='og:title' content='Why the ferry fares went up'></head><body>"
                + "<article><h1>Big news! Why the ferry fares went up</h1></article></body></html>";
        assertThat(extract(shown).title()).contains("Big news! Why the ferry fares went up");
    }

    @Test
    void anEvergreenPageShowingOnlyItsUpdateIsDatedByIt() {
        String html = """
                <html><head><script type="application/ld+json">{"@type":"Article","headline":"Best rain boots",
                "datePublished":"2019-03-30T08:00:00-04:00","dateModified":"2023-12-19T09:00:00-05:00"}</script>
                </head><body><article><h1>Best rain boots</h1><div class="meta">Updated
                <time datetime="2023-12-19T09:00:00-05:00">Dec 19, 2023</time></div><p>Boots.</p></article>
                </body></html>""";
        assertThat(extract(html).published()).contains(LocalDate.of(2023, 12, 19));
        String news = html.replace("Updated\n<time datetime=\"2023-12-19T09:00:00-05:00\">Dec 19, 2023",
                "<time datetime=\"2019-03-30T08:00:00-04:00\">Mar 30, 2019");
        assertThat(news).isNotEqualTo(html);
        assertThat(extract(news).published()).contains(LocalDate.of(2019, 3, 30));
    }

    @Test
    void resolvesARelativeCanonicalLink() {
        String html = "<html><head><link rel='canonical' href='/news/ferry'></head><body></body></html>";
        assertThat(extract(html, Optional.of("https://valley.example/news/ferry?x=1")).url())
                .contains("https://valley.example/news/ferry");
    }

    @Test
    void skipsAWeekdayDateWidgetInThePageHeader() {
        String html = """
                <html><body><div class="site-top"><div class="date">Tuesday, July 23, 2024</div></div>
                <header><span class="today-date">23/07/2024</span></header>
                <div class="story"><h1>Ferry timetable changes for winter</h1>
                <p>Posted <time datetime="2018-11-02">2 Nov 2018</time></p><p>The ferry runs less often.</p></div>
                </body></html>""";
        assertThat(extract(html).published()).contains(LocalDate.of(2018, 11, 2));
    }

    @Test
    void aDateInTheFirstSentenceIsNotADateline() {
        String html = "<html><body><h1>Bridge turns 25</h1><p>On September 28, 1998, the new bridge opened to "
                + "traffic, and the town has celebrated the day ever since with a parade.</p></body></html>";
        assertThat(extract(html).published()).isEmpty();
    }

    @Test
    void aShortSentenceUnderTheHeadlineIsNotADateLine() {
        String html = "<html><body><h1>Bridge turns 25</h1><p>It first opened to cars and bikes on a rainy "
                + "May 5, 1998.</p><p>The town celebrates with a parade.</p></body></html>";
        assertThat(extract(html).published()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "just text", "<script type='application/ld+json'>[[[{\"@graph\": [null, 1, \"x\"]}]]]</script>",
        "<meta name='author' content=''><time datetime='garbage'>32 Foo 99999</time><h1></h1>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":{\"x\":1}},"
                + "\"datePublished\":{\"@value\":\"2020-01-01\"}}</script>"
    })
    void badInputGivesBestEffortWithoutFailing(String html) {
        HtmlMetadata meta = extract(html, Optional.of("not a url"));
        assertThat(meta).isNotNull();
        assertThat(extract("<div>".repeat(400) + "<h1>Deep headline here</h1>" + "</div>".repeat(400)).title())
                .contains("Deep headline here");
    }

    @Test
    void inlineMarkupInTheHeadlineAddsNoSpaces() {
        String html = "<html><body><article><h1><span><i>The Ferry</i>’s Last Winter Crossing</span></h1>"
                + "<p>Text.</p></article></body></html>";
        assertThat(extract(html).title()).contains("The Ferry’s Last Winter Crossing");
    }

    @Test
    void recognisesTheSiteNameFromAHandleOrTheHost() {
        String html = "<html><head><meta property='og:title' content='ValleyPost - Ferry fares rise again'>"
                + "<meta property='og:site_name' content='@valleypost'></head><body></body></html>";
        assertThat(extract(html).title()).contains("Ferry fares rise again");
        String hostOnly = "<html><head><meta property='og:title' content='Ferry fares rise again | Valleypost'>"
                + "</head><body></body></html>";
        assertThat(extract(hostOnly, Optional.of("https://www.valleypost.example/a")).title())
                .contains("Ferry fares rise again");
    }
}
