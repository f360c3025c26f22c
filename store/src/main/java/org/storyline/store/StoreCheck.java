package org.storyline.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A consistency report: rows per table, full-text passages per kind as the tables imply them and as the index holds
 * them, and the problems found (empty when the store is consistent).
 */
public record StoreCheck(Map<StoreTable, Long> rows, Map<SearchHit.Kind, Long> expectedPassages,
        Map<SearchHit.Kind, Long> indexedPassages, List<String> problems) {
    public StoreCheck {
        rows = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(requireNonNull(rows, "rows is null")));
        expectedPassages = java.util.Collections.unmodifiableMap(
                new java.util.EnumMap<>(requireNonNull(expectedPassages, "expectedPassages is null")));
        indexedPassages = java.util.Collections.unmodifiableMap(
                new java.util.EnumMap<>(requireNonNull(indexedPassages, "indexedPassages is null")));
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
