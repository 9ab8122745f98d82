package org.dossier.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Writes the job's tables under the output folder, each as {@code TABLE/jsonl/} (JSON lines, every field present,
 * null when unknown) and/or {@code TABLE/parquet/}:
 *
 * <ul>
 *   <li>{@code articles}: every article read and cleaned, with its arrival number ({@code seq}, the input order),
 *       its story and, for a duplicate, what it duplicates;</li>
 *   <li>{@code stories}: one row per story;</li>
 *   <li>{@code briefings}: one row per story, its briefing in the JSON of {@code docs/json-format.md} (embedded
 *       as an object in JSON lines, as a string column in Parquet);</li>
 *   <li>{@code skipped}: every input item that gave no article, and every story whose briefing failed.</li>
 * </ul>
 *
 * Rows are not sorted (a global sort costs a shuffle of its own); {@code seq} and the story number give the order.
 */
final class JobOutput {
    static final StructType ARTICLES = new StructType(new StructField[] {
        field("seq", DataTypes.LongType), field("id", DataTypes.StringType), field("inputId", DataTypes.StringType),
        field("origin", DataTypes.StringType), field("title", DataTypes.StringType),
        field("outlet", DataTypes.StringType), field("published", DataTypes.StringType),
        field("url", DataTypes.StringType), field("story", DataTypes.StringType),
        field("duplicate", DataTypes.StringType), field("duplicateOf", DataTypes.StringType)});
    static final StructType STORIES = new StructType(new StructField[] {
        field("id", DataTypes.StringType), field("size", DataTypes.IntegerType),
        field("distinctTexts", DataTypes.IntegerType),
        field("memberIds", DataTypes.createArrayType(DataTypes.StringType)),
        field("sources", DataTypes.createArrayType(DataTypes.StringType)), field("first", DataTypes.StringType),
        field("last", DataTypes.StringType), field("headline", DataTypes.StringType)});
    static final StructType BRIEFINGS = new StructType(new StructField[] {
        field("story", DataTypes.StringType), field("briefing", DataTypes.StringType)});
    static final StructType SKIPPED = new StructType(new StructField[] {
        field("where", DataTypes.StringType), field("reason", DataTypes.StringType)});
    private static final StructType LINES = new StructType(new StructField[] {field("value", DataTypes.StringType)});

    private final SparkSession spark;
    private final SparkJobOptions options;

    JobOutput(SparkSession spark, SparkJobOptions options) {
        this.spark = spark;
        this.options = options;
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /** The articles table: every article cleaned, exact duplicates included. */
    long writeArticles(JavaRDD<PlacedArticle> placed) {
        JavaRDD<Row> rows = placed.map(a -> RowFactory.create(a.seq(), a.id(), a.inputId(), a.origin(), a.title(),
                a.outlet(), iso(a.published()), a.url(), a.story(), a.duplicate(), a.duplicateOf()));
        return write(rows, ARTICLES, "articles");
    }

    /**
     * The stories table, from the placed articles (exact duplicates are not members: the store keeps one copy of
     * a key) and each story's headline.
     */
    long writeStories(JavaRDD<PlacedArticle> placed, JavaPairRDD<String, String> headlines) {
        int p = options.partitions();
        JavaRDD<Row> rows = placed.filter(a -> !"exact".equals(a.duplicate()))
                .mapToPair(a -> new Tuple2<>(a.story(), a))
                .groupByKey(p)
                .leftOuterJoin(headlines, p)
                .map(e -> {
                    String headline = e._2()._2().orElse(null);
                    return storyRow(e._1(), e._2()._1(), headline == null || headline.isEmpty() ? null : headline);
                });
        return write(rows, STORIES, "stories");
    }

    private static Row storyRow(String name, Iterable<PlacedArticle> members, String headline) {
        List<PlacedArticle> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort((x, y) -> Long.compare(x.seq(), y.seq()));
        List<String> ids = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        int distinct = 0;
        for (PlacedArticle m : sorted) {
            ids.add(m.id());
            if (m.outlet() != null) {
                sources.add(m.outlet());
            }
            if (m.published() != null) {
                first = first == null || m.published().isBefore(first) ? m.published() : first;
                last = last == null || m.published().isAfter(last) ? m.published() : last;
            }
            distinct += m.duplicate() == null ? 1 : 0;
        }
        return RowFactory.create(name, sorted.size(), distinct, ids.toArray(new String[0]),
                sources.toArray(new String[0]), iso(first), iso(last), headline);
    }

    void writeBriefings(JavaRDD<StoryBriefer.Outcome> briefed) {
        int p = options.partitions();
        if (options.format().jsonl()) {
            JavaRDD<Row> lines = briefed
                    .map(b -> RowFactory.create("{\"story\":\"" + b.story() + "\",\"briefing\":" + b.json() + "}"));
            spark.createDataFrame(lines, LINES).write().mode(SaveMode.ErrorIfExists)
                    .text(path("briefings", "jsonl"));
        }
        if (options.format().parquet()) {
            JavaRDD<Row> rows = briefed.map(b -> RowFactory.create(b.story(), b.json()));
            spark.createDataFrame(rows, BRIEFINGS).write().mode(SaveMode.ErrorIfExists)
                    .parquet(path("briefings", "parquet"));
        }
    }

    /** Writes the problems and returns how many there were. */
    long writeSkipped(JavaRDD<CleanOutcome> problems) {
        JavaRDD<Row> rows = problems.map(c -> RowFactory.create(c.where(), c.problem()));
        return write(rows, SKIPPED, "skipped");
    }

    private long write(JavaRDD<Row> rows, StructType schema, String table) {
        Dataset<Row> df = spark.createDataFrame(rows, schema).persist(org.apache.spark.storage.StorageLevel
                .MEMORY_AND_DISK_SER());
        if (options.format().jsonl()) {
            df.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").json(path(table, "jsonl"));
        }
        if (options.format().parquet()) {
            df.write().mode(SaveMode.ErrorIfExists).parquet(path(table, "parquet"));
        }
        long n = df.count();
        df.unpersist(false);
        return n;
    }

    private String path(String table, String kind) {
        String base = options.output().endsWith("/") ? options.output() : options.output() + "/";
        return base + table + "/" + kind;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
