package org.storyline.pipeline;

import java.util.Map;
import java.util.TreeMap;
import org.storyline.model.ErrorCode;

/** How many inputs one stage saw, accepted and rejected (by error code), for the end-of-run summary. */
public record StageCounts(String stage, long in, long accepted, Map<ErrorCode, Long> rejected) {
    public StageCounts {
        rejected = java.util.Collections.unmodifiableMap(new TreeMap<>(rejected));
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }
}
