package org.storyline.pipeline;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.storyline.clean.ArticleCleaner;
import org.storyline.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.Optional;
import org.storyline.annotate.ActorKnowledge;
import org.storyline.annotate.ArticleAnnotator;
import org.storyline.annotate.nlp.NlpBackend;
import org.storyline.annotate.nlp.TextAnalysis;
import org.storyline.events.EventAnnotator;
import org.storyline.events.TriggerLexicon;
import org.storyline.model.Annotations;
import org.storyline.annotate.corenlp.CoreNlpEntityRecognizer;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.CleanArticle;
import org.storyline.model.ErrorCode;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages over a stream of raw articles: ingest → clean → annotate (entities, actors, quotes, dates; skipped
 * with {@code cleanOnly}). Output
 * comes in input order whatever the thread count, so runs are reproducible.
 *
 * <pre>{@code
 * var pipeline = new ExtractPipeline(PipelineConfig.cleanOnlyDefaults());
 * try (ArticleReader reader = ArticleReaders.open(paths, options)) {
 *     RunSummary summary = pipeline.run(reader, 2, out::write, RunListener.NONE);
 * }
 * }</pre>
 *
 * <p>A failure inside a stage on one article (a bug, or a pathological page) becomes an {@code INTERNAL_ERROR}
 * rejection of that article; the run goes on.
 */
public final class ExtractPipeline {
    private static final Logger log = LoggerFactory.getLogger(ExtractPipeline.class);

    private final PipelineConfig config;
    public static final String ANNOTATE_STAGE = "annotate";

    private final ArticleCleaner cleaner;
    private final ArticleAnnotator annotator;
    private final EventAnnotator events;
    private final NlpBackend backend;

    public ExtractPipeline(PipelineConfig config) {
        this.config = requireNonNull(config, "config is null");
        this.cleaner = new ArticleCleaner(config.detectLanguage());
        // the CoreNLP pipeline loads on the first annotated article, never for clean-only runs
        ActorKnowledge knowledge = config.cleanOnly() ? null : config.knowledgeFile() == null
                ? ActorKnowledge.shared() : ActorKnowledge.load(Optional.of(Path.of(config.knowledgeFile())));
        this.annotator = config.cleanOnly() ? null
                : new ArticleAnnotator(text -> CoreNlpEntityRecognizer.shared().recognize(text), knowledge);
        this.events = config.cleanOnly() ? null : new EventAnnotator(config.triggersFile() == null
                ? TriggerLexicon.builtIn() : TriggerLexicon.builtIn().withFile(Path.of(config.triggersFile())), knowledge);
        // the backend, like the CoreNLP pipeline behind it, is created on the first annotated article
        this.backend = text -> CoreNlpEntityRecognizer.shared().analyze(text);
    }

    public PipelineConfig config() {
        return config;
    }

    /** Runs every stage on one reader outcome. Never throws for bad input. */
    public StageOutcome<AnnotatedArticle> process(StageOutcome<RawArticle> read) {
        if (!(read instanceof StageOutcome.Accepted<RawArticle> a)) {
            return read.castRejected();
        }
        StageOutcome<CleanArticle> cleaned = cleanSafely(a.value());
        if (!(cleaned instanceof StageOutcome.Accepted<CleanArticle> c)) {
            return cleaned.castRejected();
        }
        if (annotator == null) {
            return StageOutcome.accepted(new AnnotatedArticle(c.value(), java.util.Optional.empty()));
        }
        try {
            CleanArticle clean = c.value();
            TextAnalysis analysis = backend.analyze(clean.text());
            Annotations annotations = annotator.annotate(clean, analysis.entities());
            annotations = annotations.withEvents(events.annotate(clean.text(), analysis, annotations,
                    clean.published()));
            return StageOutcome.accepted(new AnnotatedArticle(clean, Optional.of(annotations)));
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("Annotation failed for {}", c.value().source(), e);
            return StageOutcome.rejected(c.value().id(), c.value().source(), ANNOTATE_STAGE, ErrorCode.INTERNAL_ERROR,
                    c.value().source() + ": annotation failed with " + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "; " + ErrorCode.INTERNAL_ERROR.hint());
        }
    }

    private StageOutcome<CleanArticle> cleanSafely(RawArticle raw) {
        try {
            return cleaner.clean(raw);
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("Cleaning failed for {}", raw.source(), e);
            return StageOutcome.rejected(raw.id(), raw.source(), ArticleCleaner.STAGE, ErrorCode.INTERNAL_ERROR,
                    raw.source() + ": cleaning failed with " + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "; " + ErrorCode.INTERNAL_ERROR.hint());
        }
    }

    /**
     * Reads everything from {@code reader}, processes it on {@code threads} worker threads and hands each result, in
     * input order, to {@code sink} and then {@code listener} on the calling thread.
     *
     * @throws IOException only when the reader itself cannot go on
     */
    public RunSummary run(ArticleReader reader, int threads, Consumer<StageOutcome<AnnotatedArticle>> sink,
            RunListener listener) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        long started = System.nanoTime();
        var counts = new Counter(annotator != null);
        if (threads == 1) {
            StageOutcome<RawArticle> read;
            while ((read = reader.read()) != null) {
                emit(counts, read, process(read), sink, listener);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads("storyline-worker"));
            try {
                var inFlight = new ArrayDeque<Map.Entry<StageOutcome<RawArticle>, Future<StageOutcome<AnnotatedArticle>>>>();
                StageOutcome<RawArticle> read;
                while ((read = reader.read()) != null) {
                    StageOutcome<RawArticle> input = read;
                    inFlight.add(Map.entry(input, pool.submit(() -> process(input))));
                    while (inFlight.size() >= threads * 4) {
                        var head = inFlight.poll();
                        emit(counts, head.getKey(), await(head.getValue()), sink, listener);
                    }
                }
                while (!inFlight.isEmpty()) {
                    var head = inFlight.poll();
                    emit(counts, head.getKey(), await(head.getValue()), sink, listener);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return new RunSummary(counts.stages(), reader.stats(), System.nanoTime() - started);
    }

    private static StageOutcome<AnnotatedArticle> await(Future<StageOutcome<AnnotatedArticle>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside the stage guard", e.getCause());
        }
    }

    private static void emit(Counter counts, StageOutcome<RawArticle> read, StageOutcome<AnnotatedArticle> result,
            Consumer<StageOutcome<AnnotatedArticle>> sink, RunListener listener) {
        counts.add(read, result);
        sink.accept(result);
        listener.onArticle(result);
    }

    static ThreadFactory namedThreads(String prefix) {
        var n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Per-stage counts: ingest sees every record; clean sees what ingest accepted. */
    private static final class Counter {
        private long ingestIn;
        private long ingestOk;
        private final Map<ErrorCode, Long> ingestRejected = new EnumMap<>(ErrorCode.class);
        private long cleanOk;
        private final Map<ErrorCode, Long> cleanRejected = new EnumMap<>(ErrorCode.class);
        private long annotateOk;
        private final Map<ErrorCode, Long> annotateRejected = new EnumMap<>(ErrorCode.class);
        private final boolean annotating;

        Counter(boolean annotating) {
            this.annotating = annotating;
        }

        void add(StageOutcome<RawArticle> read, StageOutcome<AnnotatedArticle> result) {
            ingestIn++;
            if (read instanceof StageOutcome.Rejected<RawArticle> r) {
                ingestRejected.merge(r.rejection().code(), 1L, Long::sum);
                return;
            }
            ingestOk++;
            if (result instanceof StageOutcome.Rejected<AnnotatedArticle> r) {
                if (r.rejection().stage().equals(ANNOTATE_STAGE)) {
                    cleanOk++;
                    annotateRejected.merge(r.rejection().code(), 1L, Long::sum);
                } else {
                    cleanRejected.merge(r.rejection().code(), 1L, Long::sum);
                }
            } else {
                cleanOk++;
                annotateOk++;
            }
        }

        List<StageCounts> stages() {
            var stages = new java.util.ArrayList<>(List.of(
                    new StageCounts("ingest", ingestIn, ingestOk, ingestRejected),
                    new StageCounts(ArticleCleaner.STAGE, ingestOk, cleanOk, cleanRejected)));
            if (annotating) {
                stages.add(new StageCounts(ANNOTATE_STAGE, cleanOk, annotateOk, annotateRejected));
            }
            return stages;
        }
    }
}
