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
        subcommands = {BenchCommand.Clean.class, BenchCommand.Extract.class, BenchCommand.MakeWarc.class,
                BenchServeCommand.class})
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
