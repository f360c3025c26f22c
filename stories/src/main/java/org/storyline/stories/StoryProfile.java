package org.storyline.stories;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A story's running summary for clustering, of bounded size whatever the number of its articles: sums of its
 * original articles' unit TF-IDF term vectors, actor/entity key vectors and title-and-lead embeddings (pruned to
 * the heaviest entries), event-type counts and its date range. Part of {@link StoryState}.
 *
 * @param created   the engine sequence number of its first article (the older of two merged stories survives)
 * @param updated   the sequence number of its latest article
 * @param originals articles counted in the vectors (copies join a story without moving it)
 * @param articles  all its articles, copies included
 * @param embedding sum of unit embeddings (empty when the embedder gives none; not copied: treat as read-only)
 */
public record StoryProfile(String id, long created, long updated, int originals, int articles, String title,
        Map<String, Double> terms, Map<String, Double> keys, float[] embedding, Map<String, Integer> eventTypes,
        Optional<LocalDate> first, Optional<LocalDate> last) {
    public StoryProfile {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(terms, "terms is null")));
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(keys, "keys is null")));
        requireNonNull(embedding, "embedding is null");
        eventTypes = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(eventTypes, "eventTypes is null")));
        requireNonNull(first, "first is null");
        requireNonNull(last, "last is null");
    }
}
