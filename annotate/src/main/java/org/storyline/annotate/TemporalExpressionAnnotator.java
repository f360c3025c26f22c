package org.storyline.annotate;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.DateMention;
import org.storyline.model.TextSpan;

/**
 * Finds temporal expressions in an article's text and resolves them against its publication date with the
 * conventions of news writing:
 * <ul>
 *   <li>a weekday ("on Tuesday", "Thursday evening") is the latest such day on or before publication, unless the
 *       clause before it speaks of the future ("will meet on Tuesday"), then the next one; "last Friday" is the one
 *       before the latest, "next Friday" the one after;</li>
 *   <li>"today", "tonight" are the publication day, "yesterday" and "last night" the day before, "tomorrow" after;</li>
 *   <li>"this week", "earlier this week", "last week" are ISO weeks; "this month", "earlier this month", "last month"
 *       months; "last year" a year;</li>
 *   <li>a month alone ("in October", "last November", "this past February") is the latest such month on or before
 *       publication unless the clause speaks of the future ("begins in January"); a month and day without a year
 *       likewise;</li>
 *   <li>absolute dates ("December 8, 2016", "8 December 2016") are themselves.</li>
 * </ul>
 * Without a publication date, relative expressions stay unresolved rather than invented.
 *
 * <p>Design decision: resolution depends only on the article's own text and date, never on what was processed before
 * (CoreNLP's SUTime keeps state across documents, upstream issue #1061, so a weekday's value depended on processing
 * order). Thread-safe and stateless.
 *
 * <pre>{@code
 * List<DateMention> dates = new TemporalExpressionAnnotator().annotate(text, Optional.of(LocalDate.of(2016, 9, 21)));
 * }</pre>
 */
public final class TemporalExpressionAnnotator {
    private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:19|20)\\d\\d";

    /**
     * One pattern of alternatives, longest forms first. Named groups say which form matched. Names of days and
     * months must be capitalised ("may" and "march" are also words).
     */
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?<prep>\\b(?:[Oo]n|[Ii]n|[Ss]ince|[Uu]ntil(?: at least)?|[Ff]rom|[Ff]or)\\s+)?(?:"
                    // absolute: December 8, 2016 / Dec. 8 2016 / 8 December 2016
                    + "(?<absMd>(?<amMonth>" + MONTH + ")\\s+(?<amDay>" + DAY + "),?\\s+(?<amYear>" + YEAR + "))\\b"
                    + "|(?<absDm>(?<adDay>" + DAY + ")\\s+(?<adMonth>" + MONTH + ")\\s+(?<adYear>" + YEAR + "))\\b"
                    // month and year: October 2023
                    + "|(?<monthYear>(?<myMonth>" + MONTH + ")\\s+(?<myYear>" + YEAR + "))\\b"
                    // month and day without a year: March 28, Dec. 3 (not followed by a year)
                    + "|(?<monthDay>(?<mdMonth>" + MONTH + ")\\s+(?<mdDay>" + DAY + "))\\b(?!,?\\s+" + YEAR + ")"
                    // weekday with modifiers and a part of the day
                    + "|(?<weekday>(?:(?<wdMod>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+)?(?<wdName>" + WEEKDAY
                    + ")(?:\\s+(?:afternoon|evening|night))?)\\b"
                    // relative days
                    + "|(?<relDay>\\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast night|[Tt]his (?:morning|"
                    + "afternoon|evening)|[Tt]he day before yesterday)(?:\\s+(?:morning|afternoon|evening|night))?)\\b"
                    // the end of a week or month, a weekend
                    + "|(?<endOf>\\b[BbAa][yt] the end of (?:the|this|next) (?<endUnit>week|month|year))\\b"
                    + "|(?<weekend>\\b(?:[Oo]ver the|[Tt]his|[Ll]ast|[Nn]ext) weekend)\\b"
                    // weeks, months, years relative to publication
                    + "|(?<relWeek>\\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|as early as) )?(?:[Tt]his|[Ll]ast|[Nn]ext) week)\\b"
                    + "|(?<relMonth>\\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|as early as) )?(?:[Tt]his|[Ll]ast|[Nn]ext) month)\\b"
                    + "|(?<relYear>\\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|as early as) )?(?:[Tt]his|[Ll]ast|[Nn]ext) year)\\b"
                    // a month alone, with modifiers: last November, this past February, January of last year
                    + "|(?<month>(?:(?<mMod>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Ee]arly|[Ll]ate)\\s+)?"
                    + "(?<mName>" + MONTH + ")(?:\\s+of\\s+(?<mYear>last|this|next)\\s+year)?)(?!\\w)"
                    + ")");

    /** Words in the clause before an expression that put it in the future. */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|won't|would(?! have)|could(?! have)|going to|scheduled|expected|set to|due|plans? to|"
                    + "planned|planning|(?:agreed|agrees|hopes?|aims?|wants?|decided|promised|pledged|vowed|"
                    + "threatened|threatens|intended) to|"
                    + "upcoming|intends? to|is to|are to|begins|starts|opens|kicks off|takes effect|resumes|expires|ahead of)\\b"
                    + "|'ll\\b|’ll\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Future cues that count after an expression: not "would" or "could", which there tell a consequence ("a ruling
     * in October would ...", "wrote on Thursday that it could ...").
     */
    private static final Pattern FUTURE_AFTER = Pattern.compile(
            "\\b(?:will|shall|won't|going to|scheduled|expected|set to|due)\\b|'ll\\b|’ll\\b",
            Pattern.CASE_INSENSITIVE);
    /** A clause boundary: the future of one clause says nothing of the next. */
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("[.!?;:]\\s|[”\"]\\s|,\\s+(?:but|and|while|as|after|before)\\s");
    /** Words in the clause before an expression that put it in the past. */
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:said|was|were|had|did|told|came|went|took|made|gave|began|died|met|won|lost|held|left|led|"
                    + "[a-z]{2,}ed)\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < names.length; i++) {
            MONTHS.put(names[i], i + 1);
            MONTHS.put(names[i].substring(0, 3) + ".", i + 1);
        }
        MONTHS.put("sept.", 9);
    }

    /** Every temporal expression in {@code text}, in order, each resolved against {@code published} when possible. */
    public List<DateMention> annotate(String text, Optional<LocalDate> published) {
        requireNonNull(text, "text is null");
        requireNonNull(published, "published is null");
        List<DateMention> out = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            Tense tense = m.group("prep") != null && m.group("prep").strip().equalsIgnoreCase("since") ? Tense.PAST
                    : tenseAround(text, m.start(), m.end());
            Optional<String> value = resolve(m, published, tense);
            // a bare "on Friday", "in October" keeps its preposition; "last Friday", "January of last year" need none
            int start = m.group("prep") != null && hasModifier(m) && m.group("prep").strip().length() == 2
                    ? m.start("prep") + m.group("prep").length() : m.start();
            out.add(new DateMention(new TextSpan(start, m.end()), text.substring(start, m.end()), value));
        }
        return List.copyOf(out);
    }

    /** What the clause before an expression says of time: future, past, or nothing. */
    enum Tense { FUTURE, PAST, UNMARKED }

    /** The tense of the clause before the expression; where that says nothing, of the rest of its sentence. */
    private static Tense tenseAround(String text, int start, int end) {
        Tense before = tenseBefore(text, start);
        if (before != Tense.UNMARKED) {
            return before;
        }
        String after = text.substring(end, Math.min(text.length(), end + 200));
        Matcher stop = SENTENCE_STOP.matcher(after);
        String rest = stop.find() ? after.substring(0, stop.start()) : after;
        Matcher future = FUTURE_AFTER.matcher(rest);
        Matcher past = PAST.matcher(rest);
        int f = future.find() ? future.start() : Integer.MAX_VALUE;
        int p = past.find() ? past.start() : Integer.MAX_VALUE;
        return f == p ? Tense.UNMARKED : f < p ? Tense.FUTURE : Tense.PAST;
    }

    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?](?:\\s|$)");

    private static Tense tenseBefore(String text, int position) {
        int from = Math.max(0, position - 200);
        String before = text.substring(from, position);
        Matcher b = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (b.find()) {
            clauseStart = b.end();
        }
        String clause = before.substring(clauseStart);
        return FUTURE.matcher(clause).find() ? Tense.FUTURE : PAST.matcher(clause).find() ? Tense.PAST : Tense.UNMARKED;
    }

    private static boolean hasModifier(Matcher m) {
        return m.group("wdMod") != null || m.group("mMod") != null || m.group("mYear") != null;
    }

    private static Optional<String> resolve(Matcher m, Optional<LocalDate> published, Tense tense) {
        boolean future = tense == Tense.FUTURE;
        if (m.group("absMd") != null) {
            return day(m.group("amYear"), m.group("amMonth"), m.group("amDay"));
        }
        if (m.group("absDm") != null) {
            return day(m.group("adYear"), m.group("adMonth"), m.group("adDay"));
        }
        if (m.group("monthYear") != null) {
            return Optional.of(YearMonth.of(Integer.parseInt(m.group("myYear")), month(m.group("myMonth"))).toString());
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate pub = published.get();
        if (m.group("monthDay") != null) {
            return monthDay(pub, month(m.group("mdMonth")), dayNumber(m.group("mdDay")), tense);
        }
        if (m.group("weekday") != null) {
            return Optional.of(weekday(pub, m.group("wdName"), m.group("wdMod"), future).toString());
        }
        if (m.group("relDay") != null) {
            String r = m.group("relDay").toLowerCase(Locale.ROOT);
            LocalDate d = r.startsWith("yesterday") || r.startsWith("last night") ? pub.minusDays(1)
                    : r.startsWith("tomorrow") ? pub.plusDays(1)
                    : r.startsWith("the day before yesterday") ? pub.minusDays(2)
                    : pub;
            return Optional.of(d.toString());
        }
        if (m.group("endOf") != null) {
            String unit = m.group("endUnit");
            int off = offset(m.group("endOf"));
            return Optional.of(unit.equals("week") ? isoWeek(pub.plusWeeks(off))
                    : unit.equals("month") ? YearMonth.from(pub).plusMonths(off).toString()
                    : Integer.toString(pub.getYear() + off));
        }
        if (m.group("weekend") != null) {
            int off = offset(m.group("weekend"));
            if (off == 0 && tense == Tense.PAST && pub.getDayOfWeek().getValue() < 6) {
                off = -1;  // "over the weekend", told on a weekday in the past tense: the one just gone
            }
            return Optional.of(isoWeek(pub.plusWeeks(off)));
        }
        if (m.group("relWeek") != null) {
            return Optional.of(isoWeek(pub.plusWeeks(offset(m.group("relWeek")))));
        }
        if (m.group("relMonth") != null) {
            return Optional.of(YearMonth.from(pub).plusMonths(offset(m.group("relMonth"))).toString());
        }
        if (m.group("relYear") != null) {
            return Optional.of(Integer.toString(pub.getYear() + offset(m.group("relYear"))));
        }
        if (m.group("month") != null) {
            return monthAlone(pub, month(m.group("mName")), m.group("mMod"), m.group("mYear"), future);
        }
        return Optional.empty();
    }

    private static int offset(String relative) {
        String r = relative.toLowerCase(Locale.ROOT);
        return r.contains("last") ? -1 : r.contains("next") ? 1 : 0;
    }

    private static LocalDate weekday(LocalDate pub, String name, String modifier, boolean future) {
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        if (mod.equals("next")) {
            return pub.with(TemporalAdjusters.next(day));
        }
        if (mod.equals("this coming") || (mod.isEmpty() && future)) {
            return pub.with(TemporalAdjusters.nextOrSame(day));
        }
        if (mod.equals("last") || mod.equals("this past")) {
            return pub.with(TemporalAdjusters.previous(day));
        }
        return pub.with(TemporalAdjusters.previousOrSame(day));
    }

    private static Optional<String> monthAlone(LocalDate pub, int month, String modifier, String ofYear,
            boolean future) {
        if (ofYear != null) {
            return Optional.of(YearMonth.of(pub.getYear() + offset(ofYear), month).toString());
        }
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        YearMonth current = YearMonth.from(pub);
        YearMonth sameYear = YearMonth.of(pub.getYear(), month);
        if (mod.equals("next") || mod.equals("this coming") || (future && !mod.equals("last")
                && !mod.equals("this past"))) {
            return Optional.of((sameYear.isBefore(current) ? sameYear.plusYears(1) : sameYear).toString());
        }
        if (mod.equals("last") || mod.equals("this past")) {
            return Optional.of((sameYear.isBefore(current) ? sameYear : sameYear.minusYears(1)).toString());
        }
        return Optional.of((sameYear.isAfter(current) ? sameYear.minusYears(1) : sameYear).toString());
    }

    /** A month and day: the year that fits the tense; with none marked, the nearer of last and next occurrence. */
    private static Optional<String> monthDay(LocalDate pub, int month, int day, Tense tense) {
        for (int year = pub.getYear() - 1; year <= pub.getYear() + 1; year++) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                return Optional.empty();
            }
        }
        LocalDate sameYear = LocalDate.of(pub.getYear(), month, day);
        LocalDate next = sameYear.isBefore(pub) ? sameYear.plusYears(1) : sameYear;
        LocalDate last = sameYear.isAfter(pub) ? sameYear.minusYears(1) : sameYear;
        LocalDate d = switch (tense) {
            case FUTURE -> next;
            case PAST -> last;
            case UNMARKED -> java.time.temporal.ChronoUnit.DAYS.between(last, pub)
                    <= java.time.temporal.ChronoUnit.DAYS.between(pub, next) ? last : next;
        };
        return Optional.of(d.toString());
    }

    private static Optional<String> day(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = month(month);
        int d = dayNumber(day);
        return d <= YearMonth.of(y, mo).lengthOfMonth() ? Optional.of(LocalDate.of(y, mo, d).toString())
                : Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static int dayNumber(String day) {
        return Integer.parseInt(day.replaceAll("\\D", ""));
    }

    static String isoWeek(LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
