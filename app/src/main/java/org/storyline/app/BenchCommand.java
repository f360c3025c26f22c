package org.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storyline.ingest.ArticleReader;
import org.storyline.ingest.ArticleReaders;
import org.storyline.ingest.IngestOptions;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleHints;
import org.storyline.model.InputFormat;
import org.storyline.model.RawArticle;
import org.storyline.model.StageOutcome;
import org.storyline.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storyline bench ...}: throughput and memory of a stage, measured end to end on real inputs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput (articles/s, per CPU-second) and peak heap of a stage.",
        subcommands = {BenchCommand.Clean.class, BenchCommand.Extract.class, BenchCommand.Ingest.class,
                BenchCommand.MakeWarc.class, BenchServeCommand.class})
final class BenchCommand extends CommandGroup {

    /**
     * {@code storyline bench clean PATH...}: the {@code extract --clean-only} path end to end (read, decode, clean,
     * write JSON to a null sink) on one thread, repeated; warm-up passes are not counted.
     */
    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = {"Throughput of extract --clean-only end to end on one thread: reading, decoding, cleaning "
                    + "and JSON writing (to a null sink). Reports pages per CPU-second (process CPU time, so GC and "
                    + "JIT count), pages per wall second and peak heap."})
    static final class Clean implements Callable<Integer> {
        @Mixin
        InputOptions input;

        @Option(names = "--warmup", defaultValue = "5", description = "Passes not counted (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--passes", defaultValue = "3", description = "Measured passes (default: ${DEFAULT-VALUE}).")
        int passes;

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            var paths = input.existingPaths();
            var pipeline = ExtractCommand.newPipeline(true, true, input.maxBytes);
            var options = IngestOptions.DEFAULTS.withMaxRecordBytes(input.maxBytes);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            List<double[]> measured = new ArrayList<>();
            long articles = 0;
            long rejected = 0;
            resetPeaks();
            for (int pass = 0; pass < warmup + passes; pass++) {
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                RunSummary summary;
                try (ArticleReader reader = ArticleReaders.open(paths, options);
                        var writer = new ArticleJsonWriter(OutputStream.nullOutputStream())) {
                    summary = pipeline.run(reader, 1, writer::write, outcome -> {});
                }
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - wall0) / 1e9;
                long n = summary.inputs();
                spec.commandLine().getErr().printf("pass %d%s: %d inputs, %.1f s CPU, %.1f s wall, %.1f per CPU-second%n", pass + 1,
                        pass < warmup ? " (warm-up)" : "", n, cpu, wall, n / cpu);
                if (pass >= warmup) {
                    measured.add(new double[] {n, cpu, wall});
                    articles = summary.articlesOut();
                    rejected = summary.rejected();
                }
            }
            double n = measured.stream().mapToDouble(m -> m[0]).sum();
            double cpu = measured.stream().mapToDouble(m -> m[1]).sum();
            double wall = measured.stream().mapToDouble(m -> m[2]).sum();
            long peakHeap = peakHeapBytes();
            var out = spec.commandLine().getOut();
            if (json) {
                var node = new ObjectMapper().createObjectNode();
                node.put("inputs_per_pass", (long) (n / Math.max(1, measured.size())));
                node.put("articles_per_pass", articles);
                node.put("rejected_per_pass", rejected);
                node.put("pages_per_cpu_second", n / cpu);
                node.put("pages_per_wall_second", n / wall);
                node.put("peak_heap_mb", peakHeap / (1024.0 * 1024));
                node.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
                out.println(new ObjectMapper().writeValueAsString(node));
            } else {
                out.printf("inputs per pass        %d (%d articles, %d rejected)%n",
                        (long) (n / Math.max(1, measured.size())), articles, rejected);
                out.printf("pages per CPU-second   %.1f%n", n / cpu);
                out.printf("pages per wall second  %.1f%n", n / wall);
                out.printf("peak heap              %.0f MB (max heap %.0f MB)%n", peakHeap / (1024.0 * 1024),
                        Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
            }
            out.flush();
            return 0;
        }
    }

    /**
     * {@code storyline bench extract PATH...}: the full {@code extract} path end to end (read, decode, clean, CoreNLP
     * NER, actors, quotes, dates, write JSON to a null sink) on {@code --threads} workers, repeated; warm-up passes
     * are not counted. The pipeline load (CoreNLP, the actor knowledge) is timed apart, on one tiny article before
     * the passes.
     */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Throughput of extract (with entities, actors, quotes and dates) end to end: reading, "
                    + "decoding, cleaning, annotating and JSON writing (to a null sink). Reports the pipeline load "
                    + "time (one tiny article annotated first), articles per CPU-second (process CPU time, so GC, "
                    + "JIT and every worker count), articles per wall second and peak heap. Articles are those "
                    + "annotated; rejected inputs take time but are not counted."})
    static final class Extract implements Callable<Integer> {
        /** Annotated once before the passes, so the load is timed apart from the throughput. */
        private static final String PROBE = "Officials in Geneva said on Monday that talks would resume. "
                + "\u201cWe are ready,\u201d the minister said.";

        @Mixin
        InputOptions input;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
                description = "Worker threads, as extract --threads (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--warmup", defaultValue = "1", description = "Passes not counted (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--passes", defaultValue = "1", description = "Measured passes (default: ${DEFAULT-VALUE}).")
        int passes;

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (threads < 1) {
                throw new StorylineCommand.UserException("--threads must be at least 1, got " + threads);
            }
            if (warmup < 0 || passes < 1) {
                throw new StorylineCommand.UserException("--warmup must be at least 0 and --passes at least 1, got "
                        + warmup + " and " + passes);
            }
            var paths = input.existingPaths();
            var options = IngestOptions.DEFAULTS.withMaxRecordBytes(input.maxBytes);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            var err = spec.commandLine().getErr();

            resetPeaks();
            long loadCpu0 = os.getProcessCpuTime();
            long loadWall0 = System.nanoTime();
            var pipeline = ExtractCommand.newPipeline(false, true, input.maxBytes);
            var probe = pipeline.process(StageOutcome.accepted(new RawArticle("bench-probe", "bench-probe",
                    InputFormat.TEXT, PROBE.getBytes(StandardCharsets.UTF_8), Optional.of(StandardCharsets.UTF_8),
                    ArticleHints.NONE)));
            double loadWall = (System.nanoTime() - loadWall0) / 1e9;
            double loadCpu = (os.getProcessCpuTime() - loadCpu0) / 1e9;
            if (!(probe instanceof StageOutcome.Accepted<AnnotatedArticle> a) || a.value().annotations().isEmpty()) {
                throw new IllegalStateException("the load probe was not annotated: " + probe);
            }
            long loadPeakHeap = peakHeapBytes();
            err.printf("pipeline loaded: %.1f s wall, %.1f s CPU%n", loadWall, loadCpu);

            List<double[]> measured = new ArrayList<>();
            long inputs = 0;
            long articles = 0;
            long rejected = 0;
            resetPeaks();
            for (int pass = 0; pass < warmup + passes; pass++) {
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                RunSummary summary;
                try (ArticleReader reader = ArticleReaders.open(paths, options);
                        var writer = new ArticleJsonWriter(OutputStream.nullOutputStream())) {
                    summary = pipeline.run(reader, threads, writer::write, outcome -> {});
                }
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - wall0) / 1e9;
                long n = summary.articlesOut();
                err.printf("pass %d%s: %d inputs, %d articles, %.1f s CPU, %.1f s wall, %.2f articles per CPU-second, "
                        + "%.2f per wall second%n", pass + 1, pass < warmup ? " (warm-up)" : "", summary.inputs(), n,
                        cpu, wall, n / cpu, n / wall);
                if (pass >= warmup) {
                    measured.add(new double[] {n, cpu, wall});
                    inputs = summary.inputs();
                    articles = n;
                    rejected = summary.rejected();
                }
            }
            double n = measured.stream().mapToDouble(m -> m[0]).sum();
            double cpu = measured.stream().mapToDouble(m -> m[1]).sum();
            double wall = measured.stream().mapToDouble(m -> m[2]).sum();
            long peakHeap = peakHeapBytes();
            double mb = 1024.0 * 1024;
            var out = spec.commandLine().getOut();
            if (json) {
                var node = new ObjectMapper().createObjectNode();
                node.put("threads", threads);
                node.put("load_seconds", loadWall);
                node.put("load_cpu_seconds", loadCpu);
                node.put("inputs_per_pass", inputs);
                node.put("articles_per_pass", articles);
                node.put("rejected_per_pass", rejected);
                node.put("articles_per_cpu_second", n / cpu);
                node.put("articles_per_wall_second", n / wall);
                node.put("peak_heap_mb", peakHeap / mb);
                node.put("load_peak_heap_mb", loadPeakHeap / mb);
                node.put("max_heap_mb", Runtime.getRuntime().maxMemory() / mb);
                out.println(new ObjectMapper().writeValueAsString(node));
            } else {
                out.printf("pipeline load             %.1f s (%.1f s CPU)%n", loadWall, loadCpu);
                out.printf("inputs per pass           %d (%d articles, %d rejected)%n", inputs, articles, rejected);
                out.printf("threads                   %d%n", threads);
                out.printf("articles per CPU-second   %.2f%n", n / cpu);
                out.printf("articles per wall second  %.2f%n", n / wall);
                out.printf("peak heap                 %.0f MB (load %.0f MB, max heap %.0f MB)%n", peakHeap / mb,
                        loadPeakHeap / mb, Runtime.getRuntime().maxMemory() / mb);
            }
            out.flush();
            return 0;
        }
    }

    /**
     * {@code storyline bench make-warc}: writes a large uncompressed WARC of HTTP response records by repeating the
     * HTML pages of a folder, for memory benchmarks (e.g. peak heap while cleaning a 2 GB WARC).
     */
    @Command(name = "make-warc", mixinStandardHelpOptions = true,
            description = "Write a WARC of the given size by repeating the HTML pages of a folder (for benchmarks).")
    static final class MakeWarc implements Callable<Integer> {
        @Option(names = "--pages", required = true, paramLabel = "DIR", description = "Folder of *.html pages.")
        java.nio.file.Path pages;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The WARC file to write.")
        java.nio.file.Path out;

        @Option(names = "--size-mb", defaultValue = "2048", description = "Size to reach (default: ${DEFAULT-VALUE}).")
        long sizeMb;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<java.nio.file.Path> files;
            try (var s = java.nio.file.Files.list(pages)) {
                files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new StorylineCommand.UserException("no *.html pages in " + pages);
            }
            long limit = sizeMb * 1024 * 1024;
            long written = 0;
            long records = 0;
            var ascii = java.nio.charset.StandardCharsets.US_ASCII;
            try (OutputStream w = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(out), 1 << 20)) {
                while (written < limit) {
                    for (java.nio.file.Path page : files) {
                        byte[] body = java.nio.file.Files.readAllBytes(page);
                        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                                + body.length + "\r\n\r\n").getBytes(ascii);
                        records++;
                        byte[] head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.invalid/"
                                + records + "/" + page.getFileName() + "\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                                        Long.toString(records).getBytes(ascii)) + ">\r\n"
                                + "Content-Type: application/http;msgtype=response\r\nContent-Length: "
                                + (http.length + body.length) + "\r\n\r\n").getBytes(ascii);
                        w.write(head);
                        w.write(http);
                        w.write(body);
                        w.write("\r\n\r\n".getBytes(ascii));
                        written += head.length + http.length + body.length + 4;
                        if (written >= limit) {
                            break;
                        }
                    }
                }
            }
            spec.commandLine().getOut().printf("%s: %d records, %.0f MB%n", out, records, written / 1048576.0);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /**
     * {@code storyline bench ingest --articles N}: the store and the story engine at scale. Synthesises N fictional
     * articles from a cleaned corpus ({@link BenchCorpus}: names, dates and places templated per variant), stores each
     * in its own transaction and places it into a story ({@link StoryUpdater}, as {@code ingest} does), one thread,
     * and reports articles per second for each window of articles, so that a cost per article growing with the store
     * would show, and the peak heap. No CoreNLP: the articles are those of {@code ingest --clean-only}.
     */
    @Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Throughput of ingest --clean-only at scale: N fictional articles synthesised from the "
                    + "demo corpus (names, dates and places templated, so each copy of the corpus is a new set of "
                    + "stories) are stored and placed into stories one at a time. Prints articles/s per window "
                    + "(store and story time apart), then totals and peak heap."})
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
                description = "Articles to synthesise and ingest (default: ${DEFAULT-VALUE}).")
        long articles;

        @Option(names = "--window", paramLabel = "N", defaultValue = "10000",
                description = "Report every N articles (default: ${DEFAULT-VALUE}).")
        long window;

        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "demo/corpus",
                description = "Articles to template (default: ${DEFAULT-VALUE}).")
        java.nio.file.Path corpus;

        @Option(names = "--store", paramLabel = "DIR",
                description = "An empty or new directory for the embedded store (default: a temporary one, deleted "
                        + "after the run).")
        java.nio.file.Path store;

        @Option(names = "--no-embeddings", description = "Score stories without the MiniLM embeddings.")
        boolean noEmbeddings;

        @Option(names = "--json", description = "Print the totals as one JSON object (windows still go to stderr).")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (articles < 1 || window < 1) {
                throw new StorylineCommand.UserException("--articles and --window must be at least 1, got "
                        + articles + " and " + window);
            }
            if (!java.nio.file.Files.isDirectory(corpus)) {
                throw new StorylineCommand.UserException("corpus folder not found: " + corpus
                        + " (run from the repository root, or give --corpus)");
            }
            java.nio.file.Path dir = store;
            boolean temporary = dir == null;
            if (temporary) {
                dir = java.nio.file.Files.createTempDirectory("storyline-bench-");
            } else if (java.nio.file.Files.isDirectory(dir)) {
                try (var entries = java.nio.file.Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new StorylineCommand.UserException("--store " + dir + " is not empty; give a new "
                                + "directory (the benchmark starts from an empty store)");
                    }
                }
            }
            var base = new ArrayList<AnnotatedArticle>();
            try (ArticleReader reader = ArticleReaders.open(List.of(corpus), IngestOptions.DEFAULTS)) {
                ExtractCommand.newPipeline(true, false, IngestOptions.DEFAULT_MAX_RECORD_BYTES).run(reader, 1,
                        outcome -> {
                            if (outcome instanceof StageOutcome.Accepted<AnnotatedArticle> a) {
                                base.add(a.value());
                            }
                        }, outcome -> {});
            }
            if (base.isEmpty()) {
                throw new StorylineCommand.UserException("no articles in " + corpus);
            }
            var synthetic = new BenchCorpus(base);
            var err = spec.commandLine().getErr();
            var out = spec.commandLine().getOut();
            double mb = 1024.0 * 1024;
            var memory = ManagementFactory.getMemoryMXBean();
            err.printf("bench ingest: %d articles from %d base articles (%d variants) into %s%n", articles,
                    base.size(), (articles + base.size() - 1) / base.size(), dir);
            err.printf("%9s %9s %10s %10s %10s %12s %9s %9s%n", "articles", "window_s", "articles/s", "store_ms",
                    "stories_ms", "checkpoint_s", "stories", "heap_mb");
            err.flush();
            var embedder = noEmbeddings ? org.storyline.stories.TextEmbedder.NONE
                    : new org.storyline.stories.MiniLmEmbedder();
            resetPeaks();
            long start = System.nanoTime();
            List<double[]> windows = new ArrayList<>();
            long storeNanos = 0;
            long storyNanos = 0;
            double checkpointSeconds;
            StoryUpdater stories = null;
            try (org.storyline.store.Store s = org.storyline.store.Stores.embedded(dir)) {
                stories = StoryUpdater.open(s, embedder, org.storyline.stories.StoryConfig.DEFAULT);
                long windowStart = System.nanoTime();
                long windowStore = 0;
                long windowStory = 0;
                double windowCheckpoint = 0;
                for (long i = 0; i < articles; i++) {
                    AnnotatedArticle a = synthetic.article(i);
                    long t0 = System.nanoTime();
                    if (s.add(StageOutcome.accepted(a)) != org.storyline.store.ArticleStore.Added.ARTICLE) {
                        throw new IllegalStateException("synthetic article " + i + " was not new: "
                                + a.article().source());
                    }
                    long t1 = System.nanoTime();
                    stories.place(a);
                    long t2 = System.nanoTime();
                    windowStore += t1 - t0;
                    windowStory += t2 - t1;
                    if ((i + 1) % window == 0 || i + 1 == articles) {
                        long n = (i % window) + 1;
                        double seconds = (System.nanoTime() - windowStart) / 1e9;
                        double checkpoint = stories.checkpointSeconds() - windowCheckpoint;
                        long heap = memory.getHeapMemoryUsage().getUsed();
                        err.printf("%9d %9.1f %10.1f %10.2f %10.2f %12.1f %9d %9.0f%n", i + 1, seconds, n / seconds,
                                windowStore / 1e6 / n, windowStory / 1e6 / n, checkpoint, stories.stories(),
                                heap / mb);
                        err.flush();
                        windows.add(new double[] {i + 1, seconds, n / seconds, windowStore / 1e6 / n,
                                windowStory / 1e6 / n, checkpoint, stories.stories(), heap / mb});
                        storeNanos += windowStore;
                        storyNanos += windowStory;
                        windowStart = System.nanoTime();
                        windowStore = 0;
                        windowStory = 0;
                        windowCheckpoint = stories.checkpointSeconds();
                    }
                }
                long c0 = System.nanoTime();
                stories.close();
                storyNanos += System.nanoTime() - c0;
                checkpointSeconds = stories.checkpointSeconds();
            }
            long diskBytes;
            try {
                diskBytes = directorySize(dir);
            } finally {
                if (temporary) {
                    deleteRecursively(dir);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = peakHeapBytes();
            long copies = stories.placed(org.storyline.stories.Placement.Decision.COPY);
            if (json) {
                var node = new ObjectMapper().createObjectNode();
                node.put("articles", articles);
                node.put("base_articles", base.size());
                node.put("seconds", seconds);
                node.put("articles_per_second", articles / seconds);
                node.put("store_ms_per_article", storeNanos / 1e6 / articles);
                node.put("stories_ms_per_article", storyNanos / 1e6 / articles);
                node.put("checkpoints", stories.checkpoints());
                node.put("checkpoint_seconds", checkpointSeconds);
                node.put("state_saved_mb", stories.stateBytesSaved() / mb);
                node.put("state_written_mb", stories.stateBytesWritten() / mb);
                node.put("store_disk_mb", diskBytes / mb);
                node.put("stories", stories.stories());
                node.put("copies", copies);
                node.put("merges", stories.merges());
                node.put("peak_heap_mb", peakHeap / mb);
                node.put("max_heap_mb", Runtime.getRuntime().maxMemory() / mb);
                var w = node.putArray("windows");
                for (double[] x : windows) {
                    var o = w.addObject();
                    o.put("articles", (long) x[0]);
                    o.put("seconds", x[1]);
                    o.put("articles_per_second", x[2]);
                    o.put("store_ms_per_article", x[3]);
                    o.put("stories_ms_per_article", x[4]);
                    o.put("checkpoint_seconds", x[5]);
                }
                out.println(new ObjectMapper().writeValueAsString(node));
            } else {
                out.printf("articles                 %d (%d base articles, %d variants)%n", articles, base.size(),
                        (articles + base.size() - 1) / base.size());
                out.printf("wall time                %.1f s%n", seconds);
                out.printf("articles per second      %.1f (store %.2f ms, stories %.2f ms per article)%n",
                        articles / seconds, storeNanos / 1e6 / articles, storyNanos / 1e6 / articles);
                out.printf("checkpoints              %d, %.1f s in all; engine state %.1f MB saved, %.1f MB written%n",
                        stories.checkpoints(), checkpointSeconds, stories.stateBytesSaved() / mb,
                        stories.stateBytesWritten() / mb);
                out.printf("store on disk            %.1f MB%n", diskBytes / mb);
                out.printf("stories                  %d (%d copies marked, %d merges)%n", stories.stories(), copies,
                        stories.merges());
                out.printf("peak heap                %.0f MB (max heap %.0f MB)%n", peakHeap / mb,
                        Runtime.getRuntime().maxMemory() / mb);
            }
            out.flush();
            return 0;
        }

        private static long directorySize(java.nio.file.Path dir) throws IOException {
            try (var paths = java.nio.file.Files.walk(dir)) {
                long bytes = 0;
                for (java.nio.file.Path p : paths.filter(java.nio.file.Files::isRegularFile).toList()) {
                    bytes += java.nio.file.Files.size(p);
                }
                return bytes;
            }
        }

        private static void deleteRecursively(java.nio.file.Path dir) throws IOException {
            try (var paths = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            }
        }
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset: an upper bound of the live-plus-garbage heap. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
