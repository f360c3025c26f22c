package org.storyline.clean.internal;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Parses HTML with jsoup, refusing pages nested too deeply to be articles.
 *
 * <p>Design decision: jsoup 1.22's HTML tree builder already caps its open-element stack (at 512 by default), so
 * deeply nested input cannot overflow the stack and parses in time linear in its length (100,000 nested elements
 * take about two seconds); all of jsoup's tree walks are iterative. This parser sets that cap to {@link #MAX_DEPTH}
 * explicitly, so a normal page parses exactly as {@code Jsoup.parse(html, baseUri)} does, and then makes one cheap
 * walk that stops at the first element that reached the cap: such a page is refused (the cleaner rejects it
 * {@code TOO_DEEP}) rather than returned with its deep part flattened by the cap.
 */
public final class PageParser {
    /** The deepest nesting of elements (counting {@code html} as 1) a page may reach. */
    public static final int MAX_DEPTH = 512;

    private PageParser() {}

    /** The parsed page, or empty when it nests {@link #MAX_DEPTH} or more elements deep. */
    public static Optional<Document> parse(String html, String baseUri) {
        Document document = Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        return reachesMaxDepth(document) ? Optional.empty() : Optional.of(document);
    }

    private static boolean reachesMaxDepth(Document document) {
        boolean[] tooDeep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= MAX_DEPTH) {
                    tooDeep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, document);
        return tooDeep[0];
    }
}
