package org.storyline.ingest.internal;

import java.util.TreeMap;
import org.storyline.ingest.ReaderStats;

/** Counts skipped records by kind while a reader runs; {@link #stats()} takes a snapshot. */
final class SkipCounter {
    private final TreeMap<String, Long> counts = new TreeMap<>();

    void count(String kind) {
        counts.merge(kind, 1L, Long::sum);
    }

    ReaderStats stats() {
        return new ReaderStats(counts);
    }
}
