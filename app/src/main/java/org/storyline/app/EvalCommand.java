package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storyline.clean.ArticleCleaner;
import org.storyline.eval.CleanEvaluation;
import org.storyline.eval.EventEvaluation;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.ArticleHints;
import org.storyline.model.ArticleIds;
import org.storyline.model.CleanArticle;
import org.storyline.model.EventMention;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storyline eval ...}: measures a stage against gold data with the metrics of CONTRACT.md section 7. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction quality against gold data (CONTRACT.md section 7 metrics).",
        subcommands = {EvalCommand.Clean.class, EvalCommand.Quotes.class, EvalCommand.Events.class,
                EvalStoriesCommand.class})
final class EvalCommand extends CommandGroup {

    /** {@code storyline eval clean --gold FILE --html DIR}: body F1/P/R, title match and date accuracy. */
    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = {"Body F1/precision/recall, title match and publication-date accuracy of the clean stage.",
                    "Gold: a JSON object {key: {articleBody, title, date, url}}; each key is the stem of an HTML file "
                            + "in DIR (KEY.html). The gold url is given to the cleaner as the page's address, as a "
                            + "crawl would; title and date are never given."})
    static final class Clean implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        GoldOptions report;

        @Option(names = "--html", required = true, paramLabel = "DIR", description = "Folder holding KEY.html pages.")
        Path html;

        @Option(names = "--dump", paramLabel = "DIR",
                description = "Write each page's extracted text (KEY.txt) and per-page scores (pages.tsv) there.")
        Path dump;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            JsonNode root = report.read(html, "HTML folder");
            var cleaner = new ArticleCleaner(false);
            var evaluation = new CleanEvaluation();
            List<String> absent = new ArrayList<>();
            List<String> perPage = new ArrayList<>();
            if (dump != null) {
                Files.createDirectories(dump);
                perPage.add("key\tprecision\trecall\tgold_shingles\toutput_shingles");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                JsonNode g = entry.getValue();
                Path page = html.resolve(key + ".html");
                if (!Files.isRegularFile(page)) {
                    absent.add(key);
                    continue;
                }
                byte[] bytes = Files.readAllBytes(page);
                String url = text(g, "url");
                var raw = new RawArticle(ArticleIds.sha256Hex(bytes), page.toString(), InputFormat.HTML, bytes,
                        Optional.empty(), url == null ? ArticleHints.NONE : ArticleHints.ofUrl(url));
                Optional<CleanEvaluation.Output> output = Optional.empty();
                if (cleaner.clean(raw) instanceof StageOutcome.Accepted<CleanArticle> a) {
                    CleanArticle c = a.value();
                    output = Optional.of(new CleanEvaluation.Output(c.text(), c.title(), c.published()));
                }
                var score = evaluation.add(key, new CleanEvaluation.Gold(text(g, "articleBody"), text(g, "title"),
                        text(g, "date")), output);
                if (dump != null) {
                    Files.writeString(dump.resolve(key + ".txt"), output.map(CleanEvaluation.Output::text).orElse(""));
                    perPage.add(String.format("%s\t%.4f\t%.4f\t%d\t%d", key, score.precision(), score.recall(),
                            score.truePositives() + score.falseNegatives(),
                            score.truePositives() + score.falsePositives()));
                }
            }
            if (dump != null) {
                Files.write(dump.resolve("pages.tsv"), perPage);
            }
            print(evaluation.report(), absent, spec.commandLine().getOut());
            return 0;
        }

        private void print(CleanEvaluation.Report r, List<String> absent, PrintWriter out) throws IOException {
            if (report.json) {
                var figures = new java.util.LinkedHashMap<String, Number>();
                figures.put("pages", r.pages());
                figures.put("skipped_no_html", absent.size());
                figures.put("body_precision", r.bodyPrecision());
                figures.put("body_recall", r.bodyRecall());
                figures.put("body_f1", r.bodyF1());
                figures.put("title_pages", r.titlePages());
                figures.put("title_match", r.titleMatch());
                figures.put("date_pages", r.datePages());
                figures.put("date_accuracy", r.dateAccuracy());
                GoldOptions.printJson(out, figures);
                return;
            }
            out.printf("pages evaluated   %d%s%n", r.pages(),
                    absent.isEmpty() ? "" : " (" + absent.size() + " gold entries without an HTML file skipped: "
                            + String.join(", ", absent) + ")");
            out.printf("body F1           %.4f%n", r.bodyF1());
            out.printf("body precision    %.4f%n", r.bodyPrecision());
            out.printf("body recall       %.4f%n", r.bodyRecall());
            out.printf("title match       %.4f  (%d pages with a gold title)%n", r.titleMatch(), r.titlePages());
            out.printf("date accuracy     %.4f  (%d pages with a gold date)%n", r.dateAccuracy(), r.datePages());
            if (report.misses) {
                for (CleanEvaluation.Miss m : r.misses()) {
                    out.printf("miss %-5s %s  expected: %s  got: %s%n", m.field(), m.key(), m.expected(), m.actual());
                }
            }
            out.flush();
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    /**
     * {@code storyline eval quotes --gold FILE --docs DIR}: quote recall, quote precision, speaker accuracy and date
     * accuracy, end to end: each gold article's document (DIR/file) is read, cleaned and annotated as
     * {@code extract} does, and relative dates are resolved against the publication date found on the page.
     */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Quote recall/precision, speaker accuracy and date accuracy (CONTRACT.md section 7).",
                    "Gold: {\"articles\": [{\"file\", \"quotes\": [{\"snippet\", \"speaker\"}], "
                            + "\"dates\": [{\"text\", \"context\", \"value\"}]}]} as in ../shared/gold/; "
                            + "each file is read from DIR."})
    static final class Quotes implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        GoldOptions report;

        @Option(names = "--docs", required = true, paramLabel = "DIR", description = "Folder the gold files lie in.")
        Path docs;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            JsonNode root = report.read(docs, "documents folder");
            var cleaner = new ArticleCleaner(false);
            var quoteAnnotator = new org.storyline.annotate.QuoteAnnotator();
            var dateAnnotator = new org.storyline.annotate.TemporalExpressionAnnotator();
            var quotes = new org.storyline.eval.QuoteEvaluation();
            var dates = new org.storyline.eval.DateEvaluation();
            List<String> unreadable = new ArrayList<>();
            for (JsonNode article : root.path("articles")) {
                String file = article.get("file").asText();
                Optional<CleanArticle> clean = cleanOne(docs.resolve(file), cleaner);
                if (clean.isEmpty()) {
                    unreadable.add(file);
                }
                String text = clean.map(CleanArticle::text).orElse("");
                List<org.storyline.eval.QuoteEvaluation.Extracted> extractedQuotes = new ArrayList<>();
                for (var q : quoteAnnotator.annotate(text)) {
                    extractedQuotes.add(new org.storyline.eval.QuoteEvaluation.Extracted(q.text(),
                            q.kind().contractName(), q.speaker().map(org.storyline.model.Speaker::name).orElse(null)));
                }
                List<org.storyline.eval.QuoteEvaluation.Gold> goldQuotes = new ArrayList<>();
                for (JsonNode q : article.path("quotes")) {
                    goldQuotes.add(new org.storyline.eval.QuoteEvaluation.Gold(q.get("snippet").asText(),
                            q.get("speaker").asText()));
                }
                quotes.add(file, goldQuotes, extractedQuotes);
                List<org.storyline.eval.DateEvaluation.Extracted> extractedDates = new ArrayList<>();
                for (var d : dateAnnotator.annotate(text, clean.flatMap(CleanArticle::published))) {
                    extractedDates.add(new org.storyline.eval.DateEvaluation.Extracted(d.span().start(),
                            d.span().end(), d.text(), d.value().orElse(null)));
                }
                List<org.storyline.eval.DateEvaluation.Gold> goldDates = new ArrayList<>();
                for (JsonNode d : article.path("dates")) {
                    goldDates.add(new org.storyline.eval.DateEvaluation.Gold(d.get("text").asText(),
                            d.get("context").asText(), d.get("value").isNull() ? null : d.get("value").asText()));
                }
                dates.add(file, text, goldDates, extractedDates);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (report.json) {
                var figures = new java.util.LinkedHashMap<String, Number>();
                figures.put("gold_quotes", quotes.goldCount());
                figures.put("quote_recall", quotes.recall());
                figures.put("quote_precision", quotes.precision());
                figures.put("speaker_accuracy", quotes.speakerAccuracy());
                figures.put("gold_dates", dates.total());
                figures.put("date_accuracy", dates.accuracy());
                figures.put("documents_not_read", unreadable.size());
                GoldOptions.printJson(out, figures);
                return 0;
            }
            if (!unreadable.isEmpty()) {
                out.printf("documents not read (counted as empty): %s%n", String.join(", ", unreadable));
            }
            out.printf("gold quotes       %d%n", quotes.goldCount());
            out.printf("quote recall      %.4f%n", quotes.recall());
            out.printf("quote precision   %.4f%n", quotes.precision());
            out.printf("speaker accuracy  %.4f%n", quotes.speakerAccuracy());
            out.printf("gold dates        %d%n", dates.total());
            out.printf("date accuracy     %.4f%n", dates.accuracy());
            if (report.misses) {
                quotes.misses().forEach(m -> out.printf("miss quote %s \"%s\": %s (gold: %s)%n", m.article(),
                        m.gold().snippet(), m.reason(), m.gold().speakers()));
                dates.misses().forEach(m -> out.printf("miss date %s \"%s\" in \"%s\": %s (gold: %s)%n", m.article(),
                        m.gold().text(), m.gold().context(), m.reason(), m.gold().value()));
            }
            out.flush();
            return 0;
        }

        /**
         * The cleaned article of a gold entry: {@code DIR/file}, or for containers {@code DIR/file#n}, the record whose
         * source ends with {@code #n} (WARC records, feed items and JSONL lines are numbered from 1).
         */
        private static Optional<CleanArticle> cleanOne(Path file, ArticleCleaner cleaner) throws IOException {
            String name = file.toString();
            int hash = name.lastIndexOf('#');
            String record = hash > 0 && name.substring(hash + 1).matches("\\d+") ? name.substring(hash) : null;
            Path path = record == null ? file : Path.of(name.substring(0, hash));
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            try (var reader = org.storyline.ingest.ArticleReaders.open(path,
                    org.storyline.ingest.IngestOptions.DEFAULTS)) {
                StageOutcome<RawArticle> read;
                while ((read = reader.read()) != null) {
                    if (read instanceof StageOutcome.Accepted<RawArticle> a
                            && (record == null || a.value().source().endsWith(record))) {
                        if (cleaner.clean(a.value()) instanceof StageOutcome.Accepted<CleanArticle> c) {
                            return Optional.of(c.value());
                        }
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }
    /**
     * {@code storyline eval events --gold FILE.jsonl}: the Events metric of CONTRACT.md section 7 and the figures of
     * {@link EventEvaluation}, end to end: each gold sentence runs through the pipeline {@code extract} runs
     * (CoreNLP included) as an article published on the record's date.
     */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Event recall/precision/F1 per PLOVER type, CAMEO root recall, extra events per sentence, "
                    + "main-event type accuracy and source/target country accuracy (CONTRACT.md section 7).",
                    "Gold: JSON Lines {\"id\", \"text\", \"date\": \"YYYYMMDD\", \"expected\": [{\"code\" (CAMEO) "
                            + "or \"type\" (PLOVER), \"source\", \"target\"}], \"noevents\"} as in "
                            + "../shared/data/petr2-gsr/; actor codes are CAMEO-style (USAGOV, IGOUNO, ---REB) and "
                            + "are compared by country, else by sector. Each text is extracted as an article "
                            + "published on the record's date (none when the date is not YYYYMMDD)."})
    static final class Events implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        GoldOptions report;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(report.gold)) {
                throw new StorylineCommand.UserException("gold file not found: " + report.gold);
            }
            List<EventEvaluation.Record> records;
            try {
                records = EventEvaluation.readRecords(report.gold);
            } catch (IllegalArgumentException e) {
                throw new StorylineCommand.UserException("cannot read the gold file: " + e.getMessage(), e);
            }
            var pipeline = ExtractCommand.newPipeline(false, true, PipelineConfig.DEFAULT_MAX_RECORD_BYTES);
            var evaluation = new EventEvaluation(CameoLookup.builtIn()::plover);
            List<String> notExtracted = new ArrayList<>();
            int withoutDate = 0;
            for (int i = 0; i < records.size(); i++) {
                EventEvaluation.Record r = records.get(i);
                if (r.date().isEmpty()) {
                    withoutDate++;
                }
                var raw = new RawArticle(r.id(), report.gold + "#" + (i + 1), InputFormat.TEXT,
                        r.text().getBytes(StandardCharsets.UTF_8), Optional.of(StandardCharsets.UTF_8),
                        ArticleHints.NONE.withPublished(r.date().orElse(null)));
                List<EventMention> events = List.of();
                if (pipeline.process(StageOutcome.accepted(raw)) instanceof StageOutcome.Accepted<AnnotatedArticle> a) {
                    events = a.value().annotations().map(Annotations::events).orElse(List.of());
                } else {
                    notExtracted.add(r.id());
                }
                evaluation.add(r, events);
            }
            print(evaluation.report(), notExtracted, withoutDate, spec.commandLine().getOut());
            return 0;
        }

        private void print(EventEvaluation.Report r, List<String> notExtracted, int withoutDate, PrintWriter out)
                throws IOException {
            if (report.json) {
                var figures = new LinkedHashMap<String, Object>();
                figures.put("records", r.records());
                figures.put("records_no_events", r.noEventRecords());
                figures.put("records_not_extracted", notExtracted.size());
                figures.put("records_without_date", withoutDate);
                figures.put("gold_events", r.goldEvents());
                figures.put("gold_events_without_plover", r.untypedGoldEvents());
                figures.put("extracted_events", r.extractedEvents());
                figures.put("found_events", r.foundEvents());
                figures.put("precision", r.precision());
                figures.put("recall", r.recall());
                figures.put("f1", r.f1());
                figures.put("cameo_gold_events", r.cameoGoldEvents());
                figures.put("cameo_root_recall", r.cameoRootRecall());
                figures.put("extra_events", r.extraEvents());
                figures.put("extra_events_per_sentence", r.extraEventsPerSentence());
                figures.put("main_event_records", r.mainEventRecords());
                figures.put("main_event_accuracy", r.mainEventAccuracy());
                figures.put("source_accuracy", r.sourceAccuracy());
                figures.put("target_gold_events", r.targetChecked());
                figures.put("target_accuracy", r.targetAccuracy());
                var perType = new LinkedHashMap<String, Object>();
                for (EventEvaluation.TypeScore t : r.perType()) {
                    var scores = new LinkedHashMap<String, Number>();
                    scores.put("gold", t.gold());
                    scores.put("found", t.found());
                    scores.put("extracted", t.extracted());
                    scores.put("correct", t.correct());
                    scores.put("precision", t.precision());
                    scores.put("recall", t.recall());
                    scores.put("f1", t.f1());
                    perType.put(t.type().name(), scores);
                }
                figures.put("per_type", perType);
                out.println(new ObjectMapper().writeValueAsString(figures));
                out.flush();
                return;
            }
            out.printf("records             %d  (%d without events, %d without a readable date)%n", r.records(),
                    r.noEventRecords(), withoutDate);
            if (!notExtracted.isEmpty()) {
                out.printf("records not extracted (scored with no events): %s%n", String.join(", ", notExtracted));
            }
            out.printf("gold events         %d  (%d whose CAMEO code has no PLOVER type)%n", r.goldEvents(),
                    r.untypedGoldEvents());
            out.printf("extracted events    %d%n", r.extractedEvents());
            out.printf("found events        %d%n", r.foundEvents());
            out.printf("event precision     %.4f%n", r.precision());
            out.printf("event recall        %.4f%n", r.recall());
            out.printf("event F1            %.4f%n", r.f1());
            out.printf("CAMEO root recall   %.4f  (%d gold events with a CAMEO code)%n", r.cameoRootRecall(),
                    r.cameoGoldEvents());
            out.printf("extra per sentence  %.4f  (%d extra events)%n", r.extraEventsPerSentence(), r.extraEvents());
            out.printf("main-event accuracy %.4f  (%d records)%n", r.mainEventAccuracy(), r.mainEventRecords());
            out.printf("source accuracy     %.4f  (over found events)%n", r.sourceAccuracy());
            out.printf("target accuracy     %.4f  (over %d found events with a target code)%n", r.targetAccuracy(),
                    r.targetChecked());
            out.printf("%-10s %5s %6s %10s %10s %8s %8s%n", "type", "gold", "found", "extracted", "precision",
                    "recall", "F1");
            for (EventEvaluation.TypeScore t : r.perType()) {
                out.printf("%-10s %5d %6d %10d %10.4f %8.4f %8.4f%n", t.type(), t.gold(), t.found(), t.extracted(),
                        t.precision(), t.recall(), t.f1());
            }
            if (report.misses) {
                r.misses().forEach(m -> out.printf("miss event %s %s: %s%n", m.record(), m.what(), m.detail()));
            }
            out.flush();
        }
    }
}
