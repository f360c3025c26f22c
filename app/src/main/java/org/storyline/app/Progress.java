package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.RunListener;

/**
 * A one-line progress display on stderr: articles done, articles/s and rejected count, redrawn at most five times a
 * second; with a known total ({@link #total}), a bar with the share done and the time left. Shown only when stderr
 * is a terminal (the launcher passes {@code -Dstoryline.tty=1}), so logs and redirected output stay clean.
 */
final class Progress implements RunListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private long done;
    private long rejected;
    private long total = -1;
    private LongSupplier skipped = () -> 0;

    /** Inputs larger than this are not counted ahead (that would read them twice): the display has no total. */
    static final long COUNT_AHEAD_BYTES = 256L << 20;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Draws a bar to {@code total} records, of which {@code skipped} (e.g. already stored) are done without work. */
    Progress total(long total, LongSupplier skipped) {
        this.total = total;
        this.skipped = skipped;
        return this;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * How many records (articles and rejections) the inputs hold, by reading them once without processing, or -1 when
     * they are larger than {@link #COUNT_AHEAD_BYTES} or cannot be read.
     */
    static long countRecords(List<Path> inputs, IngestOptions options) {
        try {
            long bytes = 0;
            for (Path input : inputs) {
                try (Stream<Path> files = Files.walk(input)) {
                    bytes += files.filter(Files::isRegularFile).mapToLong(Progress::size).sum();
                }
            }
            if (bytes > COUNT_AHEAD_BYTES) {
                return -1;
            }
            long n = 0;
            try (ArticleReader reader = ArticleReaders.open(inputs, options)) {
                while (reader.read() != null) {
                    n++;
                }
            }
            return n;
        } catch (IOException | UncheckedIOException e) {
            return -1; // the run itself reports what cannot be read
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static boolean stderrIsTerminal() {
        return "1".equals(System.getProperty("storyline.tty"));
    }

    @Override
    public void onArticle(StageOutcome<AnnotatedArticle> outcome) {
        done++;
        if (outcome instanceof StageOutcome.Rejected<AnnotatedArticle>) {
            rejected++;
        }
        long now = System.nanoTime();
        if (enabled && now - lastDraw > 200_000_000L) {
            lastDraw = now;
            draw(now);
        }
    }

    private void draw(long now) {
        double seconds = (now - started) / 1e9;
        if (total > 0) {
            long at = Math.min(total, done + skipped.getAsLong());
            int width = 30;
            int filled = (int) (width * at / total);
            double rate = seconds > 0 ? done / seconds : 0.0;
            long left = total - at;
            String eta = rate > 0 && left > 0 ? String.format("  %s left", duration(left / rate)) : "";
            err.printf("\r[%s%s] %,d/%,d %3d%%  %.1f articles/s  %,d rejected%s   ", "#".repeat(filled),
                    ".".repeat(width - filled), at, total, 100 * at / total, rate, rejected, eta);
            err.flush();
            return;
        }
        String spinner = "|/-\\".substring((int) (done % 4), (int) (done % 4) + 1);
        err.printf("\r%s %,d articles  %.1f articles/s  %,d rejected   ", spinner, done,
                seconds > 0 ? done / seconds : 0.0, rejected);
        err.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }

    @Override
    public void close() {
        if (enabled && done > 0) {
            draw(System.nanoTime());
            err.println();
        }
    }
}
