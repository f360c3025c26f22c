package org.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gold story clusters, read from either of two formats:
 * <ul>
 * <li>a TSV {@code file<TAB>topic} with a header line, the articles in the folder {@code articles/} beside it
 * (wikiref220's {@code gold_labels.tsv});</li>
 * <li>the demo gold JSON: {@code stories: [{id, articles: [ref]}]}, {@code duplicates} and {@code near_duplicates}
 * as {@code [copy_ref, original_ref]} pairs, {@code disputes: [{claim, sides: [{file, snippet}]}]}; refs are paths
 * relative to the folder {@code corpus/} beside it, with {@code #N} for the Nth record of a container.</li>
 * </ul>
 * An extracted article matches a ref when its {@code source} is the ref or ends with {@code /ref}.
 *
 * @param clusters   ref to gold story
 * @param documents  the folder the refs are relative to
 */
public record StoryGold(Map<String, String> clusters, List<List<String>> duplicates, List<List<String>> nearDuplicates,
        List<DisputeSide> disputeSides, Path documents) {

    /** A side of a gold dispute: the ref of its article and a snippet of its text. */
    public record DisputeSide(String ref, String snippet) {}

    public static StoryGold read(Path gold) throws IOException {
        Path dir = gold.toAbsolutePath().getParent();
        Map<String, String> clusters = new LinkedHashMap<>();
        if (gold.getFileName().toString().endsWith(".tsv")) {
            List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split("\t");
                if (cells.length >= 2 && !cells[0].isBlank()) {
                    clusters.put(cells[0].strip(), cells[1].strip());
                }
            }
            return new StoryGold(clusters, List.of(), List.of(), List.of(), dir.resolve("articles"));
        }
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        if (!root.has("stories")) {
            throw new IllegalArgumentException(gold + " has no \"stories\": expected the demo gold format "
                    + "(or a .tsv of file and topic)");
        }
        for (JsonNode story : root.get("stories")) {
            for (JsonNode ref : story.path("articles")) {
                clusters.put(ref.asText(), story.path("id").asText());
            }
        }
        List<DisputeSide> sides = new ArrayList<>();
        for (JsonNode d : root.path("disputes")) {
            for (JsonNode s : d.path("sides")) {
                sides.add(new DisputeSide(s.path("file").asText(), s.path("snippet").asText()));
            }
        }
        return new StoryGold(clusters, pairs(root.path("duplicates")), pairs(root.path("near_duplicates")), sides,
                dir.resolve("corpus"));
    }

    private static List<List<String>> pairs(JsonNode array) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode p : array) {
            out.add(List.of(p.get(0).asText(), p.get(1).asText()));
        }
        return out;
    }

    /** The gold ref an extracted article's source names, if any. */
    public Optional<String> refOf(String source) {
        String s = source.replace('\\', '/');
        if (clusters.containsKey(s)) {
            return Optional.of(s);
        }
        int slash = s.lastIndexOf('/');
        while (slash >= 0) {
            String suffix = s.substring(slash + 1);
            if (clusters.containsKey(suffix)) {
                return Optional.of(suffix);
            }
            slash = s.lastIndexOf('/', slash - 1);
        }
        return Optional.empty();
    }
}
