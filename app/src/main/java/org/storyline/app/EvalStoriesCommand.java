package org.storyline.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.storyline.eval.ClusteringEvaluation;
import org.storyline.eval.StoryGold;
import org.storyline.eval.TextFolding;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.stories.ArticleFingerprint;
import org.storyline.stories.InMemoryStoryState;
import org.storyline.stories.MiniLmEmbedder;
import org.storyline.stories.Story;
import org.storyline.stories.StoryConfig;
import org.storyline.stories.StoryEngine;
import org.storyline.stories.StoryJsonWriter;
import org.storyline.stories.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval stories --gold FILE}: pairwise and B-cubed precision, recall and F1 of the article-to-story
 * assignment of {@link StoryEngine}, plus, where the gold lists them, copy detection and dispute sides found.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Pairwise and B-cubed precision/recall/F1 of story clustering; with the demo gold also "
                + "duplicates, near-duplicates and dispute sides found.",
                "Gold: a TSV 'file<TAB>topic' with a header (articles in articles/ beside it, as wikiref220's "
                        + "gold_labels.tsv) or the demo gold JSON (stories, duplicates, near_duplicates, disputes; "
                        + "refs relative to corpus/ beside it). The articles are extracted as 'extract' does "
                        + "unless --extract gives that output already; they are then clustered in memory, one at a "
                        + "time, in the order --order says."})
final class EvalStoriesCommand implements Callable<Integer> {
    @Mixin
    GoldOptions report;

    @Option(names = "--docs", paramLabel = "DIR",
            description = "Folder the gold refs are relative to (default: articles/ or corpus/ beside the gold file).")
    Path docs;

    @Option(names = "--extract", paramLabel = "FILE.jsonl",
            description = "Cluster this 'extract' output instead of extracting the documents.")
    Path extract;

    @Option(names = "--knowledge", paramLabel = "FILE", description = "Actor knowledge file for the extraction.")
    Path knowledge;

    @Option(names = "--clean-only", description = "Extract without NLP (no actors, entities or events as features).")
    boolean cleanOnly;

    @Option(names = "--order", paramLabel = "date|input|shuffle", defaultValue = "date",
            description = "Order the articles arrive in: by publication date (undated last, input order within a "
                    + "day; the default), as read, or shuffled with --seed.")
    String order;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --order shuffle (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-embeddings", description = "Score without the MiniLM title-and-lead embeddings.")
    boolean noEmbeddings;

    @Option(names = "--join", paramLabel = "X", description = "Join threshold (default: the built-in setting).")
    Double join;

    @Option(names = "--merge", paramLabel = "X", description = "Merge threshold (default: the built-in setting).")
    Double merge;

    @Option(names = "--stories", paramLabel = "FILE", description = "Also write the stories there (CONTRACT.md section 3).")
    Path storiesOut;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What one run measured. */
    record Result(ClusteringEvaluation.Report clustering, int articles, int matched, double articlesPerSecond,
            long peakHeapMb, int goldCopies, int copiesFound, int copiesMarked, int copiesMarkedInGold,
            int goldDisputeSides, int disputeSidesFound, List<Story> stories, Map<String, String> refToArticle) {}

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(report.gold)) {
            throw new StorylineCommand.UserException("gold file not found: " + report.gold);
        }
        StoryGold gold;
        try {
            gold = StoryGold.read(report.gold);
        } catch (IllegalArgumentException | IOException e) {
            throw new StorylineCommand.UserException("cannot read the gold file: " + e.getMessage(), e);
        }
        Path documents = docs != null ? docs : gold.documents();
        List<AnnotatedArticle> articles;
        if (extract != null) {
            if (!Files.isRegularFile(extract)) {
                throw new StorylineCommand.UserException("extract file not found: " + extract);
            }
            try {
                articles = ArticleJsonReader.read(extract);
            } catch (IllegalArgumentException e) {
                throw new StorylineCommand.UserException(e.getMessage(), e);
            }
        } else {
            if (!Files.isDirectory(documents)) {
                throw new StorylineCommand.UserException("documents folder not found: " + documents);
            }
            articles = extract(documents);
        }
        StoryConfig config = StoryConfig.DEFAULT;
        if (join != null || merge != null) {
            config = config.withThresholds(join == null ? config.joinThreshold() : join,
                    merge == null ? config.mergeThreshold() : merge);
        }
        Result r = run(gold, articles, config, noEmbeddings ? TextEmbedder.NONE : new MiniLmEmbedder(), order, seed);
        if (storiesOut != null) {
            try (OutputStream o = Files.newOutputStream(storiesOut); var writer = new StoryJsonWriter(o)) {
                r.stories().forEach(writer::write);
            }
        }
        print(r, gold, spec.commandLine().getOut());
        return 0;
    }

    private List<AnnotatedArticle> extract(Path documents) throws IOException {
        if (knowledge != null && !Files.isRegularFile(knowledge)) {
            throw new StorylineCommand.UserException("knowledge file not found: " + knowledge);
        }
        var pipeline = new ExtractPipeline(new PipelineConfig(cleanOnly, true, PipelineConfig.DEFAULT_MAX_RECORD_BYTES,
                knowledge == null ? null : knowledge.toAbsolutePath().toString(), null));
        List<AnnotatedArticle> out = new ArrayList<>();
        try (ArticleReader reader = ArticleReaders.open(List.of(documents), IngestOptions.DEFAULTS);
                var progress = new Progress(spec.commandLine().getErr(), Progress.stderrIsTerminal())) {
            pipeline.run(reader, 1, outcome -> {
                if (outcome instanceof StageOutcome.Accepted<AnnotatedArticle> a) {
                    out.add(a.value());
                }
            }, progress);
        }
        return out;
    }

    /** Clusters {@code articles} in the given order and scores the result against {@code gold}. */
    static Result run(StoryGold gold, List<AnnotatedArticle> articles, StoryConfig config, TextEmbedder embedder,
            String order, long seed) {
        List<AnnotatedArticle> arrival = new ArrayList<>(articles);
        switch (order.toLowerCase(Locale.ROOT)) {
            case "input" -> { }
            case "shuffle" -> Collections.shuffle(arrival, new Random(seed));
            case "date" -> arrival.sort(Comparator.comparing(
                    (AnnotatedArticle a) -> a.article().published().orElse(java.time.LocalDate.MAX)));
            default -> throw new StorylineCommand.UserException("--order must be date, input or shuffle, got " + order);
        }
        var engine = new StoryEngine(new InMemoryStoryState(), embedder, config);
        Runtime rt = Runtime.getRuntime();
        long peak = 0;
        long start = System.nanoTime();
        for (AnnotatedArticle a : arrival) {
            engine.add(a);
            peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> refToArticle = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        Map<String, String> goldOf = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            String id = a.article().id();
            Optional<String> ref = gold.refOf(a.article().source());
            if (ref.isEmpty()) {
                continue;
            }
            refToArticle.put(ref.get(), id);
            predicted.put(id, engine.state().storyOf(id).orElseThrow());
            goldOf.put(id, gold.clusters().get(ref.get()));
        }
        var clustering = ClusteringEvaluation.score(predicted, goldOf);
        // copies: a gold pair is found when the copy is marked as a copy of the original (any kind)
        List<List<String>> goldCopies = new ArrayList<>(gold.duplicates());
        goldCopies.addAll(gold.nearDuplicates());
        int found = 0;
        java.util.Set<String> goldPairs = new java.util.HashSet<>();
        for (List<String> pair : goldCopies) {
            String copy = refToArticle.get(pair.get(0));
            String original = refToArticle.get(pair.get(1));
            goldPairs.add(copy + " " + original);
            if (copy != null && engine.state().fingerprint(copy).flatMap(ArticleFingerprint::copyOf)
                    .filter(o -> o.equals(original)).isPresent()) {
                found++;
            }
        }
        int marked = 0;
        int markedInGold = 0;
        for (AnnotatedArticle a : articles) {
            var f = engine.state().fingerprint(a.article().id()).orElseThrow();
            if (f.copyOf().isPresent()) {
                marked++;
                markedInGold += goldPairs.contains(f.articleId() + " " + f.copyOf().get()) ? 1 : 0;
            }
        }
        List<Story> stories = engine.stories();
        int sidesFound = 0;
        for (StoryGold.DisputeSide side : gold.disputeSides()) {
            String article = refToArticle.get(side.ref());
            String snippet = TextFolding.foldWhitespace(side.snippet());
            boolean hit = stories.stream().flatMap(s -> s.disputes().stream()).flatMap(d -> d.sides().stream())
                    .anyMatch(s -> s.article().equals(article) && TextFolding.foldWhitespace(s.text()).contains(snippet));
            sidesFound += hit ? 1 : 0;
        }
        return new Result(clustering, articles.size(), predicted.size(), articles.size() / Math.max(seconds, 1e-9),
                peak >> 20, goldCopies.size(), found, marked, markedInGold, gold.disputeSides().size(), sidesFound,
                stories, refToArticle);
    }

    private void print(Result r, StoryGold gold, PrintWriter out) throws IOException {
        var c = r.clustering();
        if (report.json) {
            var figures = new LinkedHashMap<String, Number>();
            figures.put("articles", r.articles());
            figures.put("articles_in_gold", r.matched());
            figures.put("gold_stories", c.goldClusters());
            figures.put("stories", c.predictedClusters());
            figures.put("pairwise_precision", c.pairwisePrecision());
            figures.put("pairwise_recall", c.pairwiseRecall());
            figures.put("pairwise_f1", c.pairwiseF1());
            figures.put("bcubed_precision", c.bcubedPrecision());
            figures.put("bcubed_recall", c.bcubedRecall());
            figures.put("bcubed_f1", c.bcubedF1());
            figures.put("gold_copies", r.goldCopies());
            figures.put("gold_copies_found", r.copiesFound());
            figures.put("copies_marked", r.copiesMarked());
            figures.put("copies_marked_in_gold", r.copiesMarkedInGold());
            figures.put("gold_dispute_sides", r.goldDisputeSides());
            figures.put("dispute_sides_found", r.disputeSidesFound());
            figures.put("articles_per_second", r.articlesPerSecond());
            figures.put("peak_heap_mb", r.peakHeapMb());
            GoldOptions.printJson(out, figures);
            return;
        }
        out.printf("articles            %d  (%d in the gold)%n", r.articles(), r.matched());
        out.printf("stories             %d  (gold: %d)%n", c.predictedClusters(), c.goldClusters());
        out.printf("pairwise F1         %.4f  (precision %.4f, recall %.4f)%n", c.pairwiseF1(), c.pairwisePrecision(),
                c.pairwiseRecall());
        out.printf("B-cubed F1          %.4f  (precision %.4f, recall %.4f)%n", c.bcubedF1(), c.bcubedPrecision(),
                c.bcubedRecall());
        if (r.goldCopies() > 0) {
            out.printf("copies found        %d of %d gold (duplicates and near-duplicates); %d marked, %d of them in the gold%n",
                    r.copiesFound(), r.goldCopies(), r.copiesMarked(), r.copiesMarkedInGold());
        }
        if (r.goldDisputeSides() > 0) {
            out.printf("dispute sides found %d of %d gold sides%n", r.disputeSidesFound(), r.goldDisputeSides());
        }
        out.printf("clustering speed    %.1f articles/s, peak heap %d MB%n", r.articlesPerSecond(), r.peakHeapMb());
        if (report.misses) {
            Map<String, String> articleToRef = new LinkedHashMap<>();
            r.refToArticle().forEach((ref, id) -> articleToRef.put(id, ref));
            for (Story s : r.stories()) {
                Map<String, Integer> composition = new LinkedHashMap<>();
                for (String id : s.articles()) {
                    String ref = articleToRef.get(id);
                    composition.merge(ref == null ? "(not in gold)" : gold.clusters().get(ref), 1, Integer::sum);
                }
                out.printf("story %s %d articles %s  %s%n", s.id(), s.articles().size(), composition, s.title());
            }
        }
        out.flush();
    }
}
