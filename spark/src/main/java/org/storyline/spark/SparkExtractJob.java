package org.storyline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.storyline.ingest.IngestOptions;
import org.storyline.pipeline.ArticleTables;
import org.storyline.pipeline.ExtractPipeline;
import org.storyline.pipeline.PipelineConfig;
import org.storyline.spark.internal.ExecutorPipelines;
import org.storyline.spark.internal.HadoopFiles;
import org.storyline.spark.internal.ListedFile;
import org.storyline.spark.internal.RawRecord;
import org.storyline.spark.internal.RecordIterator;
import org.storyline.spark.internal.SparkRows;
import org.storyline.spark.internal.StoryStage;
import scala.Tuple2;

/**
 * The extract pipeline as a Spark job: lists the inputs through Hadoop's file systems (local, HDFS, S3A), reads
 * WARC(.gz), JSONL, HTML and the other formats with the command line's own readers, runs the same stages per
 * partition and writes the Parquet tables of {@link ArticleTables} ({@code articles}, {@code entities},
 * {@code actors}, {@code quotes}, {@code events}, {@code rejected}) under the output directory.
 *
 * <pre>{@code
 * spark-submit --class org.storyline.spark.SparkExtractJob --jars "$(echo spark/target/job-lib/*.jar | tr ' ' ,)" \
 *     spark/target/storyline-spark.jar --out s3a://bucket/run1 s3a://commoncrawl/crawl-data/CC-NEWS/2024/01/
 * }</pre>
 *
 * <p>Two steps: reading (cheap; tasks over groups of files, each file read lazily record by record) and the NLP
 * stages (costly; records spread over partitions by article id, so a single large WARC file still uses every
 * core). A record that makes a stage fail becomes a {@code rejected} row and the job goes on (the pipeline's stage
 * guard). Ids are content hashes, and partitions are chosen by id, so a task Spark retries recomputes the same rows;
 * Spark's output committer keeps only one attempt's files. Each table directory is written with
 * {@link SaveMode#Overwrite}, so running again into the same output replaces the tables instead of appending.
 */
public final class SparkExtractJob {
    /** The table of stories (CONTRACT.md sections 3 and 6), written by the second stage. */
    public static final String STORIES = "stories";

    private SparkExtractJob() {}

    /** How many rows each table got, and the rejections by stage and code. */
    public record Summary(Map<String, Long> rows, Map<String, Long> rejectedByCode, long files, long millis) {
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format("spark   %d files in %.1f s: %d articles (%.2f/s), %d rejected", files,
                    millis / 1000.0, rows.get("articles"), rows.get("articles") * 1000.0 / Math.max(1, millis),
                    rows.get("rejected")));
            lines.add("tables  " + rows);
            if (!rejectedByCode.isEmpty()) {
                lines.add("rejected by stage:code " + rejectedByCode);
            }
            return lines;
        }
    }

    /** Runs the job on a session and writes the tables; the session stays open. */
    public static Summary run(SparkSession spark, SparkJobConfig config) throws IOException {
        long started = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<ListedFile> files = HadoopFiles.list(config.inputs(), hadoop);
        Broadcast<HashMap<String, String>> settings = context.broadcast(HadoopFiles.settings(hadoop));
        int partitions = config.partitions() > 0 ? config.partitions() : Math.max(1, context.defaultParallelism() * 4);
        IngestOptions options = IngestOptions.DEFAULTS.withMaxRecordBytes(config.pipeline().maxRecordBytes());

        JavaRDD<ListedFile> listed = context.parallelize(files, Math.max(1, Math.min(files.size(), partitions)));
        JavaRDD<RawRecord> records = listed.mapPartitions(it -> new RecordIterator(it, settings.value(), options));
        JavaRDD<Row> bundles = records
                .mapToPair(r -> new Tuple2<>(r.id(), r))
                .partitionBy(new HashPartitioner(partitions))
                .values()
                .mapPartitions(it -> process(config, it));
        Dataset<Row> bundle = spark.createDataFrame(bundles, SparkRows.bundleSchema())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (ArticleTables.Table table : ArticleTables.TABLES) {
                bundle.select(explode(col(table.name())).as("row")).select("row.*")
                        .write().mode(SaveMode.Overwrite).parquet(new Path(config.output(), table.name()).toString());
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            Column[] sums = ArticleTables.TABLES.stream().map(t -> sum(size(col(t.name())))).toArray(Column[]::new);
            Row totals = bundle.agg(sums[0], java.util.Arrays.copyOfRange(sums, 1, sums.length)).first();
            for (int i = 0; i < ArticleTables.TABLES.size(); i++) {
                rows.put(ArticleTables.TABLES.get(i).name(), totals.isNullAt(i) ? 0L : totals.getLong(i));
            }
            if (config.storyBlockDays() >= 0) {
                // read back from the written tables' source, the persisted bundles: no second NLP pass
                Dataset<Row> stories = StoryStage.stories(spark, bundle.toJavaRDD(), config.storyBlockDays(),
                        partitions).persist(StorageLevel.MEMORY_AND_DISK());
                try {
                    stories.write().mode(SaveMode.Overwrite).parquet(new Path(config.output(), STORIES).toString());
                    rows.put(STORIES, stories.count());
                } finally {
                    stories.unpersist();
                }
            }
            Map<String, Long> rejected = new LinkedHashMap<>();
            bundle.select(explode(col(ArticleTables.REJECTED.name())).as("r"))
                    .groupBy(col("r.stage"), col("r.code")).count().orderBy(col("r.stage"), col("r.code"))
                    .collectAsList().forEach(r -> rejected.put(r.getString(0) + ":" + r.getString(1), r.getLong(2)));
            return new Summary(rows, rejected, files.size(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            bundle.unpersist();
        }
    }

    private static Iterator<Row> process(SparkJobConfig config, Iterator<RawRecord> records) {
        ExtractPipeline pipeline = ExecutorPipelines.get(config);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                RawRecord record = records.next();
                return SparkRows.bundle(ArticleTables.rows(pipeline.process(record.outcome()), record.fileNumber(),
                        record.recordNumber()));
            }
        };
    }

    /**
     * {@code [--master URL] --out DIR [--knowledge FILE] [--triggers FILE] [--partitions N] [--clean-only]
     * [--no-language] PATH...}; without {@code --master} the master comes from {@code spark-submit}, else
     * {@code local[*]}. Exit code 0 when the run finished (some inputs may be rejected), 2 for bad arguments.
     */
    public static void main(String[] args) throws IOException {
        PrintStream err = System.err;
        String master = null;
        String out = null;
        String knowledge = null;
        String triggers = null;
        int partitions = 0;
        int storyBlockDays = 0;
        boolean cleanOnly = false;
        boolean language = true;
        List<String> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--master" -> master = value(args, ++i);
                    case "--out" -> out = value(args, ++i);
                    case "--knowledge" -> knowledge = value(args, ++i);
                    case "--triggers" -> triggers = value(args, ++i);
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                    case "--story-block-days" -> storyBlockDays = Integer.parseInt(value(args, ++i));
                    case "--no-stories" -> storyBlockDays = -1;
                    case "--clean-only" -> cleanOnly = true;
                    case "--no-language" -> language = false;
                    case "-h", "--help" -> {
                        err.println(USAGE);
                        return;
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            if (out == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("--out DIR and at least one PATH are needed");
            }
        } catch (IllegalArgumentException e) {
            err.println("storyline spark: " + e.getMessage());
            err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("storyline-extract");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        if (master == null || master.startsWith("local")) {
            builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            Configuration hadoop = spark.sparkContext().hadoopConfiguration();
            var config = new SparkJobConfig(inputs, out,
                    new PipelineConfig(cleanOnly, language, PipelineConfig.DEFAULT_MAX_RECORD_BYTES),
                    read(knowledge, hadoop), read(triggers, hadoop), partitions, storyBlockDays);
            run(spark, config).describe().forEach(err::println);
        } finally {
            spark.stop();
        }
    }

    private static final String USAGE = "usage: storyline spark [--master URL] --out DIR [--knowledge FILE] "
            + "[--triggers FILE] [--partitions N] [--story-block-days N | --no-stories] [--clean-only] [--no-language] "
            + "PATH...";

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** A small file's contents from any Hadoop path, or null for null. */
    private static String read(String file, Configuration hadoop) throws IOException {
        if (file == null) {
            return null;
        }
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(hadoop).open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
