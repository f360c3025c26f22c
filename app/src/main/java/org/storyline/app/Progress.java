package org.storyline.app;

import java.io.PrintWriter;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.RunListener;

/**
 * A one-line progress display on stderr: articles done, articles/s and rejected count, redrawn at most five times a
 * second. Shown only when stderr is a terminal (the launcher passes {@code -Dstoryline.tty=1}), so logs and
 * redirected output stay clean.
 */
final class Progress implements RunListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private long done;
    private long rejected;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
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
        String spinner = "|/-\\".substring((int) (done % 4), (int) (done % 4) + 1);
        err.printf("\r%s %,d articles  %.1f articles/s  %,d rejected   ", spinner, done,
                seconds > 0 ? done / seconds : 0.0, rejected);
        err.flush();
    }

    @Override
    public void close() {
        if (enabled && done > 0) {
            draw(System.nanoTime());
            err.println();
        }
    }
}
