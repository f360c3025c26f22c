package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over a page that splits its visible text into {@link Segment}s, skipping what can never be article text
 * (scripts, navigation, form fields, hidden elements), marking text inside elements whose class or id names page
 * furniture, and noting the elements whose class, id or {@code itemprop} names an article body.
 *
 * <p>Furniture is marked, not skipped: a class such as {@code has-sidebar} on a wrapper of the whole article names
 * furniture too, so whether a furniture element is to be dropped is decided only once the body container is known
 * (furniture inside it goes; furniture around it does not matter).
 *
 * <p>Design decision: the page is not modified. Skipping subtrees in a {@link NodeFilter} costs one traversal, where
 * deleting elements first and then walking again would cost two, and leaves the document intact for other readers.
 */
final class SegmentCollector implements NodeFilter {
    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
            "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "figure", "figcaption",
            "picture", "img", "head", "title", "meta", "link", "dialog", "menu", "source", "track", "map");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "td", "th", "tr", "table", "tbody", "thead", "dd", "dt", "dl", "header", "center",
            "body", "address", "form", "fieldset", "details", "summary", "span-block", "caption", "hr");

    /** Class/id words that name page furniture. Matched against whole words of class and id values. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[-_ ])(?:nav|navbar|navigation|menu|footer|sidebar|side-bar|share|sharing|social|newsletter|"
                    + "subscribe|subscription|signup|sign-up|cookie|cookies|consent|gdpr|related|recommended|"
                    + "recommendations|recirc|popular|most-read|mostread|trending|outbrain|taboola|breadcrumb|"
                    + "breadcrumbs|comment|comments|disqus|advert|advertisement|advertising|ad|ads|adslot|"
                    + "ad-slot|dfp|promo|promotion|sponsored|banner|byline|author-bio|authorbio|bio|tags|tag-list|"
                    + "taglist|keywords|caption|credit|credits|visually-hidden|sr-only|screen-reader-text|"
                    + "modal|overlay|popup|toolbar|pagination|pager|skip|skip-link|masthead|topbar|"
                    + "top-bar|header-nav|site-header|site-footer|widget|widgets|jump|toc|more-stories|"
                    + "read-more|readmore|see-also|also-read|next-article|prev-article|login|author-info|"
                    + "article-footer|post-footer|entry-footer|meta-footer|timestamp|dateline-share|twitter-tweet|"
                    + "instagram-media|tiktok-embed|donate|donation|contribution|contributions|support-us)(?:$|[-_ ])");
    private static final Pattern CONTENT = Pattern.compile(
            "articlebody|article-body|article_body|articletext|article-text|article-content|article_content|"
                    + "articlecontent|story-body|storybody|story-content|storycontent|story-text|entry-content|"
                    + "post-content|postcontent|post-body|postbody|post-text|content-body|body-text|bodytext|"
                    + "article__body|article__content|story__body|story__content|rich-text|richtext|main-content|"
                    + "article-main|news-body|news-content|text-content|article-detail|article_detail|"
                    + "detail-body|article-page-body|body-copy|bodycopy|single-content|entry-body|caas-body");

    private final List<Segment> segments = new ArrayList<>();
    private final List<Element> contentMarked = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(256);
    private int letters;
    private int linkLetters;
    private int linkDepth;
    private final ArrayList<Element> blocks = new ArrayList<>();
    private final ArrayList<Element> furniture = new ArrayList<>();

    static SegmentCollector collect(Element root) {
        var collector = new SegmentCollector();
        collector.blocks.add(root);
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector;
    }

    List<Segment> segments() {
        return segments;
    }

    /** Elements whose class, id or itemprop names an article body, in document order. */
    List<Element> contentMarked() {
        return contentMarked;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag) || isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (isFurniture(e)) {
            flush();
            furniture.add(e);
        }
        if (tag.equals("br")) {
            text.append("\n\n");
            return FilterResult.CONTINUE;
        }
        if (tag.equals("a")) {
            linkDepth++;
        }
        if (isContentMarked(e)) {
            contentMarked.add(e);
        }
        if (BLOCK_TAGS.contains(tag)) {
            flush();
            blocks.add(e);
        } else if (tag.equals("form") || tag.equals("label")) {
            // forms wrap whole pages on some sites; their text is kept, their fields are skipped above
            return FilterResult.CONTINUE;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (!furniture.isEmpty() && furniture.get(furniture.size() - 1) == e) {
                flush();
                furniture.remove(furniture.size() - 1);
            }
            if (BLOCK_TAGS.contains(tag) && !blocks.isEmpty() && blocks.get(blocks.size() - 1) == e) {
                flush();
                blocks.remove(blocks.size() - 1);
            }
        }
        return FilterResult.CONTINUE;
    }

    private void appendText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
                if (linkDepth > 0) {
                    linkLetters++;
                }
            }
        }
        text.append(s);
    }

    private void flush() {
        if (letters > 0) {
            Element owner = blocks.get(blocks.size() - 1);
            String folded = TextNormalizer.normalizeBody(text.toString());
            String name = owner.normalName();
            boolean heading = name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1));
            segments.add(new Segment(segments.size(), owner, folded, letters, linkLetters, heading,
                    furniture.isEmpty() ? null : furniture.get(furniture.size() - 1)));
        }
        text.setLength(0);
        letters = 0;
        linkLetters = 0;
    }

    private static boolean isHidden(Element e) {
        // display:none is not a reason: paywalled pages hide the article's later paragraphs that way
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"));
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
                || tag.equals("p") || "articleBody".equals(e.attr("itemprop"))) {
            return false;
        }
        String names = classAndId(e);
        if (names.isEmpty()) {
            return false;
        }
        if (CONTENT.matcher(names).find()) {
            return false;
        }
        return FURNITURE.matcher(names).find();
    }

    private static boolean isContentMarked(Element e) {
        if ("articleBody".equals(e.attr("itemprop")) || "articlebody".equals(e.attr("itemprop"))) {
            return true;
        }
        String names = classAndId(e);
        return !names.isEmpty() && CONTENT.matcher(names).find();
    }

    /** Class and id values, lower-cased, camelCase split by '-', words separated by spaces. */
    static String classAndId(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        String joined = cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
        var b = new StringBuilder(joined.length() + 8);
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && Character.isLowerCase(joined.charAt(i - 1))) {
                    b.append('-');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
