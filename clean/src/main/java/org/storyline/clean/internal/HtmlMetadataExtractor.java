package org.storyline.clean.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads title, publication date, outlet, authors, canonical URL and the JSON-LD {@code articleBody} from a parsed page,
 * each from the most trusted source that has it. Does not modify the document.
 *
 * <p>A first walk over the elements reads only tag names (meta, link, JSON-LD scripts, {@code <title>},
 * {@code <h1>}); a second walk over class, id and itemprop names ({@code <time>}, byline, date and headline blocks,
 * the first paragraphs) runs only for pages whose markup does not already declare what is needed. No selector is
 * evaluated over the whole tree, which keeps the cost a small fraction of the parse itself.
 *
 * <ul>
 *   <li>title: the headline as the page shows it: the {@code <h1>} (else an itemprop/class headline element) that
 *       agrees with the declared headlines (JSON-LD {@code headline}, og:title, twitter:title, {@code <title>}), or the
 *       article's only {@code <h1>}; a glued section label ("Opinion | ") is dropped when the declared headline is
 *       what remains. Without one: JSON-LD {@code headline}, og:title, twitter:title, then {@code <title>} minus a
 *       site-name prefix or suffix. <b>Design decision:</b> the visible headline first, because markup headlines are
 *       often rewritten for search engines and social cards (on NAEB, markup first matched 0.80 of gold titles, the
 *       visible headline first 0.93);
 *   <li>published: JSON-LD {@code datePublished} (then {@code dateCreated}), publication meta tags, itemprop
 *       {@code datePublished}; then {@code <time>} and date/byline elements outside comments, related-article blocks,
 *       captions and current-date widgets; a date line just under the headline; a dateline at the start of the body;
 *       a date in the URL; {@code dateModified} last. A timestamp is read in its own offset. When the page shows only
 *       its "updated" day (a rewritten evergreen page), that day is taken: see {@code preferShownUpdate};
 *   <li>outlet: og:site_name, JSON-LD publisher name, application-name, else the host of the page URL
 *       ({@code example.com}, without {@code www.}): a host names the outlet well enough to group articles, and an
 *       empty outlet would lose that;
 *   <li>authors: JSON-LD author names, author meta tags that are not URLs, then byline elements; outlets, roles,
 *       e-mail addresses, URLs and dates are dropped; at most six;
 *   <li>url: canonical link, og:url, else the URL given.
 * </ul>
 */
public final class HtmlMetadataExtractor {

    /** Meta keys naming the publication date, most trusted first. */
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "article.published", "published_time", "published-date", "publish-date", "publish_date", "publishdate",
            "pubdate", "date.available", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
            "dc.date", "dcterms.date", "citation_publication_date", "citation_date", "sailthru.date",
            "parsely-pub-date", "cxenseparse:recs:publishtime", "article.created", "article_date_original",
            "original-publish-date", "date", "datecreated", "displaydate", "dc.created", "created-date",
            "article:post_date", "og:pubdate");
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
            "last-modified", "lastmod");
    /** Class or id words of blocks whose dates, bylines and headlines are not the article's. */
    private static final String[] SKIP_WORDS = {
        "comment", "related", "recommend", "sidebar", "side-bar", "widget", "popular", "trending", "more-stories",
        "also-read", "read-more", "readmore", "teaser", "footer", "newsletter", "promo", "outbrain", "taboola",
        "breaking", "ticker", "weather", "caption", "most-read", "mostread", "next-article", "carousel"
    };
    private static final Pattern SECTION_WORD = Pattern.compile(
            "(?iu)(?:opinion|analysis|editorial|commentary|column|review|exclusive|breaking|live|watch|video|"
                    + "politics|business|sports?|world|news|national|local|entertainment|culture|tech|science|health|"
                    + "opinión|análisis|meinung|tribune)");
    private static final Pattern DATE_AREA = Pattern.compile(
            "publish|date|byline|posted|timestamp|dateline|time|article-meta|article-info|entry-meta|post-meta|"
                    + "meta-info|story-meta",
            Pattern.CASE_INSENSITIVE);
    /** Lower-case substrings of class and id names, checked with {@code contains} once per distinct value. */
    private static final String[] DATE_WORDS = {
        "publish", "date", "byline", "posted", "timestamp", "dateline", "time", "article-meta", "article-info",
        "entry-meta", "post-meta", "meta-info", "story-meta"
    };
    private static final String[] HEADLINE_WORDS = {
        "headline", "entry-title", "post-title", "article-title", "story-title", "article__title", "page-title"
    };
    private static final String[] AUTHOR_WORDS = {"author", "byline", "writer", "reporter"};
    private static final Pattern UPDATED_AREA = Pattern.compile("updated|modified|edited", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AUTHOR_AREA = Pattern.compile(
            "comment|related|avatar|bio|photo|image|img|caption|share|social|twitter|email|follow|date|time|more",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«/]\\s+|\\s+\\|\\||\\s*\\|\\s*");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[\\p{Lu}][\\p{Lu}\\p{M} .'’\\-]{1,40}(?:,\\s*[\\p{L} .]{2,30})?\\s*(?:\\([^)]{1,40}\\))?"
                    + "\\s*[,—–\\-:]\\s*");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:by|von|por|par|di|door|de|written by|posted by|reported by)[:\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?:published|updated|posted|last updated|veröffentlicht|publicado|publié)\\b.*$|\\s+[|·•]\\s+.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UPPER_TAIL = Pattern.compile("(?:\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*)$");
    private static final Pattern ROLE_TAIL = Pattern.compile(
            "(?:,?\\s+(?:senior|chief|staff|contributing|deputy|managing|executive|political|business|sports|"
                    + "foreign|special|freelance|guest|news)?\\s*(?:writer|columnist|reporter|editor|correspondent|"
                    + "contributor|journalist|photographer|producer|analyst|critic))+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s+(?:and|und|y|et|e|&)\\s+|\\s*[,;/|]\\s*|\\s+\\+\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "@|https?:|www\\.|\\.com|\\.org|\\.net|\\d|\\b(?:staff|news|press|agency|editor|editors|team|desk|"
                    + "correspondent|contributor|reporters|service|online|media|times|post|daily|journal|wire|"
                    + "updated|published|reuters|afp|associated)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Reads the page's metadata; {@code url} is where the page came from, when known. */
    public HtmlMetadata extract(Document doc, Optional<String> url) {
        Scan scan = new Scan();
        scan.walk(doc);
        JsonLdArticle ld = JsonLdArticle.read(scan.jsonLdScripts, scan.title);
        Optional<String> canonical = firstNonBlank(scan.canonical, scan.meta("og:url"))
                .filter(u -> u.startsWith("http"));
        Optional<String> pageUrl = canonical.or(() -> url.filter(u -> !u.isBlank()));
        String hostLabel = pageUrl.or(() -> url).flatMap(HtmlMetadataExtractor::host)
                .map(h -> h.replaceFirst("\\.[^.]+$", "").replaceFirst("^.*\\.", "")).orElse("");
        Optional<String> title = title(scan, ld, hostLabel);
        Optional<String> outlet = firstNonBlank(scan.meta("og:site_name"), ld.publisher, scan.meta("application-name"),
                        scan.meta("cxenseparse:recs:publishername"))
                .map(HtmlMetadataExtractor::fold)
                .or(() -> pageUrl.or(() -> url).flatMap(HtmlMetadataExtractor::host));
        Optional<LocalDate> published = published(scan, ld, pageUrl, url);
        List<String> authors = authors(scan, ld, outlet.orElse(""));
        return new HtmlMetadata(title, published, outlet, authors, pageUrl, ld.articleBody);
    }

    // ---------------------------------------------------------------- title

    /**
     * The headline as the page shows it: the visible {@code <h1>} (or headline element) that agrees with the
     * headline the markup declares, else the markup's headline, else {@code <title>} without the site name. The
     * visible one wins because markup headlines are often rewritten for search engines and social cards.
     */
    private static Optional<String> title(Scan scan, JsonLdArticle ld, String hostLabel) {
        String pageTitle = scan.title == null ? "" : fold(scan.title);
        String siteName = firstNonBlank(scan.meta("og:site_name"), scan.meta("application-name"), ld.publisher)
                .map(HtmlMetadataExtractor::fold)
                .filter(n -> n.length() > 1)
                .orElse(hostLabel);
        Optional<String> fromMarkup = firstNonBlank(ld.headline, scan.meta("og:title"), scan.meta("twitter:title"))
                .map(HtmlMetadataExtractor::fold)
                .map(t -> stripSiteName(t, siteName, false));
        List<String> refs = new ArrayList<>();
        fromMarkup.ifPresent(refs::add);
        scan.meta("og:title").map(HtmlMetadataExtractor::fold).ifPresent(refs::add);
        scan.meta("twitter:title").map(HtmlMetadataExtractor::fold).ifPresent(refs::add);
        if (!pageTitle.isEmpty()) {
            refs.add(pageTitle);
        }
        Optional<String> visible = visibleHeadline(scan, scan.h1s, refs, siteName, true)
                .or(() -> visibleHeadline(scan, scan.headlineElements(), refs, siteName, false));
        if (visible.isPresent()) {
            return Optional.of(withoutKicker(visible.get(), refs));
        }
        if (fromMarkup.isPresent()) {
            return fromMarkup;
        }
        if (!pageTitle.isEmpty()) {
            return Optional.of(stripSiteName(pageTitle, siteName, true));
        }
        return Optional.empty();
    }

    /**
     * The visible headline without a section label glued to it ("Opinion | ", "Politics ", " | Editorial",
     * " [Watch]") when the declared headline is exactly what remains. A prefix is dropped when it ends with a bar
     * or is a section word; other prefixes ("OH NO!", "Colleges:") are part of the headline as shown.
     */
    static String withoutKicker(String visible, List<String> refs) {
        String plain = straightQuotes(visible);
        for (String r : refs) {
            String ref = straightQuotes(r);
            if (ref.length() < 12 || ref.equals(plain)) {
                continue;
            }
            int at = plain.indexOf(ref);
            if (at < 0) {
                continue;
            }
            String prefix = visible.substring(0, at).strip();
            String suffix = visible.substring(at + ref.length()).strip();
            boolean prefixOk = prefix.isEmpty() || prefix.matches(".*[|»/]")
                    || SECTION_WORD.matcher(prefix).matches();
            boolean suffixOk = suffix.isEmpty() || suffix.startsWith("|")
                    || suffix.matches("[\\[(][^\\])]{1,20}[\\])]");
            if (prefixOk && suffixOk) {
                return visible.substring(at, at + ref.length());
            }
        }
        return visible;
    }

    /** Curly quotes as straight ones (one character for one, so offsets stay valid). */
    private static String straightQuotes(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    /**
     * The candidate agreeing best with the declared headlines; a lone {@code <h1>} of the article area is taken even
     * when it differs from them (the page shows it as the headline), unless it merely names the site.
     */
    private static Optional<String> visibleHeadline(Scan scan, List<Element> candidates, List<String> refs,
            String siteName, boolean trustLone) {
        List<Element> valid = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Element e : candidates.size() > 20 ? candidates.subList(0, 20) : candidates) {
            String st = shortText(e, 300);
            String t = st == null ? "" : fold(st);
            if (t.length() < 4 || t.length() > 300 || inPageChrome(scan, e)
                    || (!siteName.isEmpty() && sameSite(t, siteName.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            valid.add(e);
            texts.add(t);
        }
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = 0;
        List<Set<String>> refWords = refs.stream().map(HtmlMetadataExtractor::words).toList();
        for (String t : texts) {
            Set<String> tw = words(t);
            double score = 0;
            for (Set<String> rw : refWords) {
                score = Math.max(score, share(tw, rw) * 0.5 + share(rw, tw) * 0.5);
            }
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        if (best != null && bestScore >= 0.45) {
            return Optional.of(best);
        }
        if (trustLone && (valid.size() == 1 || refs.isEmpty())) {
            String t = texts.get(0);
            if (wordCount(t) >= 2) {
                return Optional.of(t);
            }
        }
        if (trustLone) {
            for (int i = 0; i < valid.size(); i++) {
                if (inArticleArea(valid.get(i)) && wordCount(texts.get(i)) >= 3) {
                    return Optional.of(texts.get(i));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean inArticleArea(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("article") || tag.equals("main") || a.attr("role").equals("main")) {
                return true;
            }
        }
        return false;
    }

    /** In the page header, navigation, an aside or the footer (a logo h1, a teaser's headline). */
    private static boolean inPageChrome(Scan scan, Element e) {
        int depth = 0;
        for (Element a = e.parent(); a != null && depth < 15; a = a.parent(), depth++) {
            String tag = a.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            if (a.attributesSize() > 0 && scan.skipNamed(a)) {
                return true;
            }
        }
        return false;
    }

    /** Share of {@code a}'s words found in {@code b}, case-insensitive. */
    static double overlap(String a, String b) {
        return share(words(a), words(b));
    }

    private static double share(Set<String> aw, Set<String> bw) {
        if (aw.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : aw) {
            if (bw.contains(w)) {
                hit++;
            }
        }
        return (double) hit / aw.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new java.util.HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /**
     * Removes a site name after (or before) a separator: the part equal to og:site_name, or, when {@code guess} is
     * set, a short last (or first) part of at most four words.
     */
    static String stripSiteName(String title, String siteName, boolean guess) {
        Matcher m = TITLE_SEPARATOR.matcher(title);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) {
            seps.add(new int[] {m.start(), m.end()});
        }
        if (seps.isEmpty()) {
            return title;
        }
        int[] last = seps.get(seps.size() - 1);
        int[] first = seps.get(0);
        String tail = title.substring(last[1]).strip();
        String head = title.substring(0, first[0]).strip();
        String site = siteName.toLowerCase(Locale.ROOT);
        if (!site.isEmpty()) {
            if (sameSite(tail, site)) {
                return stripSiteName(title.substring(0, last[0]).strip(), siteName, false);
            }
            if (sameSite(head, site)) {
                return title.substring(first[1]).strip();
            }
        }
        if (guess) {
            String before = title.substring(0, last[0]).strip();
            if (wordCount(tail) <= 4 && wordCount(before) >= wordCount(tail)) {
                return before;
            }
            String after = title.substring(first[1]).strip();
            if (wordCount(head) <= 3 && wordCount(after) > 3 * wordCount(head)) {
                return after;
            }
        }
        return title;
    }

    private static boolean sameSite(String part, String site) {
        String p = part.toLowerCase(Locale.ROOT);
        String s = site.toLowerCase(Locale.ROOT).replaceFirst("^@", "").replaceFirst("^www\\.", "");
        return !p.isEmpty() && (p.equals(s) || p.replace(" ", "").equals(s.replace(" ", ""))
                || p.replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]{2,3}$", "").equals(s)
                || (p.length() > 3 && s.startsWith(p)) || (s.length() > 3 && p.startsWith(s)));
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    // ---------------------------------------------------------------- date

    private static Optional<LocalDate> published(
            Scan scan, JsonLdArticle ld, Optional<String> pageUrl, Optional<String> url) {
        Optional<LocalDate> modified = ld.dateModified.flatMap(DateTexts::parseValue)
                .or(() -> metaDate(scan, MODIFIED_META));
        Optional<LocalDate> declared = ld.datePublished.flatMap(DateTexts::parseValue)
                .or(() -> ld.dateCreated.flatMap(DateTexts::parseValue))
                .or(() -> metaDate(scan, DATE_META))
                .or(() -> scan.itempropDates().stream().map(DateTexts::parseValue).flatMap(Optional::stream)
                        .findFirst());
        if (declared.isPresent()) {
            return preferShownUpdate(scan, declared.get(), modified);
        }
        return elementDate(scan)
                .or(() -> nearHeadlineDate(scan))
                .or(() -> dateline(scan))
                .or(() -> pageUrl.flatMap(DateTexts::fromUrl))
                .or(() -> url.flatMap(DateTexts::fromUrl))
                .or(() -> modified);
    }

    private static Optional<LocalDate> metaDate(Scan scan, List<String> keys) {
        for (String key : keys) {
            for (String v : scan.metas.getOrDefault(key, List.of())) {
                Optional<LocalDate> m = DateTexts.parseValue(v);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date the page shows as its own: an evergreen page that was rewritten displays only its "updated" day, and
     * readers (and the gold data) date it by that day. So the modified date replaces the declared publication date
     * when the page's visible date elements show the former and never the latter.
     */
    private static Optional<LocalDate> preferShownUpdate(Scan scan, LocalDate published, Optional<LocalDate> modified) {
        if (modified.isEmpty() || !modified.get().isAfter(published)) {
            return Optional.of(published);
        }
        Set<LocalDate> shown = shownDates(scan);
        if (shown.contains(modified.get()) && !shown.contains(published)) {
            return modified;
        }
        return Optional.of(published);
    }

    private static Set<LocalDate> shownDates(Scan scan) {
        Set<LocalDate> shown = new LinkedHashSet<>();
        int n = 0;
        for (Element e : scan.dateElements()) {
            if (++n > 60) {
                break;
            }
            if (inSkippedArea(scan, e)) {
                continue;
            }
            String text = shortText(e, 160);
            if (e.normalName().equals("time")) {
                DateTexts.parseValue(e.attr("datetime")).ifPresent(shown::add);
            }
            if (text != null) {
                DateTexts.find(text).map(DateTexts.Found::date).ifPresent(shown::add);
            }
        }
        for (Element e : scan.nearHeadline()) {
            DateTexts.find(e.ownText()).map(DateTexts.Found::date).ifPresent(shown::add);
        }
        return shown;
    }

    /** A short text just after the headline that is, or holds, a date ("Dec 20, 2023", "By A. Writer · 5 May 2021"). */
    private static Optional<LocalDate> nearHeadlineDate(Scan scan) {
        for (Element e : scan.nearHeadline()) {
            if (inSkippedArea(scan, e)) {
                continue;
            }
            String own = e.ownText();
            Optional<DateTexts.Found> f = DateTexts.find(own);
            // a date line ("Dec 20, 2023", "By A. Writer · 5 May 2021"), not a sentence that mentions a date
            if (f.isPresent() && f.get().start() <= 40 && wordCount(own) <= 12) {
                return Optional.of(f.get().date());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code <time>} elements and short date/byline elements: the first one in a publication-date area wins, else the
     * first {@code <time datetime>} in the article area; never one in a comment, related or caption block, and an
     * "updated" date only when nothing else is there.
     */
    private static Optional<LocalDate> elementDate(Scan scan) {
        Optional<LocalDate> plain = Optional.empty();
        Optional<LocalDate> updated = Optional.empty();
        for (Element e : scan.dateElements()) {
            if (inSkippedArea(scan, e) || isDateWidget(scan, e)) {
                continue;
            }
            boolean isTime = e.normalName().equals("time");
            String value = isTime ? firstNonBlank(e.attr("datetime"), e.attr("pubdate")).orElse("") : "";
            Optional<LocalDate> d = DateTexts.parseValue(value);
            if (d.isEmpty()) {
                String text = shortText(e, 120);
                if (text == null) {
                    continue;
                }
                d = DateTexts.find(text).map(DateTexts.Found::date);
            }
            if (d.isEmpty()) {
                continue;
            }
            String area = areaNames(e, 3);
            if (UPDATED_AREA.matcher(area).find() && !area.toLowerCase(Locale.ROOT).contains("publish")) {
                if (updated.isEmpty()) {
                    updated = d;
                }
                continue;
            }
            if (e.hasAttr("pubdate") || DATE_AREA.matcher(area).find()) {
                return d;
            }
            if (isTime && plain.isEmpty()) {
                plain = d;
            }
        }
        return plain.isPresent() ? plain : updated;
    }

    /**
     * A current-date widget: above the headline, outside the article, and either written with its weekday
     * ("Tuesday, July 23, 2024") or inside the page header. Such a date says when the page was fetched.
     */
    private static boolean isDateWidget(Scan scan, Element e) {
        if (!scan.beforeHeadline.contains(e) || inArticleArea(e)) {
            return false;
        }
        String text = shortText(e, 80);
        if (text != null && DateTexts.startsWithWeekday(text)) {
            return true;
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("header") || tag.equals("nav")) {
                return true;
            }
        }
        return false;
    }

    /** "WASHINGTON, September 28, 2016 —" at the start of one of the first paragraphs. */
    private static Optional<LocalDate> dateline(Scan scan) {
        for (String p : scan.firstParagraphs()) {
            String head = p.length() > 90 ? p.substring(0, 90) : p;
            Optional<DateTexts.Found> f = DateTexts.find(head);
            if (f.isEmpty() || f.get().start() > 50) {
                continue;
            }
            String before = head.substring(0, f.get().start());
            if (before.isBlank() || DATELINE.matcher(before).matches()
                    || before.strip().matches("(?iu)(?:published|posted|updated|dated|date|fecha|publié le|"
                            + "veröffentlicht am|publicado em|pubblicato il)\\s*(?:on)?\\s*[:,]?")) {
                return Optional.of(f.get().date());
            }
        }
        return Optional.empty();
    }

    private static boolean inSkippedArea(Scan scan, Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth < 12; a = a.parent(), depth++) {
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav") || tag.equals("figcaption")
                    || tag.equals("figure")) {
                return true;
            }
            if (tag.equals("article") || tag.equals("body")) {
                return false;
            }
            if (a.attributesSize() > 0 && scan.skipNamed(a)) {
                return true;
            }
        }
        return false;
    }

    /** The element's text when it has at most {@code max} characters, else null (without building a long text). */
    static String shortText(Element e, int max) {
        StringBuilder sb = new StringBuilder();
        return appendText(e, sb, max) ? TextNormalizer.normalizeLine(sb.toString()) : null;
    }

    private static boolean appendText(Element e, StringBuilder sb, int max) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                sb.append(t.getWholeText());
                if (sb.length() > max * 2) {
                    return false;
                }
            } else if (n instanceof Element c) {
                // inline elements join their text ("<i>Title</i>'s"); blocks and breaks separate it
                boolean separate = c.isBlock() || c.normalName().equals("br");
                if (separate) {
                    sb.append(' ');
                }
                if (!appendText(c, sb, max)) {
                    return false;
                }
                if (separate) {
                    sb.append(' ');
                }
            }
        }
        return true;
    }

    /** Class, id and itemprop names of the element and its nearest ancestors. */
    private static String areaNames(Element e, int levels) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (Element a = e; a != null && depth <= levels; a = a.parent(), depth++) {
            sb.append(a.id()).append(' ').append(a.className()).append(' ').append(a.attr("itemprop")).append(' ');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- authors

    private static List<String> authors(Scan scan, JsonLdArticle ld, String outlet) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : ld.authors) {
            addAuthors(out, a, outlet);
        }
        if (out.isEmpty()) {
            for (String key : List.of("author", "article:author", "dc.creator", "byl", "sailthru.author",
                    "parsely-author", "citation_author")) {
                for (String v : scan.metas.getOrDefault(key, List.of())) {
                    if (!v.startsWith("http")) {
                        addAuthors(out, v, outlet);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (Element e : scan.bylineElements()) {
                if (!inSkippedArea(scan, e)) {
                    String text = e.text();
                    if (text.length() <= 120) {
                        addAuthors(out, text, outlet);
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return out.stream().limit(6).toList();
    }

    private static void addAuthors(Set<String> out, String raw, String outlet) {
        String s = BY_PREFIX.matcher(fold(Parser.unescapeEntities(raw, false))).replaceFirst("");
        int digit = firstDigit(s);
        if (digit >= 0) {
            // a byline with its date: "By Ana Ruiz 14 May 2018", "Ana Ruiz | Updated 3:00 PM"
            s = s.substring(0, digit).replaceAll("(?iu)[\\s|·•,-]*(?:updated|published|posted|on|am|le|el|"
                    + "jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)?"
                    + "[\\s|·•,:-]*$", "");
        }
        // "Ana RuizPublished: ...", "Ana Ruiz | Updated ..." : the rest is not a name
        s = BYLINE_TAIL.matcher(s).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(s)) {
            String name = cleanName(BY_PREFIX.matcher(part.strip()).replaceFirst("").strip(), outlet);
            if (name.length() < 3 || name.length() > 50 || wordCount(name) > 5 || NOT_A_NAME.matcher(name).find()
                    || name.equalsIgnoreCase(outlet) || !Character.isUpperCase(name.codePointAt(0))) {
                continue;
            }
            out.add(name);
        }
    }

    /**
     * A byline name without what bylines glue to it: a role ("Columnist", "Senior Writer"), the outlet or an
     * upper-case outlet name after it ("USA TODAY"), trailing separators, a doubled name ("Jo Hart Jo Hart").
     */
    static String cleanName(String name, String outlet) {
        String n = name.replaceAll("[\\s|·•:,\\-–—]+$", "").strip();
        if (!outlet.isEmpty() && n.length() > outlet.length() && n.toLowerCase(Locale.ROOT)
                .endsWith(" " + outlet.toLowerCase(Locale.ROOT))) {
            n = n.substring(0, n.length() - outlet.length()).strip();
        }
        n = ROLE_TAIL.matcher(n).replaceFirst("").strip();
        Matcher caps = UPPER_TAIL.matcher(n);
        if (caps.find() && n.substring(0, caps.start()).chars().anyMatch(Character::isLowerCase)) {
            n = n.substring(0, caps.start()).strip();
        }
        String[] w = n.split("\\s+");
        if (w.length % 2 == 0 && w.length >= 4) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length / 2));
            String second = String.join(" ", java.util.Arrays.copyOfRange(w, w.length / 2, w.length));
            if (first.equals(second)) {
                n = first;
            }
        }
        return n.replaceAll("[\\s|·•:,\\-–—]+$", "");
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- helpers

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... values) {
        for (Optional<String> v : values) {
            if (v.isPresent() && !v.get().isBlank()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstNonBlank(String a, Optional<String> b) {
        return a != null && !a.isBlank() ? Optional.of(a) : b.filter(s -> !s.isBlank());
    }

    /** Entities decoded, Unicode spaces folded and collapsed. */
    static String fold(String s) {
        String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        return TextNormalizer.normalizeLine(t);
    }

    private static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null || h.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The candidates one walk over the page collects. */
    private static final class Scan {
        final Map<String, List<String>> metas = new LinkedHashMap<>();
        final List<String> jsonLdScripts = new ArrayList<>();
        final List<Element> h1s = new ArrayList<>();
        final List<Element> headlineElements = new ArrayList<>();
        final List<Element> dateElements = new ArrayList<>();
        final List<Element> bylineElements = new ArrayList<>();
        final List<String> itempropDates = new ArrayList<>();
        final List<String> firstParagraphs = new ArrayList<>();
        final List<Element> nearHeadline = new ArrayList<>();
        private final Map<String, Integer> flagCache = new java.util.HashMap<>(512);
        private static final int DATE_FLAG = 1;
        private static final int HEADLINE_FLAG = 2;
        private static final int AUTHOR_FLAG = 4;
        private static final int SKIP_FLAG = 8;
        String title;
        String canonical;
        private Document doc;
        private Element firstH1;
        private boolean namesWalked;
        private List<Element> all;
        /** Date elements met before the headline (identity set: jsoup elements compare by content). */
        final Set<Element> beforeHeadline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Optional<String> meta(String key) {
            List<String> v = metas.get(key);
            return v == null ? Optional.empty() : v.stream().filter(s -> !s.isBlank()).findFirst();
        }

        /** First walk, always: tag names only (meta, link, JSON-LD, title, h1). */
        void walk(Document doc) {
            this.doc = doc;
            for (Element e : elements(doc)) {
                switch (e.normalName()) {
                    case "meta" -> {
                        String content = e.attr("content");
                        if (content.isEmpty()) {
                            content = e.attr("value");
                        }
                        for (String k : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop"),
                            e.attr("http-equiv")}) {
                            if (!k.isEmpty()) {
                                metas.computeIfAbsent(k.strip().toLowerCase(Locale.ROOT), x -> new ArrayList<>())
                                        .add(content);
                            }
                        }
                    }
                    case "link" -> {
                        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                            String abs = e.absUrl("href");
                            canonical = abs.isEmpty() ? e.attr("href") : abs;
                        }
                    }
                    case "script" -> {
                        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                            jsonLdScripts.add(e.data());
                        }
                    }
                    case "title" -> {
                        if (title == null && !inSvg(e)) {
                            title = e.text();
                        }
                    }
                    case "h1" -> {
                        h1s.add(e);
                        if (firstH1 == null && !inPageChrome(this, e)) {
                            firstH1 = e;
                        }
                    }
                    default -> {
                        // everything else is read by the second walk, when needed
                    }
                }
            }
        }

        List<Element> dateElements() {
            walkNames();
            return dateElements;
        }

        List<Element> bylineElements() {
            walkNames();
            return bylineElements;
        }

        List<Element> headlineElements() {
            walkNames();
            return headlineElements;
        }

        List<String> itempropDates() {
            walkNames();
            return itempropDates;
        }

        List<Element> nearHeadline() {
            walkNames();
            return nearHeadline;
        }

        List<String> firstParagraphs() {
            walkNames();
            return firstParagraphs;
        }

        /**
         * Second walk, only for pages whose markup does not declare everything: {@code <time>}, itemprop, class and
         * id names (date, byline, headline blocks), the short texts after the headline and the first paragraphs.
         */
        private void walkNames() {
            if (namesWalked) {
                return;
            }
            namesWalked = true;
            boolean seenH1 = false;
            int afterH1 = 0;
            for (Element e : elements(doc)) {
                String tag = e.normalName();
                if (seenH1 && afterH1 < 40) {
                    afterH1++;
                    if (nearHeadline.size() < 12 && e.textNodes().size() > 0) {
                        String own = e.ownText();
                        if (own.length() >= 6 && own.length() <= 80) {
                            nearHeadline.add(e);
                        }
                    }
                }
                if (e == firstH1) {
                    seenH1 = true;
                } else if (tag.equals("time")) {
                    dateElements.add(e);
                    if (!seenH1) {
                        beforeHeadline.add(e);
                    }
                } else if (tag.equals("p") && seenH1 && firstParagraphs.size() < 4) {
                    String t = shortText(e, 400);
                    if (t == null || t.length() > 40) {
                        firstParagraphs.add(t == null ? e.text() : t);
                    }
                }
                if (e.attributesSize() == 0 || tag.equals("meta")) {
                    continue;
                }
                org.jsoup.nodes.Attributes attrs = e.attributes();
                String itemprop = attrs.get("itemprop");
                if (!itemprop.isEmpty()) {
                    String ip = itemprop.toLowerCase(Locale.ROOT);
                    if (ip.equals("datepublished") || ip.equals("datecreated")) {
                        String v = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()).orElse("");
                        itempropDates.add(v);
                    } else if (ip.equals("headline") || ip.equals("name") && Scan.isHeading(tag)) {
                        headlineElements.add(e);
                    } else if (ip.equals("author") || ip.equals("creator")) {
                        bylineElements.add(e);
                    }
                }
                if (!tag.equals("time")) {
                    String names = attrs.get("class");
                    String id = attrs.get("id");
                    if (!names.isEmpty() || !id.isEmpty()) {
                        int flags = flags(names) | flags(id);
                        if ((flags & DATE_FLAG) != 0 && e.childrenSize() <= 6 && !tag.equals("body")
                                && !tag.equals("html")) {
                            dateElements.add(e);
                            if (!seenH1) {
                                beforeHeadline.add(e);
                            }
                        }
                        if ((flags & HEADLINE_FLAG) != 0 && (isHeading(tag) || tag.equals("div")
                                || tag.equals("span") || tag.equals("p"))) {
                            headlineElements.add(e);
                        }
                        if ((flags & AUTHOR_FLAG) != 0) {
                            bylineElements.add(e);
                        }
                    }
                    if ((tag.equals("a") || tag.equals("link")) && attrs.get("rel").equalsIgnoreCase("author")
                            && (tag.equals("a") || !attrs.get("title").isEmpty())) {
                        bylineElements.add(e);
                    }
                }
            }
        }

        /** Every element in document order, collected by a plain depth-first walk (cheaper than a selector). */
        private List<Element> elements(Document doc) {
            if (all == null) {
                all = new ArrayList<>(4096);
                collect(doc, all);
            }
            return all;
        }

        private static void collect(Element parent, List<Element> out) {
            int n = parent.childNodeSize();
            for (int i = 0; i < n; i++) {
                if (parent.childNode(i) instanceof Element child) {
                    out.add(child);
                    collect(child, out);
                }
            }
        }

        /** What a class or id value names, cached: pages repeat the same class values thousands of times. */
        private int flags(String names) {
            if (names.isEmpty()) {
                return 0;
            }
            Integer cached = flagCache.get(names);
            if (cached != null) {
                return cached;
            }
            String n = names.toLowerCase(Locale.ROOT);
            int f = (containsAny(n, DATE_WORDS) ? DATE_FLAG : 0)
                    | (containsAny(n, HEADLINE_WORDS) ? HEADLINE_FLAG : 0)
                    | (containsAny(n, AUTHOR_WORDS) && !NOT_AUTHOR_AREA.matcher(n).find() ? AUTHOR_FLAG : 0)
                    | (containsAny(n, SKIP_WORDS) ? SKIP_FLAG : 0);
            flagCache.put(names, f);
            return f;
        }

        /** Whether the element's class or id names a comment, related-articles, sidebar or similar block. */
        boolean skipNamed(Element a) {
            org.jsoup.nodes.Attributes attrs = a.attributes();
            return ((flags(attrs.get("class")) | flags(attrs.get("id"))) & SKIP_FLAG) != 0;
        }

        private static boolean isHeading(String tag) {
            return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        }

        private static boolean containsAny(String s, String[] words) {
            for (String w : words) {
                if (s.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inSvg(Element e) {
            for (Element a = e.parent(); a != null; a = a.parent()) {
                if (a.normalName().equals("svg")) {
                    return true;
                }
            }
            return false;
        }
    }
}
