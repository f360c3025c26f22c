package org.storyline.pipeline;

import java.util.List;
import java.util.Map;
import org.storyline.ingest.ReaderStats;

/** The end-of-run summary: per-stage counts, records skipped by readers, and wall time. */
public record RunSummary(List<StageCounts> stages, ReaderStats skipped, long elapsedNanos) {
    public RunSummary {
        stages = List.copyOf(stages);
    }

    public long articlesOut() {
        return stages.isEmpty() ? 0 : stages.get(stages.size() - 1).accepted();
    }

    public long rejected() {
        return stages.stream().mapToLong(StageCounts::rejectedTotal).sum();
    }

    public long inputs() {
        return stages.isEmpty() ? 0 : stages.get(0).in();
    }

    /** Human-readable lines, one per stage, for stderr. */
    public List<String> describe() {
        var lines = new java.util.ArrayList<String>();
        double seconds = elapsedNanos / 1e9;
        for (StageCounts s : stages) {
            StringBuilder b = new StringBuilder(String.format("%-7s in %d, accepted %d, rejected %d", s.stage(), s.in(),
                    s.accepted(), s.rejectedTotal()));
            if (!s.rejected().isEmpty()) {
                b.append(" (");
                int i = 0;
                for (Map.Entry<?, Long> e : s.rejected().entrySet()) {
                    b.append(i++ > 0 ? ", " : "").append(e.getKey()).append(' ').append(e.getValue());
                }
                b.append(')');
            }
            lines.add(b.toString());
        }
        if (!skipped.skipped().isEmpty()) {
            lines.add("skipped records that are not articles: " + skipped.skipped());
        }
        lines.add(String.format("%d articles in %.1f s (%.1f articles/s)", articlesOut(), seconds,
                seconds > 0 ? inputs() / seconds : 0.0));
        return lines;
    }
}
