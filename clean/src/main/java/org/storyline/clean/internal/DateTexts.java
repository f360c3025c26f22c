package org.storyline.clean.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates written in text or in machine attributes: ISO forms ({@code 2016-09-28},
 * {@code 2016-09-28T23:30:00-04:00}, {@code 20160928}), numeric day-first forms ({@code 28.09.2016}) and month names in
 * English, Spanish, French, German, Portuguese, Italian and Dutch ({@code September 28, 2016}, {@code Sept. 28, 2016},
 * {@code 28 September 2016}, {@code 21 de septiembre de 2016}).
 *
 * <p>A timestamp is read in its own offset: {@code 2016-09-28T23:30:00-04:00} is 2016-09-28, never converted to UTC,
 * because the page's own calendar day is what readers and the gold data use. Years outside 1990..2100 are rejected.
 */
public final class DateTexts {
    /** Earliest year accepted as a publication date. */
    public static final int MIN_YEAR = 1990;
    /** Latest year accepted (there is no clock: a fixed bound keeps results reproducible). */
    public static final int MAX_YEAR = 2100;

    /** Month names and abbreviations, lower case, to month numbers. */
    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH_ALT = monthAlternation();
    private static final String YEAR = "((?:19|20|21)\\d\\d)";
    private static final String DAY = "(3[01]|[12]\\d|0?[1-9])";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
            + "miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|"
            + "dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda-feira|terça-feira|quarta-feira|"
            + "quinta-feira|sexta-feira|(?:mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?)(?![\\p{L}])";

    /** "September 28, 2016", "Sept. 28th 2016", "Dec. 5, 2016". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH_ALT + ")\\.?\\s+" + DAY + "(?:st|nd|rd|th)?(?!\\d),?\\s+" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "28 September 2016", "28. September 2016", "21 de septiembre de 2016", "1er mars 2016". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + DAY + "(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:de\\s+)?(" + MONTH_ALT
                    + ")\\.?,?\\s+(?:de\\s+|del\\s+)?" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "2016-09-28", "2016/09/28", "2016.09.28". */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<!\\d)" + YEAR + "([-/.])(1[0-2]|0?[1-9])\\2(3[01]|[12]\\d|0?[1-9])(?!\\d)");
    /** "28.09.2016", "28/09/2016", "09/28/2016", "28-09-2016". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2" + YEAR + "(?!\\d)");
    /** Whole value "20160928" (meta attributes, URLs). */
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)" + YEAR + "(1[0-2]|0[1-9])(3[01]|[12]\\d|0[1-9])");
    private static final Pattern ISO_START = Pattern.compile(
            "^\\s*" + YEAR + "-(1[0-2]|0?[1-9])-(3[01]|[12]\\d|0?[1-9])(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![\\d])" + YEAR + "([-/_.]?)(1[0-2]|0[1-9])\\2(3[01]|[12]\\d|0[1-9])(?!\\d)");
    private static final Pattern WEEKDAY_START = Pattern.compile(
            "^\\s*" + WEEKDAY + ",?\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateTexts() {}

    /** A date found in a text, with where it lies. */
    public record Found(LocalDate date, int start, int end) {}

    /**
     * A machine-readable value as found in meta tags, JSON-LD and {@code datetime} attributes: ISO first, then the
     * textual forms; the calendar day in the value's own offset.
     */
    public static Optional<LocalDate> parseValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO_START.matcher(value);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        String v = value.strip();
        if (v.length() >= 8 && v.chars().limit(8).allMatch(Character::isDigit)) {
            Matcher compact = COMPACT.matcher(v);
            if (compact.lookingAt()) {
                return date(compact.group(1), compact.group(2), compact.group(3));
            }
            return Optional.empty();
        }
        return find(v).map(Found::date);
    }

    /** The first date written anywhere in {@code text}, in any supported form. */
    public static Optional<Found> find(String text) {
        if (!hasYear(text)) {
            return Optional.empty();
        }
        Found best = null;
        for (Found f : new Found[] {
            first(MONTH_DAY_YEAR, text, 1, 2, 3), first(DAY_MONTH_YEAR, text, 2, 1, 3), firstYearFirst(text),
            firstNumeric(text)
        }) {
            if (f != null && (best == null || f.start() < best.start())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date when {@code line} is nothing but a date, optionally with a weekday, a time and a short label
     * ("Tuesday 23 July 2024", "December 8, 2016 at 2:39 am", "21 September 2016").
     */
    public static Optional<LocalDate> wholeLineDate(String line) {
        Optional<Found> f = find(line);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        String rest = (line.substring(0, f.get().start()) + " " + line.substring(f.get().end()))
                .replaceAll("(?i)\\b\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|hrs?|uhr)?", " ")
                .replaceAll("(?iu)\\b(?:at|um|à|a las|às|alle|om|on|el|le|am|den|der|de|updated|published|posted|"
                        + "last|modified|gmt|utc|et|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|cest|bst|ist|aest|aedt|hkt|sgt|jst|"
                        + "msk|wib)\\b", " ")
                .replaceAll("(?iu)" + WEEKDAY, " ")
                .replaceAll("[\\p{P}\\p{Z}\\s|]+", "");
        return rest.length() <= 3 ? Optional.of(f.get().date()) : Optional.empty();
    }

    /** True when {@code line} starts with a weekday name ("Tuesday 23 July 2024", "Wed, 28 Sep 2016"). */
    public static boolean startsWithWeekday(String line) {
        return WEEKDAY_START.matcher(line).find();
    }

    /** A date in a URL path: {@code /2016/09/28/}, {@code 2016-09-28}, {@code /20160928}. */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Cheap test before the patterns run: four digits starting 19, 20 or 21. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (run == 4) {
                    char a = text.charAt(i - 3);
                    char b = text.charAt(i - 2);
                    if ((a == '1' && b == '9') || (a == '2' && (b == '0' || b == '1'))) {
                        return true;
                    }
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** A valid date from year, month and day strings inside the accepted years, or empty. */
    static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Found first(Pattern p, String text, int monthGroup, int dayGroup, int yearGroup) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
            if (month != null) {
                Optional<LocalDate> d = date(m.group(yearGroup), Integer.toString(month), m.group(dayGroup));
                if (d.isPresent()) {
                    return new Found(d.get(), m.start(), m.end());
                }
            }
        }
        return null;
    }

    private static Found firstYearFirst(String text) {
        Matcher m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) {
                return new Found(d.get(), m.start(), m.end());
            }
        }
        return null;
    }

    /** Day first unless that cannot be (a first number above 12 after a slash is read as month/day/year). */
    private static Found firstNumeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean monthFirst = b > 12 || (m.group(2).equals("/") && a <= 12);
            Optional<LocalDate> d = monthFirst
                    ? date(m.group(4), Integer.toString(a), Integer.toString(b))
                    : date(m.group(4), Integer.toString(b), Integer.toString(a));
            if (d.isPresent()) {
                return new Found(d.get(), m.start(), m.end());
            }
        }
        return null;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        month(m, 1, "january", "jan", "enero", "ene", "janvier", "janv", "januar", "jän", "janeiro", "gennaio", "gen",
                "januari");
        month(m, 2, "february", "feb", "febrero", "février", "fevrier", "févr", "fevr", "februar", "fevereiro", "fev",
                "febbraio", "februari");
        month(m, 3, "march", "mar", "marzo", "mars", "märz", "marz", "mär", "março", "marco", "maart", "mrt");
        month(m, 4, "april", "apr", "abril", "abr", "avril", "avr", "aprile");
        month(m, 5, "may", "mayo", "mai", "maio", "maggio", "mag", "mei");
        month(m, 6, "june", "jun", "junio", "juin", "juni", "junho", "giugno", "giu");
        month(m, 7, "july", "jul", "julio", "juillet", "juil", "juli", "julho", "luglio", "lug");
        month(m, 8, "august", "aug", "agosto", "ago", "août", "aout", "augustus");
        month(m, 9, "september", "sept", "sep", "septiembre", "setiembre", "septembre", "setembro", "set", "settembre");
        month(m, 10, "october", "oct", "octubre", "octobre", "oktober", "okt", "outubro", "out", "ottobre", "ott");
        month(m, 11, "november", "nov", "noviembre", "novembre", "novembro");
        month(m, 12, "december", "dec", "diciembre", "dic", "décembre", "decembre", "déc", "dezember", "dez", "dezembro",
                "dicembre");
        return Map.copyOf(m);
    }

    private static void month(Map<String, Integer> m, int number, String... names) {
        for (String n : names) {
            m.put(n, number);
        }
    }

    private static String monthAlternation() {
        List<String> names = new ArrayList<>(MONTHS.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return String.join("|", names.stream().map(Pattern::quote).toList());
    }
}
