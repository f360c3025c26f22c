package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.ingest.ReaderStats;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.RunSummary;
import org.storyline.stories.MiniLmEmbedder;
import org.storyline.stories.StoryConfig;
import org.storyline.store.ArticleStore;
import org.storyline.store.Store;
import org.storyline.store.StoreException;
import org.storyline.store.StoreTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code storyline ingest}: runs the extract pipeline over the inputs and adds each article, with all its rows, to a
 * store (CONTRACT.md section 3), then places it into a story ({@link StoryUpdater}: incremental across runs, the
 * engine's state saved in the store). Inputs already stored (same id; for rejections, same id and source) are skipped
 * before any NLP runs, so running it twice changes nothing and a re-run after a crash only does the missing work:
 * articles stored but not yet placed by a killed run are placed first.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add articles to a store: cleaned text and metadata, entities, actors, quotes, dates, events "
                + "and rejected inputs, one transaction per article. Inputs already stored are skipped.",
                "Each new article is then placed into a story (joins one or starts one; copies are marked), "
                        + "without re-clustering the store: the story engine's state is kept in the store. "
                        + "'storyline stories' prints the stories.",
                "Progress and the per-stage summary go to stderr."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    InputOptions input;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--from-parquet", paramLabel = "DIR",
            description = "Instead of reading PATHs, load the Parquet tables a `storyline spark --out DIR` run wrote "
                    + "(articles in input order, then rejections; already stored ones skipped).")
    Path fromParquet;

    @Option(names = "--no-stories", description = "Do not place the articles into stories now (the next ingest "
            + "without this option places them first).")
    boolean noStories;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int threads = pipelineOptions.threads();
        if (fromParquet != null) {
            return loadParquet();
        }
        var paths = input.existingPaths();
        ExtractPipeline pipeline = pipelineOptions.pipeline(input.maxBytes);
        PrintWriter err = spec.commandLine().getErr();
        var options = IngestOptions.DEFAULTS.withMaxRecordBytes(input.maxBytes);
        var added = new long[ArticleStore.Added.values().length];
        RunSummary summary;
        String storeLine;
        String storiesLine = "stories not placed (--no-stories): the next ingest without it places them";
        try (Store store = storeOptions.openForWriting();
                var progress = new Progress(err, Progress.stderrIsTerminal());
                var reader = new SkipStored(ArticleReaders.open(paths, options), store)) {
            if (progress.enabled()) {
                progress.total(Progress.countRecords(paths, options), () -> reader.skipped);
            }
            try (StoryUpdater stories = noStories ? null
                    : StoryUpdater.open(store, new MiniLmEmbedder(), StoryConfig.DEFAULT)) {
                if (stories != null) {
                    stories.catchUp();
                }
                summary = pipeline.run(reader, threads, outcome -> {
                    added[store.add(outcome).ordinal()]++;
                    // after the article's own transaction; also an article stored meanwhile by another process
                    if (stories != null && outcome instanceof StageOutcome.Accepted<AnnotatedArticle> a
                            && !stories.placed(a.value().article().id())) {
                        stories.place(a.value());
                    }
                }, progress);
                if (stories != null) {
                    storiesLine = stories.describe() + " in the store";
                }
            } catch (StoreException e) {
                throw new StorylineCommand.UserException(e.getMessage()
                        + " (articles stored before this one are kept; run ingest again to go on)", e);
            }
            storeLine = String.format("store   %d articles and %d rejections added, %d inputs already stored "
                    + "(skipped); %s holds %d articles and %d rejections", added[ArticleStore.Added.ARTICLE.ordinal()],
                    added[ArticleStore.Added.REJECTION.ordinal()],
                    reader.skipped + added[ArticleStore.Added.ALREADY_STORED.ordinal()], store.location(),
                    store.count(StoreTable.ARTICLES), store.count(StoreTable.REJECTED));
        }
        summary.describe().forEach(err::println);
        err.println(storeLine);
        err.println(storiesLine);
        err.flush();
        return 0;
    }

    /** {@code --from-parquet}: the articles of a Spark run, added one transaction each as an embedded run adds them. */
    private int loadParquet() throws IOException {
        if (!input.paths.isEmpty()) {
            throw new StorylineCommand.UserException("give PATHs or --from-parquet DIR, not both");
        }
        if (!Files.isDirectory(fromParquet)) {
            throw new StorylineCommand.UserException("no such directory: " + fromParquet);
        }
        PrintWriter err = spec.commandLine().getErr();
        var added = new long[ArticleStore.Added.values().length];
        long read;
        String storeLine;
        String storiesLine = "stories not placed (--no-stories): the next ingest without it places them";
        try (Store store = storeOptions.openForWriting()) {
            try {
                read = ParquetArticles.read(fromParquet, outcome -> added[store.add(outcome).ordinal()]++);
                if (!noStories) {
                    // the loaded articles are placed in store order, as an embedded ingest places them
                    try (StoryUpdater stories = StoryUpdater.open(store, new MiniLmEmbedder(), StoryConfig.DEFAULT)) {
                        stories.catchUp();
                        storiesLine = stories.describe() + " in the store";
                    }
                }
            } catch (StoreException e) {
                throw new StorylineCommand.UserException(e.getMessage()
                        + " (articles stored before this one are kept; run ingest again to go on)", e);
            }
            storeLine = String.format("store   %d Parquet records read: %d articles and %d rejections added, "
                    + "%d already stored (skipped); %s holds %d articles and %d rejections", read,
                    added[ArticleStore.Added.ARTICLE.ordinal()], added[ArticleStore.Added.REJECTION.ordinal()],
                    added[ArticleStore.Added.ALREADY_STORED.ordinal()], store.location(),
                    store.count(StoreTable.ARTICLES), store.count(StoreTable.REJECTED));
        }
        err.println(storeLine);
        err.println(storiesLine);
        err.flush();
        return 0;
    }

    /**
     * Drops inputs the store already holds before they reach the pipeline, so that a re-run does not pay for NLP
     * again. Inputs that become rejections only after cleaning are caught when they are added.
     */
    static final class SkipStored implements ArticleReader {
        private final ArticleReader reader;
        private final Store store;
        volatile long skipped;

        SkipStored(ArticleReader reader, Store store) {
            this.reader = reader;
            this.store = store;
        }

        @Override
        public StageOutcome<RawArticle> read() throws IOException {
            StageOutcome<RawArticle> next;
            while ((next = reader.read()) != null) {
                boolean stored = next instanceof StageOutcome.Accepted<RawArticle> a
                        ? store.containsArticle(a.value().id())
                        : store.containsRejection(((StageOutcome.Rejected<RawArticle>) next).rejection().articleId(),
                                ((StageOutcome.Rejected<RawArticle>) next).rejection().source());
                if (!stored) {
                    return next;
                }
                skipped++;
            }
            return null;
        }

        @Override
        public ReaderStats stats() {
            return reader.stats();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
