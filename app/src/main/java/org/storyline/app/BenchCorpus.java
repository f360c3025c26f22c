package org.storyline.app;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleIds;
import org.storyline.model.CleanArticle;

/**
 * Any number of fictional articles made from a few cleaned ones, for the ingest benchmark: article {@code i} is base
 * article {@code i % n} in <em>variant</em> {@code i / n}. A variant renames every capitalised name (people, places,
 * organisations) to an invented one, moves the publication date and the dates written in the text ("March 3") by
 * {@link #DAYS_PER_VARIANT} days per variant (an undated base article gets the corpus's first date: the engine
 * lets an undated article join a story at any distance in time, which would tie the variants together), and respells a third of the longer lowercase words, all consistently
 * within the variant, so each variant is a new set of stories with the base articles' structure (their copies stay
 * copies of each other) while no two variants share names, dates or enough five-word shingles to look like copies.
 *
 * <p>Design decision: respelling some common words, not only names, is what keeps variants apart for the copy
 * detector: names alone change too few shingles, and every variant would be a partial copy of the first.
 */
final class BenchCorpus {
    /** Variants are this far apart in time, more than a story's time window plus the demo's span. */
    static final int DAYS_PER_VARIANT = 90;

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'\u2019-]*\\p{L}\\b");
    private static final Pattern LONG_WORD = Pattern.compile("\\b\\p{Ll}{6,}\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b");
    private static final Set<String> KEEP = Set.of("The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We",
            "But", "And", "Of", "For", "To", "By", "As", "After", "Before", "When", "This", "That", "These", "Those",
            "Its", "His", "Her", "Their", "Our", "Mr", "Ms", "Mrs", "Dr", "If", "While", "With", "From", "Some",
            "There", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "President", "Minister", "Foreign", "Prime", "Reuters", "Associated", "Press", "Updated");
    private static final String[] SYLLABLES = {"ka", "ve", "lor", "min", "tes", "dra", "ul", "bor", "sen", "qui",
        "rha", "zel", "pol", "nar", "fen", "wy", "tor", "ise", "gal", "mo", "thu", "ren", "sca", "vi"};

    private final List<AnnotatedArticle> base;
    private final LocalDate firstDate;

    BenchCorpus(List<AnnotatedArticle> base) {
        this.base = List.copyOf(requireNonNull(base, "base is null"));
        if (this.base.isEmpty()) {
            throw new IllegalArgumentException("no base articles");
        }
        firstDate = this.base.stream().flatMap(a -> a.article().published().stream()).min(LocalDate::compareTo)
                .orElse(LocalDate.of(2025, 1, 1));
    }

    int baseSize() {
        return base.size();
    }

    /** Article {@code i}: base article {@code i % n} in variant {@code i / n} (variant 0 renamed too). */
    AnnotatedArticle article(long i) {
        long variant = i / base.size();
        CleanArticle a = base.get((int) (i % base.size())).article();
        var names = new HashMap<String, String>();
        String source = "bench/v" + variant + "/" + a.source();
        return new AnnotatedArticle(new CleanArticle(
                ArticleIds.sha256Hex(source.getBytes(StandardCharsets.UTF_8)), source,
                a.title().map(t -> template(t, variant, names)),
                Optional.of(a.published().orElse(firstDate).plusDays(variant * DAYS_PER_VARIANT)), a.outlet(),
                a.authors(),
                a.language(), a.url().map(u -> u + "#bench-" + variant), template(a.text(), variant, names)),
                Optional.empty());
    }

    private static String template(String text, long variant, Map<String, String> names) {
        String out = replace(MONTH_DAY.matcher(text), m -> {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int day = Integer.parseInt(m.group(2));
            if (day > month.maxLength()) {
                return m.group();
            }
            LocalDate d = LocalDate.of(2025, month, Math.min(day, month.length(false)))
                    .plusDays(variant * DAYS_PER_VARIANT);
            return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
        });
        out = replace(NAME.matcher(out), m -> KEEP.contains(m.group()) ? m.group()
                : names.computeIfAbsent(m.group(), w -> capitalise(invent(w, variant, 2 + (w.length() > 6 ? 1 : 0)))));
        return replace(LONG_WORD.matcher(out), m -> Math.floorMod(mix(m.group(), variant), 3) == 0
                ? invent(m.group(), variant, 3) : m.group());
    }

    private interface Replacer {
        String apply(Matcher m);
    }

    private static String replace(Matcher m, Replacer replacer) {
        var sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacer.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** An invented word of {@code syllables} syllables, the same for the same word and variant. */
    private static String invent(String word, long variant, int syllables) {
        long h = mix(word, variant);
        var sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(SYLLABLES[(int) Math.floorMod(h, (long) SYLLABLES.length)]);
            h = h / SYLLABLES.length ^ (h * 0x9E3779B97F4A7C15L >>> 17);
        }
        return sb.toString();
    }

    private static long mix(String word, long variant) {
        long h = word.hashCode() * 0x9E3779B97F4A7C15L + variant * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ h >>> 29;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
