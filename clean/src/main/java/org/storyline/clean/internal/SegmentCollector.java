package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * Class/id words that name page furniture, matched against whole words of class and id values (split on spaces,
     * '-', '_' and camelCase): single words, or runs of two or three words such as {@code most-read}.
     */
    private static final Set<String> FURNITURE = Set.of(
            "nav", "navbar", "navigation", "menu", "footer", "sidebar", "side-bar", "share", "sharing", "social",
            "newsletter", "subscribe", "subscription", "signup", "sign-up", "cookie", "cookies", "consent", "gdpr",
            "related", "recommended", "recommendations", "recirc", "popular", "most-read", "mostread", "trending",
            "outbrain", "taboola", "breadcrumb", "breadcrumbs", "comment", "comments", "disqus", "advert",
            "advertisement", "advertising", "ad", "ads", "adslot", "ad-slot", "dfp", "promo", "promotion", "sponsored",
            "banner", "byline", "author-bio", "authorbio", "tags", "tag-list", "taglist", "keywords", "caption",
            "credit", "credits", "visually-hidden", "sr-only", "screen-reader-text", "modal", "overlay", "popup",
            "toolbar", "pagination", "pager", "skip", "skip-link", "masthead", "topbar", "top-bar", "header-nav",
            "site-header", "site-footer", "widget", "widgets", "jump", "toc", "more-stories", "read-more", "readmore",
            "see-also", "also-read", "next-article", "prev-article", "login", "author-info", "article-footer",
            "post-footer", "entry-footer", "meta-footer", "timestamp", "twitter-tweet", "instagram-media",
            "tiktok-embed", "donate", "donation", "contribution", "contributions", "support-us",
            "bio", "author-box", "author-card", "author-content", "author-about", "about-author", "boilerplate",
            "editors-note", "end-note", "teasers", "citations", "article-sources", "latest-news", "disclosure",
            "age-gate", "recent-stories", "linkstack", "link-stack", "product-card");
    /** Substrings of class/id values (with '-' and '_' removed) that name an article body. */
    private static final List<String> CONTENT = List.of(
            "articlebody", "articletext", "articlecontent", "storybody", "storycontent", "storytext", "entrycontent",
            "postcontent", "postbody", "posttext", "contentbody", "bodytext", "richtext", "maincontent", "articlemain",
            "newsbody", "newscontent", "textcontent", "articledetail", "detailbody", "bodycopy", "singlecontent",
            "entrybody", "caasbody");

    /** Per page: class/id string → flags, since many elements share the same classes. */
    private final java.util.HashMap<String, Integer> nameFlags = new java.util.HashMap<>();
    private static final int FLAG_FURNITURE = 1;
    private static final int FLAG_CONTENT = 2;

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

    /**
     * What named a marked element an article body: {@code itemprop}, or the body word of its class or id (e.g.
     * {@code articlebody} for both {@code article-body segment-1} and {@code article__body}). Blocks of one body
     * split across several elements share it.
     */
    String contentKind(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return "itemprop";
        }
        int index = (flags(e) >>> 2) - 1;
        return index < 0 ? "" : CONTENT.get(index);
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

    private boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
                || "articleBody".equals(e.attr("itemprop"))) {
            return false;
        }
        // a paragraph's id is often a generated hash ("AdDsWC" reads as "ad"): only its class counts
        int flags = tag.equals("p") ? flags(e.className(), "") : flags(e);
        return (flags & FLAG_FURNITURE) != 0 && (flags & FLAG_CONTENT) == 0;
    }

    private boolean isContentMarked(Element e) {
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        return (flags(e) & FLAG_CONTENT) != 0;
    }

    private int flags(Element e) {
        return flags(e.className(), e.id());
    }

    private int flags(String cls, String id) {
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        String key = id.isEmpty() ? cls : cls + " " + id;
        Integer cached = nameFlags.get(key);
        if (cached == null) {
            cached = classify(key);
            nameFlags.put(key, cached);
        }
        return cached;
    }

    /** Flags of one class-and-id string: whole words (and runs of 2–3) for furniture, substrings for content. */
    static int classify(String names) {
        List<String> words = words(names);
        int flags = hiddenByClass(names) ? FLAG_FURNITURE : 0;
        var joined = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                joined.append(' ');
                continue;
            }
            joined.append(w);
        }
        String squashed = joined.toString();
        for (int i = 0; i < CONTENT.size(); i++) {
            if (squashed.contains(CONTENT.get(i))) {
                flags |= FLAG_CONTENT | (i + 1) << 2;
                break;
            }
        }
        for (int i = 0; i < words.size() && (flags & FLAG_FURNITURE) == 0; i++) {
            String w = words.get(i);
            if (w.isEmpty()) {
                continue;
            }
            if (FURNITURE.contains(w)) {
                flags |= FLAG_FURNITURE;
            } else if (i + 1 < words.size() && !words.get(i + 1).isEmpty()) {
                String two = w + "-" + words.get(i + 1);
                if (FURNITURE.contains(two) || (i + 2 < words.size() && !words.get(i + 2).isEmpty()
                        && FURNITURE.contains(two + "-" + words.get(i + 2)))) {
                    flags |= FLAG_FURNITURE;
                }
            }
        }
        return flags;
    }

    /** Whether one of the class names is exactly "hidden" or "hide" (not "overflow-hidden"): shown only on demand. */
    private static boolean hiddenByClass(String names) {
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            boolean end = i == names.length() || Character.isWhitespace(names.charAt(i));
            if (!end) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                int len = i - start;
                if ((len == 6 && names.regionMatches(true, start, "hidden", 0, 6))
                        || (len == 4 && names.regionMatches(true, start, "hide", 0, 4))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * Lower-cased words of class and id values split on '-', '_' and camelCase; an empty string marks the boundary
     * between two class names, so runs of words never cross it.
     */
    static List<String> words(String names) {
        List<String> words = new ArrayList<>();
        var w = new StringBuilder();
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isWhitespace(c)) {
                addWord(words, w);
                if (!words.isEmpty() && !words.get(words.size() - 1).isEmpty()) {
                    words.add("");
                }
            } else if (c == '-' || c == '_') {
                addWord(words, w);
            } else if (Character.isUpperCase(c)) {
                if (i > 0 && Character.isLowerCase(names.charAt(i - 1))) {
                    addWord(words, w);
                }
                w.append(Character.toLowerCase(c));
            } else {
                w.append(c);
            }
        }
        addWord(words, w);
        return words;
    }

    private static void addWord(List<String> words, StringBuilder w) {
        if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
        }
    }
}
