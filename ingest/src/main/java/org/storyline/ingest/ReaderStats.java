package org.storyline.ingest;

import java.util.Map;
import java.util.TreeMap;

/** Records a reader skipped because they are not articles, by kind (e.g. {@code warc:request}), in sorted order. */
public record ReaderStats(Map<String, Long> skipped) {
    public static final ReaderStats EMPTY = new ReaderStats(Map.of());

    public ReaderStats {
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    public ReaderStats plus(ReaderStats other) {
        var sum = new TreeMap<>(skipped);
        other.skipped.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return new ReaderStats(sum);
    }
}
