package org.storyline.clean.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans text as scraped from a news page: finds the title line and the publication date near the top, then removes
 * the page furniture that scraping keeps (taglines, date widgets, labels, comment forms, captcha prompts, subscription
 * and sharing prompts, related-article teasers, tag lists, copyright lines, photo captions, glued promotions).
 *
 * <p>The checks are families of patterns plus position: furniture words count only on short lines, a comment-form
 * heading cuts everything after it (the comments), and short unpunctuated lines after the last real paragraph are
 * widgets. Every non-blank line is a paragraph, except that a line ending mid-sentence joins a next line starting in
 * lower case (hard-wrapped text).
 *
 * <p>Dates: a date line below the title ("December 8, 2016 at 2:39 am", "Fecha de publicación: 21 September 2016") or
 * a dateline ("WASHINGTON, September 28, 2016") gives the publication date. A date line standing above the title is a
 * current-date widget and is never used; when it is the only date the result is empty rather than a guess.
 */
public final class ScrapedTextCleaner {
    private static final int HEAD_LINES = 8;

    /** Labels that introduce the publication date in several languages. */
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:published|posted|updated|last updated|date|dated|fecha(?: de publicación)?|publicado|publié le|publié|"
                    + "mis à jour|veröffentlicht(?: am)?|aktualisiert|datum|data de publicação|publicado em|"
                    + "pubblicato(?: il)?|gepubliceerd(?: op)?|on)\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label line with nothing after it ("Imagen principal:", "Related Posts :"). */
    private static final Pattern LABEL_LINE = Pattern.compile("^[^.!?]{1,60}\\s*:\\s*$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|von|por|par|door|di)\\s+"
                    + "(\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+(?:and|&|y|et|und)?\\s*\\p{Lu}[\\p{L}.'’\\-]+){0,5})"
                    + "\\s*(?:[|,·•–—\\-]\\s*.{0,40})?$");
    private static final Pattern DATELINE_START = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’\\-]{1,40}(?:,\\s*[\\p{L} .]{2,30})?\\s*(?:\\([^)]{1,40}\\))?\\s*,\\s*");

    /** Comment sections: this heading and everything after it go. */
    private static final Pattern COMMENTS_START = Pattern.compile(
            "^(?:add (?:a )?new comment|leave a (?:reply|comment)|post a comment|write a comment|"
                    + "\\d+\\s+(?:responses?|comments?|replies)(?:\\s+(?:to|on)\\b.*)?|comments?\\s*(?:\\(\\d+\\))?|"
                    + "posting komentar|(?:\\d+\\s+)?komentar|deja un comentario|laisser un commentaire|"
                    + "kommentar schreiben|join the (?:conversation|discussion)|show comments|view comments)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Furniture lines: each family with the most words a line may have to count as furniture. */
    private static final List<Family> FURNITURE = List.of(
            // comment forms and captcha prompts
            new Family(40, "your email address will not be published|required fields are marked|you must be logged in|"
                    + "notify me of (?:new|follow-up)|save my name, email|this question is for testing whether|"
                    + "enter the characters shown|prove you(?:'|’)?re (?:a )?human|are you a robot|captcha"),
            // subscription, newsletter, sharing, following
            new Family(20, "^subscribe\\b|\\bsubscribe (?:to|now|for)\\b|^sign up\\b|^newsletters?\\b|in your inbox|"
                    + "\\b(?:sign up|subscribe|get|receive|join)\\b.{0,40}\\bnewsletters?\\b|"
                    + "^get (?:the|our) .{0,40}(?:app|newsletter|updates)|^follow us\\b|^share (?:this|on|via|the)\\b|"
                    + "^share\\s*:?$|^(?:tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|"
                    + "copy link)(?:\\s*[|/·•]\\s*\\w+)*\\s*$|^click (?:here|to share)"),
            // related and teaser lines
            new Family(30, "^(?:related(?: posts| articles| stories| news| coverage| content| reading)?|read more|read also|"
                    + "read next|also read|see also|more from(?: [^:]{1,40}(?=:))?|more on this|you may also like|you might also like|"
                    + "recommended(?: for you)?|more stories|most read|most popular|popular posts|trending now|"
                    + "lihat juga|baca juga|leer más|lire aussi|mehr zum thema|leia também)\\s*(?:[:»|\\-–—]|$)"),
            // tags, categories, copyright
            new Family(40, "^(?:tags?|tagged|topics?|filed under|categories|category|keywords|etiquetas|schlagwörter)\\s*:|"
                    + "^(?:©|\\(c\\)|copyright\\b)|all rights reserved|todos los derechos reservados|"
                    + "tous droits réservés|alle rechte vorbehalten"),
            // photo captions and credits
            new Family(200, "^(?:file|file photo|archivo|photo|foto|image|picture|bild)\\s*(?:[—–\\-:|])|\\(ap photo\\b|"
                    + "\\((?:photo|image|foto|picture)s?(?: by)?\\s*[:/]|\\((?:reuters|afp|getty images|epa|ap)\\s*/|"
                    + "^in this (?:\\w+, )?.{0,40}file photo|^(?:photo|image|foto) credit\\b|getty images$|"
                    + "^image (?:copyright|caption)\\b|^show caption\\b|^hide caption\\b"),
            // page chrome: advertising, consent, player and reading-time widgets, navigation
            new Family(14, "^(?:advertisement|advertising|anzeige|publicidad|publicité|sponsored(?: content)?|"
                    + "story continues below(?: advertisement)?|continue reading(?: below)?|skip to (?:main )?content|"
                    + "listen to this (?:article|story)(?:\\s*\\(.{0,20}\\))?|media playback is unsupported.*|"
                    + "\\d+\\s*min(?:ute)?s? read|(?:listen|watch|video|audio|podcast)\\s*:.*\\(\\d+ ?min\\w*\\)|"
                    + "comments are (?:closed|disabled).*|"
                    + "click here to .*|sign in|log in|menu|search|cookie (?:settings|policy|preferences))\\W*$|"
                    + "\\bwe use cookies\\b|\\baccept (?:all )?cookies\\b|this site uses cookies"));

    /** One family of furniture lines. */
    private record Family(int maxWords, Pattern pattern) {
        Family(int maxWords, String regex) {
            this(maxWords, p(regex));
        }
    }

    /** Self-promotion glued into paragraphs: a short sentence about the outlet's product. */
    private static final Pattern PROMOTION = Pattern.compile(
            "before it(?:'|’)s here, it(?:'|’)s on the|\\bbefore it (?:reaches|hits|lands|gets to) [\\p{L} ]{0,30},"
                    + " it(?:'|’)s (?:on|in) (?:the|our)\\b|\\b(?:download|get|try|install) (?:the|our) [\\p{L} ]{0,30}"
                    + "\\bapp\\b|\\b(?:subscribe|sign up) (?:to|for) (?:our|the) [\\p{L} ]{0,30}"
                    + "(?:newsletter|podcast|channel)|\\blisten to (?:the|our) [\\p{L} ]{0,30}podcast|"
                    + "\\bon the [\\p{Lu}][\\p{L}]+ terminal\\b|\\bfollow us on\\b|"
                    + "(?:^|(?<=[.!?]\\s))(?:subscribe|sign up|register) (?:now|today|here)\\b|"
                    + "\\bsupport (?:our|independent) journalism\\b|(?:^|(?<=[.!?]\\s))become a (?:member|subscriber)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<=[.!?])(?:[”\"’')\\]]*)\\s+(?=[\\p{Lu}“\"‘'(\\[])");

    /** Cleans one scraped text: body paragraphs joined by a blank line, and the metadata found on top. */
    public ScrapedText clean(String text) {
        List<String> lines = lines(text);
        boolean[] drop = new boolean[lines.size()];
        Head head = readHead(lines, drop);
        cutComments(lines, drop, head.bodyStart);
        List<String> kept = new ArrayList<>();
        for (int i = head.bodyStart; i < lines.size(); i++) {
            if (drop[i]) {
                continue;
            }
            String line = lines.get(i);
            String folded = TextNormalizer.normalizeLine(line);
            if (head.title.filter(t -> TextNormalizer.normalizeLine(t).equals(folded)).isPresent()
                    || isFurniture(folded) || isNavigation(line)) {
                continue;
            }
            String cleaned = removePromotions(line);
            if (!cleaned.isBlank()) {
                var glued = GLUED_HEADING.matcher(cleaned);
                if (glued.find()) {
                    // "…a Russian threat.”Lavrov Retort": a subheading the scrape glued to the paragraph before it
                    kept.add(cleaned.substring(0, glued.start(2)));
                    kept.add(glued.group(2));
                } else {
                    kept.add(cleaned);
                }
            }
        }
        trimTail(kept);
        dropBrandSlogans(kept, brand(lines));
        Optional<LocalDate> published = head.published.flatMap(d -> disambiguate(d, lines, kept));
        return new ScrapedText(String.join("\n\n", joinWrapped(kept)), head.title, published, Optional.empty(),
                head.authors);
    }

    /** What the first lines say: the title, the date, a byline, and where the body starts. */
    private record Head(Optional<String> title, Optional<LocalDate> published, List<String> authors, int bodyStart) {}

    private Head readHead(List<String> lines, boolean[] drop) {
        int limit = Math.min(lines.size(), HEAD_LINES);
        Optional<LocalDate> published = Optional.empty();
        List<String> authors = new ArrayList<>();
        int titleIndex = -1;
        int last = -1;
        for (int i = 0; i < limit; i++) {
            String line = TextNormalizer.normalizeLine(lines.get(i));
            Optional<LocalDate> lineDate = dateLine(line);
            boolean labelOnly = DATE_LABEL.matcher(line).replaceFirst("").isBlank() && line.endsWith(":");
            if (lineDate.isPresent()) {
                drop[i] = true;
                last = i;
                // Above the title it is a current-date widget: never the article's date.
                if (titleIndex >= 0 && published.isEmpty()) {
                    published = lineDate;
                }
                continue;
            }
            if (labelOnly || (LABEL_LINE.matcher(line).matches() && wordCount(line) <= 4)) {
                drop[i] = true;
                last = i;
                continue;
            }
            var byline = BYLINE.matcher(line);
            if (byline.matches() && titleIndex >= 0) {
                for (String a : byline.group(1).split("\\s+(?:and|&|y|et|und)\\s+|\\s*,\\s*")) {
                    authors.add(a.strip());
                }
                drop[i] = true;
                last = i;
                continue;
            }
            if (isNavigation(lines.get(i)) || (titleIndex < 0 && isFurniture(line))) {
                drop[i] = true;
                last = i;
                continue;
            }
            Optional<LocalDate> widgetDate = dateAmongShortParts(line);
            if (widgetDate.isPresent()) {
                // "Monday, April 7, 2025 — Eastmark Observer — Region" above the title is the page's widget;
                // "April 7, 2025 at 6:20 pm · 5 min read" below it is the article's date line
                drop[i] = true;
                last = i;
                if (titleIndex >= 0 && published.isEmpty()) {
                    published = widgetDate;
                }
                continue;
            }
            if (titleIndex < 0) {
                // a short sentence ending in a period is a title only when a header follows it (a date line, a
                // byline or the title again); otherwise it is the first paragraph, which must not be lost
                if (isTitleLike(line) && (!line.endsWith(".") || headerFollows(lines, i, limit))) {
                    titleIndex = i;
                    drop[i] = true;
                    last = i;
                    continue;
                }
                break;
            }
            if (line.equals(TextNormalizer.normalizeLine(lines.get(titleIndex)))) {
                drop[i] = true;
                last = i;
                continue;
            }
            // A short line, then a headline followed by a date line: that first line was a tagline.
            if (published.isEmpty() && isTitleLike(line) && !line.endsWith(".") && i + 1 < limit
                    && dateLine(TextNormalizer.normalizeLine(lines.get(i + 1))).isPresent()
                    && wordCount(TextNormalizer.normalizeLine(lines.get(titleIndex))) <= 8) {
                titleIndex = i;
                drop[i] = true;
                last = i;
                continue;
            }
            // A dateline opening the first paragraph: "WASHINGTON, September 28, 2016 - The United States ..."
            if (published.isEmpty()) {
                published = dateline(line);
            }
            break;
        }
        Optional<String> title = titleIndex < 0 ? Optional.empty()
                : Optional.of(TextNormalizer.normalizeLine(lines.get(titleIndex)));
        return new Head(title, published, List.copyOf(new LinkedHashSet<>(authors)), last + 1);
    }

    /** The date when the line is a date line: only a date (weekday, time, label allowed), or a dateline alone. */
    static Optional<LocalDate> dateLine(String line) {
        if (line.length() > 120) {
            return Optional.empty();
        }
        String unlabeled = DATE_LABEL.matcher(line).replaceFirst("");
        Optional<LocalDate> whole = DateTexts.wholeLineDate(unlabeled);
        if (whole.isPresent()) {
            return whole;
        }
        var m = DATELINE_START.matcher(line);
        if (m.lookingAt()) {
            return DateTexts.wholeLineDate(line.substring(m.end()));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateline(String line) {
        var m = DATELINE_START.matcher(line);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String rest = line.substring(m.end());
        return DateTexts.find(rest.length() > 40 ? rest.substring(0, 40) : rest)
                .filter(f -> f.start() == 0)
                .map(DateTexts.Found::date);
    }

    /** The site's name as the first item of a navigation bar near the top ("Calder Daily | News | World"), if any. */
    private static Optional<String> brand(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
            String raw = lines.get(i).strip();
            if (isNavigation(raw) && !WIDE_GAP.matcher(raw).find()) {
                String first = PART_SEPARATOR.split(raw)[0].strip();
                if (wordCount(first) >= 2 && Character.isUpperCase(first.charAt(0))) {
                    return Optional.of(first);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The site's own slogans, alone or glued into a paragraph: a sentence of at most 25 words that opens with the
     * site's name and a dash or colon soon after ("Calder Daily — trusted by readers ...", "Calder Daily Health:
     * clear answers ...").
     */
    private static void dropBrandSlogans(List<String> kept, Optional<String> brand) {
        if (brand.isEmpty()) {
            return;
        }
        Pattern slogan = Pattern.compile(Pattern.quote(brand.get()) + "(?:\\s+\\S+){0,3}?\\s*[—–:|]");
        for (int i = kept.size() - 1; i >= 0; i--) {
            String para = kept.get(i);
            if (!para.contains(brand.get())) {
                continue;
            }
            String out = keepSentences(para, sentence -> !(slogan.matcher(sentence).lookingAt()
                    && wordCount(sentence) <= 25));
            if (out.isEmpty()) {
                kept.remove(i);
            } else {
                kept.set(i, out);
            }
        }
    }

    /** Sentence end, then with no space one to five capitalised words ending the paragraph. */
    private static final Pattern GLUED_HEADING = Pattern.compile(
            "([.!?][”\"’')]?)(\\p{Lu}[\\p{L}’'\\-]*(?: \\p{Lu}[\\p{L}’'\\-]*){0,4})$");

    private static final Pattern AMBIGUOUS_NUMERIC =
            Pattern.compile("(?<![\\d.])(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/((?:19|20)\\d\\d)(?!\\d)");
    private static final java.time.format.TextStyle FULL = java.time.format.TextStyle.FULL;

    /**
     * A date line such as "08/04/2025" reads either day first or month first. Keep the reading whose weekday the
     * first paragraphs name ("recalled ... on Tuesday"), when exactly one does; otherwise the date is uncertain and
     * left out rather than guessed.
     */
    private static Optional<LocalDate> disambiguate(LocalDate parsed, List<String> lines, List<String> body) {
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES); i++) {
            var m = AMBIGUOUS_NUMERIC.matcher(lines.get(i));
            if (m.find() && dateLine(TextNormalizer.normalizeLine(lines.get(i))).equals(Optional.of(parsed))) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                if (a == b) {
                    return Optional.of(parsed);
                }
                int year = Integer.parseInt(m.group(3));
                LocalDate dayFirst = LocalDate.of(year, b, a);
                LocalDate monthFirst = LocalDate.of(year, a, b);
                String lead = String.join(" ", body.subList(0, Math.min(2, body.size()))).toLowerCase(Locale.ROOT);
                boolean dayFirstNamed = lead.contains(dayFirst.getDayOfWeek().getDisplayName(FULL, Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT));
                boolean monthFirstNamed = lead.contains(monthFirst.getDayOfWeek().getDisplayName(FULL, Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT));
                if (dayFirstNamed != monthFirstNamed) {
                    return Optional.of(dayFirstNamed ? dayFirst : monthFirst);
                }
                return Optional.empty();
            }
        }
        return Optional.of(parsed);
    }

    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|·•—–]\\s+|\\s*[|·•]\\s*");
    private static final Pattern WIDE_GAP = Pattern.compile("\\S(?: {2,}|\\t+|\\u00A0{2,}| \\u00A0+)\\S");

    /**
     * A navigation bar: three or more short items (at most three words, no sentence punctuation) separated by bars,
     * middle dots, bullets or runs of spaces, e.g. "News | World | Politics" or "Front page  Region  World".
     */
    static boolean isNavigation(String rawLine) {
        String line = rawLine.strip();
        if (line.isEmpty() || line.length() > 160 || line.endsWith(".")) {
            return false;
        }
        String[] parts = WIDE_GAP.matcher(line).find()
                ? line.split("(?: {2,}|\\t+|\\u00A0{2,}| \\u00A0+)")
                : PART_SEPARATOR.split(line);
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (wordCount(p) > 3 || p.matches(".*[.!?,;\"“”].*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of short parts separated by bars, dots or dashes where one part is a whole date and the others are at
     * most four words each (a date widget, or a date line with a reading time): that date.
     */
    static Optional<LocalDate> dateAmongShortParts(String line) {
        if (line.length() > 120) {
            return Optional.empty();
        }
        String[] parts = PART_SEPARATOR.split(line);
        if (parts.length < 2) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Optional.empty();
        for (String part : parts) {
            String p = part.strip();
            Optional<LocalDate> d = DateTexts.wholeLineDate(p);
            if (d.isPresent() && date.isEmpty()) {
                date = d;
            } else if (wordCount(p) > 4) {
                return Optional.empty();
            }
        }
        return date;
    }

    /** Two to 40 words, not a label; a line ending with a period must be short (else it is a paragraph). */
    /** Whether the line after {@code i} is a date line, a byline or the same line again (a page's header). */
    private static boolean headerFollows(List<String> lines, int i, int limit) {
        for (int j = i + 1; j < limit; j++) {
            String next = TextNormalizer.normalizeLine(lines.get(j));
            if (next.isBlank()) {
                continue;
            }
            return dateLine(next).isPresent() || BYLINE.matcher(next).matches()
                    || next.equals(TextNormalizer.normalizeLine(lines.get(i)));
        }
        return false;
    }

    private static boolean isTitleLike(String line) {
        int words = wordCount(line);
        return words >= 2 && words <= 40 && line.length() <= 300 && !line.endsWith(":")
                && (!line.endsWith(".") || words <= 15) && !isFurniture(line);
    }

    /**
     * A comment-section heading cuts everything after it (the comments, their dates, the form). Above the second
     * body paragraph it is a link to the comments, not their start, and only that line goes.
     */
    private static void cutComments(List<String> lines, boolean[] drop, int bodyStart) {
        for (int i = Math.max(bodyStart, 1); i < lines.size(); i++) {
            String line = TextNormalizer.normalizeLine(lines.get(i));
            if (COMMENTS_START.matcher(line).matches()) {
                if (i < bodyStart + 2) {
                    drop[i] = true;
                    continue;
                }
                for (int j = i; j < lines.size(); j++) {
                    drop[j] = true;
                }
                return;
            }
        }
    }

    static boolean isFurniture(String line) {
        int words = wordCount(line);
        if (LABEL_LINE.matcher(line).matches() && words <= 8) {
            return true;
        }
        for (Family f : FURNITURE) {
            if (words <= f.maxWords() && f.pattern().matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** Drops self-promotional sentences glued into a paragraph, keeping the rest of it as written. */
    static String removePromotions(String paragraph) {
        if (!PROMOTION.matcher(paragraph).find()) {
            return paragraph;
        }
        return keepSentences(paragraph, sentence -> !(wordCount(sentence) <= 20
                && PROMOTION.matcher(sentence).find()));
    }

    /**
     * The paragraph's sentences that pass {@code keep}, joined by one space. Closing quotation marks and brackets
     * after a full stop stay with their sentence.
     */
    static String keepSentences(String paragraph, java.util.function.Predicate<String> keep) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        var m = SENTENCE_END.matcher(paragraph);
        while (true) {
            boolean more = m.find();
            int end = paragraph.length();
            if (more) {
                end = m.start();
                while (end < m.end() && !Character.isWhitespace(paragraph.charAt(end))) {
                    end++;
                }
            }
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty() && keep.test(sentence)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(sentence);
            }
            if (!more) {
                return out.toString();
            }
            start = m.end();
        }
    }

    /** After the last real paragraph, short lines without sentence punctuation are widgets and labels. */
    private static void trimTail(List<String> kept) {
        while (!kept.isEmpty()) {
            String last = TextNormalizer.normalizeLine(kept.get(kept.size() - 1));
            boolean sentence = last.matches(".*[.!?…\"”’)]$");
            if (wordCount(last) <= 8 && !sentence) {
                kept.remove(kept.size() - 1);
            } else {
                break;
            }
        }
    }

    /** Joins a line ending mid-sentence with a next line that starts in lower case (hard-wrapped text). */
    private static List<String> joinWrapped(List<String> kept) {
        List<String> out = new ArrayList<>();
        for (String line : kept) {
            String l = line.strip();
            if (!out.isEmpty() && !l.isEmpty() && Character.isLowerCase(l.codePointAt(0))) {
                String prev = out.get(out.size() - 1);
                if (!prev.matches("(?s).*[.!?:;…\"”’]$")) {
                    out.set(out.size() - 1, prev + " " + l);
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if (!TextNormalizer.normalizeLine(line).isEmpty()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
