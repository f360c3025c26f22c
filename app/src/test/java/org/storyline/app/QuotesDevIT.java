package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.QuoteAnnotator;
import org.storyline.eval.QuoteEvaluation;
import org.storyline.model.QuoteMention;
import org.storyline.testkit.SharedData;

/**
 * The quote annotator (#3, in progress) on the development gold, end to end: the seeds and the 25 NAEB pages of
 * {@code ../shared/gold/}, cleaned by {@code extract --clean-only}, then annotated; CONTRACT.md section 7's quote
 * recall, precision and speaker accuracy are printed. Floors are regression guards under the measured figures, not
 * the targets. Skipped with a message where ../shared is absent.
 */
class QuotesDevIT {
    @TempDir
    Path dir;

    @Test
    void seedsAndNaebDevQuotes() throws Exception {
        var seeds = measure(SharedData.require("gold/seeds-dev.json"), SharedData.require("seeds"));
        var naeb = measure(SharedData.require("gold/naeb-dev.json"), SharedData.naebPages());
        for (var e : List.of(Map.entry("seeds", seeds), Map.entry("naeb-dev", naeb))) {
            QuoteEvaluation q = e.getValue();
            q.misses().forEach(m -> System.out.println(e.getKey() + " miss " + m));
            System.out.printf("%s quotes: %d gold, recall %.3f, precision %.3f, speaker accuracy %.3f%n", e.getKey(),
                    q.goldCount(), q.recall(), q.precision(), q.speakerAccuracy());
        }
        assertThat(seeds.goldCount()).isEqualTo(42);
        assertThat(naeb.goldCount()).isEqualTo(235);
        assertThat(seeds.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(seeds.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(seeds.speakerAccuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(naeb.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(naeb.precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(naeb.speakerAccuracy()).isGreaterThanOrEqualTo(0.60);
    }

    private QuoteEvaluation measure(Path goldFile, Path docs) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        List<String> files = new ArrayList<>();
        for (JsonNode a : gold.get("articles")) {
            files.add(docs.resolve(a.get("file").asText()).toString());
        }
        Path out = dir.resolve(goldFile.getFileName() + ".jsonl");
        List<String> args = new ArrayList<>(List.of("extract", "--clean-only", "--out", out.toString()));
        args.addAll(files);
        assertThat(Cli.run(args.toArray(String[]::new)).exitCode()).isZero();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode line : ExtractCommandTest.lines(out)) {
            texts.put(line.get("source").asText(), line.path("text").asText(""));
        }
        var annotator = new QuoteAnnotator();
        var evaluation = new QuoteEvaluation();
        int i = 0;
        for (JsonNode a : gold.get("articles")) {
            String text = texts.getOrDefault(files.get(i++), "");
            List<QuoteEvaluation.Extracted> extracted = new ArrayList<>();
            for (QuoteMention q : annotator.annotate(text)) {
                extracted.add(new QuoteEvaluation.Extracted(q.text(), q.kind().contractName(),
                        q.speaker().map(s -> s.name()).orElse(null)));
            }
            List<QuoteEvaluation.Gold> quotes = new ArrayList<>();
            for (JsonNode q : a.get("quotes")) {
                quotes.add(new QuoteEvaluation.Gold(q.get("snippet").asText(), q.get("speaker").asText()));
            }
            evaluation.add(a.get("file").asText(), quotes, extracted);
        }
        return evaluation;
    }
}
