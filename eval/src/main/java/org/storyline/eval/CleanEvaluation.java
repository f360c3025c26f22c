package org.storyline.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Accumulates the cleaning metrics of CONTRACT.md section 7 over pages: body precision/recall/F1 (macro over pages),
 * title match and publication-date accuracy. Not thread-safe; feed pages from one thread.
 *
 * <pre>{@code
 * var eval = new CleanEvaluation();
 * eval.add(key, gold, Optional.of(extracted));   // or Optional.empty() when the page was rejected
 * CleanEvaluation.Report report = eval.report();
 * }</pre>
 */
public final class CleanEvaluation {

    /** One gold page: body text, title (null when the gold has none), date ("YYYY-MM-DD", "NaT" or null). */
    public record Gold(String body, String title, String date) {}

    /** What the system produced for one page. */
    public record Output(String text, Optional<String> title, Optional<LocalDate> published) {}

    /** A page whose title or date was wrong, for error analysis. */
    public record Miss(String key, String field, String expected, String actual) {}

    /** The figures {@code storyline eval clean} prints. */
    public record Report(
            int pages,
            double bodyPrecision,
            double bodyRecall,
            double bodyF1,
            int titlePages,
            double titleMatch,
            int datePages,
            double dateAccuracy,
            List<Miss> misses) {
        public Report {
            misses = List.copyOf(misses);
        }
    }

    private int pages;
    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;
    private int titlePages;
    private int titleRight;
    private int datePages;
    private int dateRight;
    private final List<Miss> misses = new ArrayList<>();

    /** Scores one page; {@code output} empty means the system produced nothing (a rejected page). */
    public ShingleScore add(String key, Gold gold, Optional<Output> output) {
        pages++;
        String text = output.map(Output::text).orElse("");
        ShingleScore score = ShingleScore.of(gold.body(), text);
        if (!score.outputHasShingles() && !score.goldHasShingles()) {
            precisionSum += 1;
            precisionPages++;
            recallSum += 1;
            recallPages++;
        } else {
            if (score.outputHasShingles()) {
                precisionSum += score.precision();
                precisionPages++;
            }
            if (score.goldHasShingles()) {
                recallSum += score.recall();
                recallPages++;
            }
        }
        if (gold.title() != null && !gold.title().isBlank()) {
            titlePages++;
            String expected = TextFolding.foldTitle(gold.title());
            String actual = output.flatMap(Output::title).map(TextFolding::foldTitle).orElse(null);
            if (expected.equals(actual)) {
                titleRight++;
            } else {
                misses.add(new Miss(key, "title", expected, actual));
            }
        }
        if (gold.date() != null && !gold.date().isBlank() && !gold.date().equals("NaT")) {
            datePages++;
            String expected = gold.date().length() >= 10 ? gold.date().substring(0, 10) : gold.date();
            String actual = output.flatMap(Output::published).map(LocalDate::toString).orElse(null);
            if (Objects.equals(expected, actual)) {
                dateRight++;
            } else {
                misses.add(new Miss(key, "date", expected, actual));
            }
        }
        return score;
    }

    public Report report() {
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Report(
                pages,
                p,
                r,
                f1,
                titlePages,
                titlePages == 0 ? 0 : (double) titleRight / titlePages,
                datePages,
                datePages == 0 ? 0 : (double) dateRight / datePages,
                misses);
    }
}
