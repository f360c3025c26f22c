package org.storyline.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.storyline.ingest.Fixtures.accepted;
import static org.storyline.ingest.Fixtures.readAll;
import static org.storyline.ingest.Fixtures.rejected;
import static org.storyline.ingest.Fixtures.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.ErrorCode;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;

class FeedArticleReaderTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>The Daily Example</title>
                <link>https://daily.example/</link>
                <description>News</description>
                <item>
                  <title>Talks resume in Geneva</title>
                  <link>https://daily.example/talks</link>
                  <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
                  <dc:creator>Jane Roe</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>Full text of the talks story.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Second item</title>
                  <link>https://daily.example/second</link>
                  <pubDate>Wed, 6 Mar 2024 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Only a description.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>No body</title>
                  <link>https://daily.example/empty</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Wire</title>
              <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
              <updated>2024-03-07T10:00:00Z</updated>
              <entry>
                <title>Ceasefire announced</title>
                <link href="https://wire.example/ceasefire"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2024-03-07T01:15:00+09:00</published>
                <updated>2024-03-07T02:00:00+09:00</updated>
                <author><name>Ann Writer</name></author>
                <author><name>Bob Editor</name></author>
                <content type="html">&lt;p&gt;The ceasefire story.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Plain summary</title>
                <link href="https://wire.example/plain"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
                <updated>2024-03-06T10:00:00Z</updated>
                <summary type="text">Fish &amp; chips &lt;3</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void rssItemsBecomeHtmlArticlesWithHints() throws IOException {
        Path feed = write("daily.rss", RSS);

        List<StageOutcome<RawArticle>> outcomes = readAll(feed);

        assertThat(summary(outcomes)).containsExactly("ok", "ok", "rejected:EMPTY_INPUT");
        RawArticle first = accepted(outcomes.get(0));
        assertThat(first.source()).isEqualTo(feed + "#1");
        assertThat(first.format()).isEqualTo(InputFormat.HTML);
        assertThat(new String(first.content(), UTF_8)).isEqualTo("<p>Full text of the talks story.</p>");
        assertThat(first.hints().title()).contains("Talks resume in Geneva");
        assertThat(first.hints().url()).contains("https://daily.example/talks");
        assertThat(first.hints().published()).as("the day in the date's own offset, not UTC")
                .contains(LocalDate.of(2024, 3, 5));
        assertThat(first.hints().outlet()).contains("The Daily Example");
        assertThat(first.hints().authors()).containsExactly("Jane Roe");

        RawArticle second = accepted(outcomes.get(1));
        assertThat(second.source()).isEqualTo(feed + "#2");
        assertThat(new String(second.content(), UTF_8)).isEqualTo("<p>Only a description.</p>");
        assertThat(second.hints().published()).contains(LocalDate.of(2024, 3, 6));
        assertThat(rejected(outcomes.get(2)).source()).isEqualTo(feed + "#3");
    }

    @Test
    void atomEntriesBecomeHtmlArticlesWithHints() throws IOException {
        Path feed = write("wire.atom", ATOM);

        List<StageOutcome<RawArticle>> outcomes = readAll(feed);

        assertThat(summary(outcomes)).containsExactly("ok", "ok");
        RawArticle first = accepted(outcomes.get(0));
        assertThat(new String(first.content(), UTF_8)).isEqualTo("<p>The ceasefire story.</p>");
        assertThat(first.hints().published()).contains(LocalDate.of(2024, 3, 7));
        assertThat(first.hints().authors()).containsExactly("Ann Writer", "Bob Editor");
        assertThat(first.hints().outlet()).contains("Atom Wire");
        assertThat(first.hints().url()).contains("https://wire.example/ceasefire");
        RawArticle second = accepted(outcomes.get(1));
        assertThat(new String(second.content(), UTF_8)).isEqualTo("<p>Fish &amp; chips &lt;3</p>");
        assertThat(second.hints().published()).as("updated is not a publication date").isEmpty();
        assertThat(second.source()).isEqualTo(feed + "#2");
    }

    @Test
    void idsAreStableAndDistinct() throws IOException {
        Path one = write("one.xml", RSS);
        Path two = write("two.xml", RSS);
        List<String> first = readAll(one).stream().limit(2).map(o -> accepted(o).id()).toList();
        List<String> second = readAll(two).stream().limit(2).map(o -> accepted(o).id()).toList();
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
        assertThat(first).allMatch(id -> id.matches("[0-9a-f]{64}"));
    }

    @Test
    void externalEntityIsNeverRead() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-MARKER-4711");
        Path feed = write("xxe.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t</title>
                <item><title>&xxe;</title><description>&xxe;</description></item>
                </channel></rss>
                """.formatted(secret.toUri()));

        List<StageOutcome<RawArticle>> outcomes = readAll(feed);

        assertThat(summary(outcomes)).containsExactly("rejected:FORBIDDEN_ENTITY");
        assertThat(outcomes.toString()).doesNotContain("TOP-SECRET-MARKER");
        assertThat(rejected(outcomes.get(0)).message()).contains(feed.toString());
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        Path feed = write("laughs.rss", "<?xml version=\"1.0\"?>" + dtd
                + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><description>&lol9;</description>"
                + "</item></channel></rss>");

        List<StageOutcome<RawArticle>> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> readAll(feed));

        assertThat(summary(outcomes)).containsExactly("rejected:FORBIDDEN_ENTITY");
        assertThat(rejected(outcomes.get(0)).message()).doesNotContain("lollollol");
    }

    @Test
    void doctypeNamingAnExternalDtdIsParsedWithoutLoadingIt() throws IOException {
        Path feed = write("old.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://invalid.example/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>https://old.example/</link>
                <description>d</description><language>en</language>
                <item><title>Hello</title><link>https://old.example/a</link><description>Body</description></item>
                </channel></rss>
                """);

        List<StageOutcome<RawArticle>> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> readAll(feed));

        assertThat(summary(outcomes)).containsExactly("ok");
        assertThat(accepted(outcomes.get(0)).hints().outlet()).contains("Old");
    }

    @Test
    void malformedXmlAndNonFeedXmlAreRejected() throws IOException {
        Path broken = write("broken.xml", "<rss><channel><item></channel>");
        Path notFeed = write("config.xml", "<?xml version=\"1.0\"?><configuration><a>1</a></configuration>");

        assertThat(summary(readAll(broken))).containsExactly("rejected:MALFORMED_FEED");
        assertThat(summary(readAll(notFeed))).containsExactly("rejected:MALFORMED_FEED");
        assertThat(rejected(readAll(broken).get(0)).code().hint()).isEqualTo(ErrorCode.MALFORMED_FEED.hint());
    }

    private Path write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void parameterEntityPointingAtALocalFileIsRefused() throws IOException {
        Path secret = write("secret.dtd", "<!ENTITY leak \"TOP-SECRET-MARKER-4712\">");
        Path feed = write("param.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY %% remote SYSTEM "%s"> %%remote;]>
                <rss version="2.0"><channel><title>t</title><item><description>&leak;</description></item>
                </channel></rss>
                """.formatted(secret.toUri()));

        List<StageOutcome<RawArticle>> outcomes = readAll(feed);

        assertThat(summary(outcomes)).containsExactly("rejected:FORBIDDEN_ENTITY");
        assertThat(outcomes.toString()).doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void feedInALatin1EncodingIsDecodedByItsXmlDeclaration() throws IOException {
        Path feed = dir.resolve("latin1.rss");
        Files.write(feed, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Le Monde \u00e9dit\u00e9</title><item><title>\u00c9t\u00e9</title>"
                + "<description>Caf\u00e9</description></item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1));

        RawArticle item = accepted(readAll(feed).get(0));

        assertThat(item.hints().title()).contains("\u00c9t\u00e9");
        assertThat(item.hints().outlet()).contains("Le Monde \u00e9dit\u00e9");
        assertThat(new String(item.content(), UTF_8)).isEqualTo("Caf\u00e9");
        assertThat(item.charset()).contains(UTF_8);
    }
}
