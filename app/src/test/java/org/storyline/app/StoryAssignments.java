package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code storyline stories} output: the stories as JSON, and the partition of articles into stories. */
final class StoryAssignments {
    private StoryAssignments() {}

    static List<JsonNode> lines(String jsonLines) {
        var mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(mapper.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
        }
        return out;
    }

    /** Story id to its articles. */
    static Map<String, Set<String>> stories(String jsonLines) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (JsonNode story : lines(jsonLines)) {
            Set<String> articles = new HashSet<>();
            story.get("articles").forEach(a -> articles.add(a.asText()));
            if (out.put(story.get("id").asText(), articles) != null) {
                throw new AssertionError("story listed twice: " + story.get("id"));
            }
        }
        return out;
    }

    /** The article sets of the stories, whatever their ids. */
    static Set<Set<String>> partition(String jsonLines) {
        return new HashSet<>(stories(jsonLines).values());
    }
}
