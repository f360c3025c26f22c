package org.storyline.clean.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageParserTest {
    @Test
    void normalPageParsesExactlyAsJsoupDoes() {
        String html = "<html><head><title>T</title></head><body><div><p>One <b>bold</b><p>Two</div>"
                + "<a href='/x'>link</a></body></html>";
        Optional<Document> parsed = PageParser.parse(html, "https://news.example/a");
        assertThat(parsed).isPresent();
        Document expected = Jsoup.parse(html, "https://news.example/a");
        assertThat(parsed.get().outerHtml()).isEqualTo(expected.outerHtml());
        assertThat(parsed.get().select("a").attr("abs:href")).isEqualTo("https://news.example/x");
    }

    @Test
    void pageNestedBelowTheLimitIsKept() {
        String html = "<div>".repeat(400) + "deep" + "</div>".repeat(400);
        Optional<Document> parsed = PageParser.parse(html, "");
        assertThat(parsed).isPresent();
        assertThat(parsed.get().body().text()).isEqualTo("deep");
    }

    @Test
    void pageNestedAHundredThousandLevelsDeepIsRefusedQuickly() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000)
                + "</body></html>";
        Optional<Document> parsed = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> PageParser.parse(html, ""));
        assertThat(parsed).isEmpty();
    }

    @Test
    void unclosedDeepNestingIsRefusedQuickly() {
        String html = "<span><i>".repeat(60_000) + "text";
        Optional<Document> parsed = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> PageParser.parse(html, ""));
        assertThat(parsed).isEmpty();
    }
}
