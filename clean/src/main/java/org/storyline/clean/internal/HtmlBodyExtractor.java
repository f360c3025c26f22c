package org.storyline.clean.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in a parsed page and returns it as paragraphs joined by a blank line, page furniture removed.
 *
 * <p>Three candidate extractions are made from one pass over the page ({@link SegmentCollector}) and the page's
 * metadata, then one is chosen per page by agreement:
 * <ol>
 *   <li><b>scored</b>: paragraphs vote for their parent and grandparent containers by length and commas; the best
 *       container, discounted by link density, wins, with siblings of similar score or class merged in;</li>
 *   <li><b>marked</b>: the elements whose class, id or {@code itemprop} names an article body; containers of the same
 *       kind are merged, since many sites split a body into several blocks;</li>
 *   <li><b>declared</b>: the JSON-LD {@code articleBody}, which is often truncated or flattened, so it is used as a
 *       referee between the other two rather than as output.</li>
 * </ol>
 * Both HTML candidates then lose short furniture lines ("Advertisement", "Share this", bylines) and anything after an
 * end-of-article marker ("Related stories", "More from ...").
 *
 * <p>Design decision: every candidate works on the same segment list, so choosing among three costs little more than
 * making one; a separate readability pass would parse and walk the page again.
 */
public final class HtmlBodyExtractor {
    private static final int MIN_PARAGRAPH_LETTERS = 20;
    /** Listicles nest each item's paragraphs nine or more levels below the list: widening must reach that far. */
    private static final int MAX_WIDEN_LEVELS = 12;

    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^(?:advertisement|advertisements|ad|sponsored|sponsored content|story continues below|"
                    + "(?:the )?story continues below(?: this)? (?:advertisement|ad)|continue reading.*|"
                    + "read more.*|read next.*|read also.*|see also.*|also read.*|related:.*|recommended.*|"
                    + "share(?: this)?(?: article| story)?:?|share on .*|share via .*|tweet|email|print|"
                    + "click here.*|.{0,80}, click here\\.?|sign up.*|subscribe.*|follow us.*|"
                    + "follow .* on (?:twitter|x|facebook).*|"
                    + "(?:photo|image|video|graphic|illustration|credit)s?(?: credit)?:.*|.*\\((?:getty|ap|afp|reuters)"
                    + "(?: images)?(?: photo)?\\)|©.*|copyright.*|all rights reserved.*|.*\\ball rights reserved\\.?|"
                    + "listen to (?:this|the) (?:article|story).*|\\d+ min(?:ute)?s? read|"
                    + "(?:updated|published|posted|last updated)(?: on| at)?:? .{0,60}|by [\\p{L} .,'-]{2,80}|"
                    + "(?:published|posted):? .{5,60}\\| ?(?:updated|modified):? .{5,60}|"
                    + "(?:watch|listen) ?[:|].*|download (?:our|the) app.*|get (?:our|the) newsletter.*|"
                    + "we use cookies.*|comments?|\\d+ comments?|leave a (?:comment|reply).*|"
                    + "(?:top|latest|more) (?:stories|news|headlines).*|trending.*)$");
    private static final Pattern END_MARKER = Pattern.compile(
            "(?i)^(?:related(?: stories| articles| content| coverage| news| posts| reading| links)?:?|"
                    + "more (?:from|on|about|stories|news|in|coverage).*|read more:?|recommended(?: for you| stories)?:?|"
                    + "you (?:may|might) (?:also )?(?:like|enjoy|be interested in).*|most (?:read|popular|viewed).*|"
                    + "popular (?:stories|now|on .*)|trending(?: now| stories)?:?|latest (?:news|stories|headlines).*|"
                    + "comments?:?|\\d+ comments?|leave a (?:comment|reply).*|join the conversation.*|"
                    + "(?:topics|tags|filed under|categories):?.*|about the author.*|share this (?:article|story).*|"
                    + "what to read next.*|further reading:?|see also:?|editor'?s? picks?.*|around the web.*|"
                    + "sponsored (?:content|links|stories).*|promoted (?:content|stories).*)$");
    /** Lines that open the appendix of a release or paper: everything from them on is not the article. */
    private static final Pattern END_PREFIX = Pattern.compile(
            "(?i)^(?:more information:|journal information:|citation:|story source:|cite this page:|"
                    + "this document is subject to copyright|explore more:?$|provided by [^.]{3,80}$|"
                    + "(?:©|copyright ©?) ?\\d{4})");
    /** An author's bio: "Jane Doe is a senior reporter covering ...", "She holds a degree from ...". */
    private static final Pattern BIO = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3}) (?:is|was|has been|covers|writes|reports)"
                    + " (?:a |an |the )?(?:[\\p{L}-]+ ){0,4}(?:writer|reporter|editor|journalist|correspondent|contributor|"
                    + "columnist|author|producer|freelancer|critic|analyst|intern|fellow|news|stories|about)\\b.*");
    /** Disclosures and notices that may sit anywhere in a body (searched for, not matched whole). */
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)\\baffiliate (?:links?|partnerships?|commissions?)\\b|\\bwe may (?:earn|receive) (?:a )?"
                    + "(?:commission|compensation)|(?:article|story) continues (?:below|after)|"
                    + "\\bcopyright ©|all rights reserved\\.?$");
    /** Syndication notices, at the start of a line. */
    private static final Pattern NOTICE_START = Pattern.compile(
            "(?i)this (?:story|article|post|report) (?:was )?(?:first|originally) (?:appeared|published)|"
                    + "this (?:story|article) appeared first|(?:originally|first) (?:published|appeared) (?:on|in|at|by)\\b");

    /** A staff bio: "Jane Doe is a Senior Reporter at The Ledger", "... is the news editor for Best Products". */
    private static final Pattern STAFF_BIO = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3} (?:is|was|has been|serves as) (?:a |an |the )?"
                    + "(?:[\\p{L}-]+ ){0,3}(?i:writer|reporter|editor|journalist|correspondent|contributor|columnist|"
                    + "producer)s? (?:at|for|with|of|on) (?:the )?\\p{Lu}");
    /** How to reach the writer or the desk: "Jane Doe can be reached at ...", "Email us at tips@..." (searched for). */
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)\\b(?:can|may) be reached at\\b|\\b(?:contact|email|e-mail|write to|reach|follow|tips?|send|let us"
                    + " know)\\b[^@]{0,120}(?:[\\w.+-]+@[\\w-]+\\.[a-z]{2,}|(?<!\\w)@\\w{2,})");
    /** The end of a caption written into the text: "... (AP)", "(Photo by X via Getty Images)", "Credit: IMO." */
    private static final Pattern CAPTION_END = Pattern.compile(
            "(?i)(?:\\((?:ap|afp|reuters|getty images|ap photo[^)]*|photo[^)]{0,80}|[^)]{0,60}(?:via getty images|/ ?"
                    + "(?:ap|afp|reuters|getty)[^)]*))\\)\\.?|\\b(?:credit|photo|photograph|image|illustration)s?(?: credit)?:"
                    + " [^.:]{2,80}\\.?|\\bcourtesy of [^.]{2,60}\\.?)$");
    /** The start of a photo credit: "PHOTO BY ...", "Submitted photo ...", "Courtesy of ...". */
    private static final Pattern CAPTION_START = Pattern.compile("(?i)^(?:photo by|submitted photo|courtesy(?: of)?)\\b");
    /** A reference or footnote: "[3] Smith, ...", "B. Jones et al. 2023. Title. Journal 12: 3; doi: 10...." */
    private static final Pattern REFERENCE = Pattern.compile(
            "^\\[\\d{1,3}\\] |\\bet al\\.?,? \\(?(?:19|20)\\d\\d\\b|\\b(?i:doi): ?10\\.\\d");
    /** Notes about the article rather than the article: editor's notes, corrections, syndication (line starts). */
    private static final Pattern NOTE_START = Pattern.compile(
            "(?i)^(?:this (?:piece|column|essay|op-ed|commentary|interview) (?:was )?(?:originally|first) (?:appeared|"
                    + "published|ran)|editor[’']?s? note\\b|correction\\b|clarification\\b|(?:an )?earlier version of this|"
                    + "a previous version of this|materials? provided by\\b|disclaimer:|(?:already|not) a subscriber\\b|"
                    + "(?:this|the) (?:episode|podcast|segment) was (?:produced|edited)\\b|source: |contributing: )");
    /** Disclosures and promotions anywhere in a short line (searched for). */
    private static final Pattern NOTE = Pattern.compile(
            "(?i)\\bmay (?:earn|receive|make) (?:a |an )?(?:small |affiliate )?(?:commission|fee|money|share)|"
                    + "\\beditorially independent\\b|\\bno role in the creation\\b|"
                    + "\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\b|"
                    + "\\bsign up\\b.*\\b(?:newsletter|inbox|alerts)\\b|\\b(?:newsletter|inbox)\\b.*\\bsign up\\b|"
                    + "\\bsubscribe to\\b.*\\bnewsletter\\b|\\b(?:direct|delivered|right) to your inbox\\b|"
                    + "\\bdelivered every (?:day|morning|evening|week|weekday|\\w+day)\\b|\\bsubscription has been confirmed\\b|"
                    + "\\bthank you for (?:registering|subscribing|signing up)\\b|\\bfeature is currently unavailable\\b|"
                    + "\\b(?:web)?site uses cookies\\b|\\bfor informational purposes only\\b");

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                    + "[a-z]*\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
                    + "\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})?[ ,]*(?:at )?"
                    + "(?:\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?$");

    public String extract(Document doc, HtmlMetadata meta) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        SegmentCollector collected = SegmentCollector.collect(body);
        List<Segment> segments = collected.segments();
        if (segments.isEmpty()) {
            return meta.articleBody().orElse("");
        }
        Candidate scored = scoredCandidate(segments);
        Candidate marked = markedCandidate(segments, collected);
        BitSet chosen = choose(segments, scored, marked, meta.articleBody());
        if (meta.articleBody().isPresent()) {
            String declared = meta.articleBody().get();
            int declaredLetters = countLetters(declared);
            // the page renders its body with script (or behind a paywall) but declares it whole in JSON-LD
            if (declaredLetters > 500 && declaredLetters > 1.6 * letters(segments, chosen)) {
                return declared;
            }
        }
        keepFirstArticle(segments, chosen);
        if (chosen.isEmpty()) {
            // nothing looks like an article, but the page has text (a fragment, a one-line item): keep it all
            chosen = bestEffort(segments).segments();
        }
        return render(segments, chosen, meta.title());
    }

    // ---- candidate 1: paragraphs vote for containers ----

    /** Segments inside some roots, plus the memo of which elements lie inside them. */
    private record Candidate(BitSet segments, Map<Element, Boolean> inside) {
        static Candidate empty() {
            return new Candidate(new BitSet(), new IdentityHashMap<>());
        }

        /** Whether the segment's furniture ancestor (if any) lies strictly inside the candidate's roots. */
        boolean furnitureInside(Segment s) {
            Element f = s.furniture();
            return f != null && f.parent() != null && isInside(f.parent(), inside);
        }
    }

    private static Candidate scoredCandidate(List<Segment> segments) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Segment s : segments) {
            if (!isParagraph(s)) {
                continue;
            }
            double score = (1 + s.commas() + Math.min(s.letters() / 100.0, 3)) * (s.furniture() == null ? 1 : 0.3);
            Element container = s.owner().parent();
            for (int level = 0; level < 3 && container != null; level++) {
                scores.merge(container, level == 0 ? score : level == 1 ? score / 2 : score / 6, Double::sum);
                container = container.parent();
            }
        }
        if (scores.isEmpty()) {
            return bestEffort(segments);
        }
        Map<Element, int[]> letters = subtreeLetters(segments);
        Element top = null;
        double topScore = -1;
        for (var e : scores.entrySet()) {
            int[] counts = letters.get(e.getKey());
            double linkDensity = counts == null || counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
            double s = e.getValue() * (1 - linkDensity);
            e.setValue(s);
            if (s > topScore) {
                topScore = s;
                top = e.getKey();
            }
        }
        top = widen(top, letters);
        List<Element> roots = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            roots.add(top);
        } else {
            double threshold = Math.max(10, topScore * 0.2);
            for (Element sibling : parent.children()) {
                if (sibling == top) {
                    roots.add(sibling);
                    continue;
                }
                double s = scores.getOrDefault(sibling, 0.0);
                boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className())
                        && top.normalName().equals(sibling.normalName());
                if (s >= threshold || (sameClass && s > 0)) {
                    roots.add(sibling);
                } else if (sibling.normalName().equals("p")) {
                    int[] counts = letters.get(sibling);
                    if (counts != null && counts[0] > 80 && counts[1] < counts[0] * 0.25) {
                        roots.add(sibling);
                    }
                }
            }
        }
        return inside(segments, roots);
    }

    /**
     * Climbs from the best container to the highest ancestor (up to four levels) that adds paragraph text while staying
     * mostly paragraph text: bodies split into sibling sections (one per photo or ad slot) are joined this way.
     */
    private static Element widen(Element top, Map<Element, int[]> letters) {
        Element best = top;
        int[] bestCounts = letters.get(top);
        if (bestCounts == null) {
            return top;
        }
        int baseGood = bestCounts[2];
        Element e = top.parent();
        for (int level = 0; level < MAX_WIDEN_LEVELS && e != null && !e.normalName().equals("body"); level++, e = e.parent()) {
            int[] counts = letters.get(e);
            if (counts == null || counts[3] == 0 || counts[2] < 0.6 * counts[3]) {
                break;
            }
            if (counts[2] > 1.1 * baseGood && counts[2] > letters.get(best)[2]) {
                best = e;
            }
        }
        return best;
    }

    /** With no paragraph long enough to vote, keep everything that is not mostly links. */
    private static Candidate bestEffort(List<Segment> segments) {
        BitSet all = new BitSet();
        for (Segment s : segments) {
            if (s.linkDensity() <= 0.5 && s.furniture() == null) {
                all.set(s.index());
            }
        }
        return new Candidate(all, new IdentityHashMap<>());
    }

    /**
     * Per element containing a segment: {letters, link letters, weighted letters of paragraphs, weighted letters} where
     * paragraphs are segments that would vote (long enough, not mostly links, not headings), text inside furniture
     * weighs 0.3 and headings weigh nothing (they are structure, neither prose nor junk).
     */
    private static Map<Element, int[]> subtreeLetters(List<Segment> segments) {
        Map<Element, int[]> totals = new IdentityHashMap<>();
        for (Segment s : segments) {
            // furniture counts for less, as in voting: a wrapper named "has-sidebar" still holds the article
            int weighted = s.heading() ? 0 : s.furniture() == null ? s.letters() : s.letters() * 3 / 10;
            int good = isParagraph(s) ? weighted : 0;
            for (Element e = s.owner(); e != null; e = e.parent()) {
                int[] counts = totals.computeIfAbsent(e, k -> new int[4]);
                counts[0] += s.letters();
                counts[1] += s.linkLetters();
                counts[2] += good;
                counts[3] += weighted;
            }
        }
        return totals;
    }

    private static boolean isParagraph(Segment s) {
        return !s.heading() && s.letters() >= MIN_PARAGRAPH_LETTERS && s.linkDensity() <= 0.5;
    }

    // ---- candidate 2: elements whose class or id names an article body ----

    private static Candidate markedCandidate(List<Segment> segments, SegmentCollector collected) {
        List<Element> marked = collected.contentMarked();
        if (marked.isEmpty()) {
            return Candidate.empty();
        }
        Map<String, List<Element>> groups = new HashMap<>();
        for (Element e : marked) {
            String key = e.normalName() + ":" + collected.contentKind(e);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        Candidate best = Candidate.empty();
        int bestLetters = 0;
        for (List<Element> group : groups.values()) {
            Candidate set = inside(segments, outermost(group));
            int letters = letters(segments, set.segments());
            if (letters > bestLetters) {
                bestLetters = letters;
                best = set;
            }
        }
        return best;
    }

    private static List<Element> outermost(List<Element> group) {
        List<Element> out = new ArrayList<>();
        for (Element e : group) {
            boolean nested = false;
            for (Element other : group) {
                if (other != e && isAncestor(other, e)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(e);
            }
        }
        return out;
    }

    // ---- choosing by agreement ----

    private static BitSet choose(List<Segment> segments, Candidate scored, Candidate marked, Optional<String> declared) {
        BitSet a = filter(segments, scored);
        BitSet b = filter(segments, marked);
        int lettersA = letters(segments, a);
        int lettersB = letters(segments, b);
        if (lettersB == 0) {
            return a;
        }
        if (lettersA == 0 || a.equals(b)) {
            return b;
        }
        if (declared.isPresent() && declared.get().length() > 400) {
            TokenProfile reference = TokenProfile.of(declared.get());
            double fa = reference.f1(TokenProfile.of(text(segments, a)));
            double fb = reference.f1(TokenProfile.of(text(segments, b)));
            if (Math.abs(fa - fb) > 0.02) {
                return fa > fb ? a : b;
            }
        }
        BitSet common = (BitSet) a.clone();
        common.and(b);
        int lettersCommon = letters(segments, common);
        // the marked body covers most of the scored one: it is the same article, take the page's own boundary
        if (lettersCommon >= 0.8 * lettersA && (lettersB <= 2.5 * lettersA || proseShare(segments, b) >= 0.7)) {
            return b;
        }
        // they disagree: trust the page's own declaration unless it is a small fragment of the scored text
        if (lettersCommon < 0.2 * Math.min(lettersA, lettersB) && lettersB >= 0.3 * lettersA) {
            return b;
        }
        return a;
    }

    /** Drops furniture lines, the title, bylines before the text, and everything after an end-of-article marker. */
    private static BitSet filter(List<Segment> segments, Candidate candidate) {
        BitSet selected = candidate.segments();
        BitSet out = new BitSet();
        int total = letters(segments, selected);
        int totalProse = 0;
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
            totalProse += isParagraph(segments.get(i)) ? segments.get(i).letters() : 0;
        }
        int seen = 0;
        int proseSeen = 0;
        Element lastProse = null;
        boolean started = false;
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
            Segment s = segments.get(i);
            String t = s.text();
            boolean shortLine = t.length() < 120;
            if (seen > total * 0.5 && t.length() < 300
                    && ((shortLine && END_MARKER.matcher(t).matches()) || END_PREFIX.matcher(t).lookingAt())) {
                // an inline "Related" card has the article going on after it; a real end has little prose left
                if (totalProse - proseSeen < 0.25 * totalProse && !inlineCard(segments, selected, i, lastProse)) {
                    break;
                }
                continue;
            }
            if (isParagraph(s)) {
                lastProse = s.owner();
            }
            proseSeen += isParagraph(s) ? s.letters() : 0;
            seen += s.letters();
            // mostly links: a list of headlines, unless it is a long sentence whose names happen to be linked
            if (s.linkDensity() > 0.5 && s.letters() < 400 && !(s.letters() >= 150 && s.endsLikeSentence())) {
                continue;
            }
            if (candidate.furnitureInside(s)) {
                continue;
            }
            if (shortLine && FURNITURE_LINE.matcher(t).matches()) {
                continue;
            }
            // words that must occur for a notice or note pattern to match: most paragraphs are spared the regexes
            String lower = t.length() < 600 ? t.toLowerCase(Locale.ROOT) : null;
            if (lower != null && (NOTICE_START.matcher(t).lookingAt() || (containsAny(lower, NOTICE_WORDS)
                    && NOTICE.matcher(t).find()))) {
                continue;
            }
            if (seen > total * 0.6 && t.length() < 400 && BIO.matcher(t).matches()) {
                continue;
            }
            if ((lower != null && isNote(t, lower))
                    || (seen > total * 0.5 && t.length() < 1000 && STAFF_BIO.matcher(t).lookingAt())) {
                continue;
            }
            if (s.owner().normalName().equals("h1")) {
                continue;
            }
            if (!started && (s.heading() ? s.letters() < MIN_PARAGRAPH_LETTERS
                    : s.letters() < 80 && !s.endsLikeSentence())) {
                continue;
            }
            if (shortLine && DATE_LINE.matcher(t).matches()) {
                continue;
            }
            if (s.letters() < 100 && isTableCell(s.owner())) {
                continue;
            }
            if (t.length() < 80 && s.owner().normalName().equals("div")) {
                // text standing loose in a div, not in a paragraph: labels, buttons, bylines, widget titles
                continue;
            }
            started = true;
            out.set(i);
        }
        return out;
    }

    /**
     * Whether the end marker at {@code at} heads a card nested in the paragraphs' container (not a heading standing
     * among the paragraphs) and a paragraph after it stands in that container again: the story goes on past the card.
     */
    private static boolean inlineCard(List<Segment> segments, BitSet selected, int at, Element lastProse) {
        Element container = lastProse == null ? null : lastProse.parent();
        if (container == null || segments.get(at).owner().parent() == container) {
            return false;
        }
        for (int i = selected.nextSetBit(at + 1); i >= 0; i = selected.nextSetBit(i + 1)) {
            Segment s = segments.get(i);
            if (isParagraph(s) && s.owner().parent() == container) {
                return true;
            }
        }
        return false;
    }

    /** Contact lines, captions and notes about the article: short lines (a few sentences at most). */
    private static boolean isNote(String t, String lower) {
        int n = t.length();
        if ((t.indexOf('[') == 0 || lower.contains("et al") || lower.contains("doi")) && REFERENCE.matcher(t).find()) {
            return true;
        }
        if (t.contains("<a href=") && t.contains("</a>")) {
            // markup shown as text: an embed's source leaking into the page
            return true;
        }
        if (n >= 400) {
            return false;
        }
        // cheap tests first: most paragraphs have no '@', do not end in ')' and open with no note word
        if (n < 300 && (t.indexOf('@') >= 0 || t.contains("reached at")) && sentenceBreaks(t) <= 2
                && CONTACT.matcher(t).find()) {
            return true;
        }
        if (CAPTION_START.matcher(t).lookingAt()) {
            return true;
        }
        int from = Math.max(0, n - 160);
        if ((t.indexOf(')', from) >= 0 || t.indexOf(':', from) >= 0 || lower.indexOf("courtesy of", from) >= 0)
                && CAPTION_END.matcher(t).region(from, n).find()) {
            return true;
        }
        return n < 300 && (NOTE_START.matcher(t).lookingAt()
                || (containsAny(lower, NOTE_WORDS) && NOTE.matcher(t).find()));
    }

    private static final String[] NOTICE_WORDS = {"affiliate", "we may", "continues", "copyright", "rights reserved"};
    private static final String[] NOTE_WORDS = {
        "may earn", "may receive", "may make", "editorially", "no role", "contributed", "sign up", "subscribe", "inbox",
        "delivered every", "subscription", "thank you for", "unavailable", "cookies", "informational"};

    private static boolean containsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceBreaks(String t) {
        int n = 0;
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && t.charAt(i + 1) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static boolean isTableCell(Element e) {
        String tag = e.normalName();
        return tag.equals("td") || tag.equals("th") || tag.equals("dt") || tag.equals("dd") || tag.equals("tr");
    }

    private static String render(List<Segment> segments, BitSet chosen, Optional<String> title) {
        var b = new StringBuilder();
        String normalizedTitle = title.map(TextNormalizer::normalizeLine).orElse("");
        // a page that renders its story twice (a teaser copy, a second template) must not give it twice
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            String t = segments.get(i).text();
            if (t.equals(normalizedTitle)) {
                continue;
            }
            if (segments.get(i).letters() >= 150 && !seen.add(t)) {
                continue;
            }
            if (t.indexOf("\n\n") >= 0) {
                t = dropFurnitureLines(t);
                if (t.isEmpty()) {
                    continue;
                }
            }
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(t);
        }
        return b.toString();
    }

    /**
     * A paragraph made of lines split by {@code <br>} (some sites write a whole body so) loses the lines that would
     * have been dropped as paragraphs of their own: "Also read: ...", notices, captions, contact lines.
     */
    private static String dropFurnitureLines(String t) {
        String[] lines = t.split("\n\n");
        var b = new StringBuilder(t.length());
        for (String line : lines) {
            String lower = line.length() < 600 ? line.toLowerCase(Locale.ROOT) : null;
            boolean furniture = (line.length() < 120 && FURNITURE_LINE.matcher(line).matches())
                    || (lower != null && (NOTICE_START.matcher(line).lookingAt()
                            || (containsAny(lower, NOTICE_WORDS) && NOTICE.matcher(line).find())
                            || isNote(line, lower)));
            if (!furniture) {
                if (b.length() > 0) {
                    b.append("\n\n");
                }
                b.append(line);
            }
        }
        return b.toString();
    }

    // ---- helpers ----

    private static Candidate inside(List<Segment> segments, List<Element> roots) {
        BitSet set = new BitSet();
        if (roots.isEmpty()) {
            return Candidate.empty();
        }
        Map<Element, Boolean> memo = new IdentityHashMap<>();
        for (Element r : roots) {
            memo.put(r, Boolean.TRUE);
        }
        for (Segment s : segments) {
            if (isInside(s.owner(), memo)) {
                set.set(s.index());
            }
        }
        return new Candidate(set, memo);
    }

    private static boolean isInside(Element e, Map<Element, Boolean> memo) {
        List<Element> path = new ArrayList<>();
        Boolean result = null;
        for (Element x = e; x != null; x = x.parent()) {
            Boolean known = memo.get(x);
            if (known != null) {
                result = known;
                break;
            }
            path.add(x);
        }
        boolean inside = result != null && result;
        for (Element x : path) {
            memo.put(x, inside);
        }
        return inside;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Infinite-scroll pages append the next stories, each in its own {@code <article>}: when the chosen text spans
     * several sibling articles with prose of their own, only the first (the page's own story) is kept.
     */
    private static void keepFirstArticle(List<Segment> segments, BitSet chosen) {
        Map<Element, Integer> prose = new java.util.LinkedHashMap<>();
        int total = 0;
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            Segment s = segments.get(i);
            total += s.letters();
            Element article = innermostArticle(s.owner());
            if (article != null && isParagraph(s)) {
                prose.merge(article, s.letters(), Integer::sum);
            }
        }
        if (prose.size() < 2) {
            return;
        }
        int min = Math.max(500, total / 10);
        List<Element> substantial = new ArrayList<>();
        prose.forEach((article, letters) -> {
            if (letters >= min) {
                substantial.add(article);
            }
        });
        if (substantial.size() < 2) {
            return;
        }
        Element first = substantial.get(0);
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            Element article = innermostArticle(segments.get(i).owner());
            if (article != null && article != first && substantial.contains(article)) {
                chosen.clear(i);
            }
        }
    }

    private static Element innermostArticle(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.normalName().equals("article")) {
                return x;
            }
        }
        return null;
    }

    /** Share of the letters of a selection that are in paragraphs (long enough, not mostly links). */
    private static double proseShare(List<Segment> segments, BitSet set) {
        int all = 0;
        int prose = 0;
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            Segment s = segments.get(i);
            all += s.letters();
            if (isParagraph(s)) {
                prose += s.letters();
            }
        }
        return all == 0 ? 0 : (double) prose / all;
    }

    private static int countLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int letters(List<Segment> segments, BitSet set) {
        int n = 0;
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            n += segments.get(i).letters();
        }
        return n;
    }

    private static String text(List<Segment> segments, BitSet set) {
        var b = new StringBuilder();
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            b.append(segments.get(i).text()).append('\n');
        }
        return b.toString();
    }
}
