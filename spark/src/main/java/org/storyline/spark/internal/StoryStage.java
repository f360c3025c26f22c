package org.storyline.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.storyline.model.AnnotatedArticle;
import org.storyline.pipeline.ArticleTables;
import org.storyline.stories.ForwardingStoryState;
import org.storyline.stories.InMemoryStoryState;
import org.storyline.stories.MiniLmEmbedder;
import org.storyline.stories.StoryBuilder;
import org.storyline.stories.StoryConfig;
import org.storyline.stories.StoryEngine;
import org.storyline.stories.StoryJsonWriter;
import org.storyline.stories.TextEmbedder;
import scala.Tuple2;

/**
 * The second stage of the Spark job: stories. Articles are <b>blocked</b> by publication date (blocks of
 * {@code blockDays} days; 0 puts every article into one block), each block is sorted into input order (file number,
 * record number, id: the order in which {@code storyline ingest} stores the same inputs) and given to one
 * {@link StoryEngine}, the same incremental assignment that {@code ingest} runs. The engine's final assignment is then
 * joined back with the articles, grouped by story and built into CONTRACT.md section 3 rows by {@link StoryBuilder},
 * in parallel across stories.
 *
 * <p>Design decisions:
 * <ul>
 * <li><b>Why blocks by date</b>: the engine is sequential by nature (each article sees the stories of the ones
 *     before it) and costs milliseconds per article, against seconds for the NLP stages; blocks let a year of news
 *     run as many sequential passes in parallel. The price: a story never spans two blocks, and the term
 *     frequencies behind the engine's TF-IDF are those of the block. With one block (the default) the assignment
 *     equals an embedded {@code ingest} of the same inputs; choose blocks much longer than the engine's time
 *     window ({@link StoryConfig#windowDays()}) to keep the cut stories few. Articles without a date form one block
 *     of their own.</li>
 * <li><b>Memory</b>: the engine of a block keeps fingerprints and story profiles, not the articles (a few KB per
 *     article); articles meet their story again in a shuffle, one story at a time.</li>
 * </ul>
 */
public final class StoryStage {
    /** The columns of the {@code stories} table: CONTRACT.md section 3, plus the copies' kinds and outlet count. */
    public static final StructType SCHEMA = StructType.fromDDL("id STRING, title STRING, articles ARRAY<STRING>, "
            + "duplicates ARRAY<ARRAY<STRING>>, outlets ARRAY<STRING>, `first` STRING, `last` STRING, summary STRING, "
            + "timeline ARRAY<STRUCT<`date`: STRING, items: ARRAY<STRUCT<kind: STRING, article: STRING, `start`: INT, "
            + "`end`: INT, text: STRING, type: STRING, speaker: STRING, independent_outlets: INT>>>>, "
            + "disputes ARRAY<STRUCT<claim: STRING, sides: ARRAY<STRUCT<outlet: STRING, article: STRING, `start`: INT, "
            + "`end`: INT, text: STRING>>>>, near_duplicates ARRAY<ARRAY<STRING>>, independent_outlets INT");

    private static final int ID = column(ArticleTables.ARTICLES, "id");
    private static final int PUBLISHED = column(ArticleTables.ARTICLES, "published");
    private static final int FILE = column(ArticleTables.ARTICLES, "file_number");
    private static final int RECORD = column(ArticleTables.ARTICLES, "record_number");

    private StoryStage() {}

    /** Where an article sits: its block, then its input position. Sorted in that order. */
    record Position(long block, int file, int record, String id) implements Serializable, Comparable<Position> {
        private static final Comparator<Position> ORDER = Comparator.comparingLong(Position::block)
                .thenComparingInt(Position::file).thenComparingInt(Position::record)
                .thenComparing(Position::id);

        @Override
        public int compareTo(Position o) {
            return ORDER.compare(this, o);
        }
    }

    /** An article's place at the end of its block: its story, its rank in it, and what it copies. */
    record Membership(String storyId, int rank, StoryBuilder.Copy copy) implements Serializable {}

    /** Sends every article of a block to the same partition. */
    static final class BlockPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        BlockPartitioner(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) Math.floorMod(Long.hashCode(((Position) key).block()), (long) partitions);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BlockPartitioner p && p.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    /**
     * Clusters the accepted articles among {@code bundles} (rows of {@link SparkRows#bundleSchema()}) into stories
     * and returns them as rows of {@link #SCHEMA}, one per story.
     */
    public static Dataset<Row> stories(SparkSession spark, JavaRDD<Row> bundles, int blockDays, int partitions) {
        if (blockDays < 0) {
            throw new IllegalArgumentException("blockDays must be 0 (one block) or more: " + blockDays);
        }
        JavaPairRDD<Position, Row> articles = bundles
                .filter(b -> !b.getList(0).isEmpty())
                .mapToPair(b -> new Tuple2<>(position(b.getList(0).get(0), blockDays), b));
        JavaPairRDD<String, Membership> memberships = articles
                .repartitionAndSortWithinPartitions(new BlockPartitioner(partitions))
                .mapPartitionsToPair(StoryStage::assign);
        JavaRDD<String> json = memberships
                .join(articles.mapToPair(p -> new Tuple2<>(p._1().id(), p._2())))
                .mapToPair(m -> new Tuple2<>(m._2()._1().storyId(), new Tuple2<>(m._2()._1(), m._2()._2())))
                .groupByKey(partitions)
                .map(story -> build(story._1(), story._2()));
        return spark.read().schema(SCHEMA).json(spark.createDataset(json.rdd(), Encoders.STRING()));
    }

    private static Position position(Object articleRow, int blockDays) {
        Row a = (Row) articleRow;
        long block = 0;
        if (blockDays > 0) {
            block = a.isNullAt(PUBLISHED) ? Long.MIN_VALUE
                    : Math.floorDiv(LocalDate.parse(a.getString(PUBLISHED)).toEpochDay(), (long) blockDays);
        }
        return new Position(block, a.getInt(FILE), a.getInt(RECORD), a.getString(ID));
    }

    /** One engine per block over the partition's articles, sorted by block then input order. */
    private static Iterator<Tuple2<String, Membership>> assign(Iterator<Tuple2<Position, Row>> sorted) {
        List<Tuple2<String, Membership>> out = new ArrayList<>();
        StoryEngine engine = null;
        long block = 0;
        while (sorted.hasNext()) {
            Tuple2<Position, Row> next = sorted.next();
            if (engine == null || next._1().block() != block) {
                if (engine != null) {
                    memberships(engine, out);
                }
                engine = new StoryEngine(new LeanState(), Embedders.get(), StoryConfig.DEFAULT);
                block = next._1().block();
            }
            engine.add(SparkRows.article(next._2()));
        }
        if (engine != null) {
            memberships(engine, out);
        }
        return out.iterator();
    }

    private static void memberships(StoryEngine engine, List<Tuple2<String, Membership>> out) {
        for (String storyId : engine.state().storyIds()) {
            int rank = 0;
            for (String articleId : engine.state().articlesOf(storyId)) {
                out.add(new Tuple2<>(articleId, new Membership(storyId, rank++, engine.copy(articleId).orElse(null))));
            }
        }
    }

    private static String build(String storyId, Iterable<Tuple2<Membership, Row>> members) {
        List<Tuple2<Membership, Row>> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(m -> m._1().rank()));
        List<AnnotatedArticle> articles = new ArrayList<>(sorted.size());
        Map<String, StoryBuilder.Copy> copies = new LinkedHashMap<>();
        for (Tuple2<Membership, Row> m : sorted) {
            AnnotatedArticle article = SparkRows.article(m._2());
            articles.add(article);
            if (m._1().copy() != null) {
                copies.put(article.article().id(), m._1().copy());
            }
        }
        return StoryJsonWriter.toJson(StoryBuilder.build(storyId, articles, copies));
    }

    private static int column(ArticleTables.Table table, String name) {
        return table.columns().indexOf(ArticleTables.column(table, name));
    }

    /** The engine's state without the full articles, which the stage does not need until it builds the stories. */
    static final class LeanState extends ForwardingStoryState {
        LeanState() {
            super(new InMemoryStoryState());
        }

        @Override
        public void putArticle(AnnotatedArticle article) {
            // the articles meet their story again when it is built
        }

        @Override
        public Optional<AnnotatedArticle> article(String articleId) {
            return Optional.empty();
        }
    }

    /** The sentence embedder of this executor JVM (the model loads once, on the first article). */
    static final class Embedders {
        private static final TextEmbedder MINILM = new MiniLmEmbedder();

        static TextEmbedder get() {
            return MINILM;
        }
    }

}
