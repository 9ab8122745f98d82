package org.dossier.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
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
 *   <li>{@code articles}: every article read and cleaned, in input order, with its story and, for a duplicate,
 *       what it duplicates;</li>
 *   <li>{@code stories}: one row per story, in order of story number;</li>
 *   <li>{@code briefings}: one row per story, its briefing in the JSON of {@code docs/json-format.md} (embedded
 *       as an object in JSON lines, as a string column in Parquet);</li>
 *   <li>{@code skipped}: every input item that gave no article, and every story whose briefing failed.</li>
 * </ul>
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

    void writeArticles(JavaPairRDD<Long, PreparedArticle> all, JavaPairRDD<Long, Long> storyOf,
                       JavaPairRDD<Long, String> names, JavaPairRDD<Long, String[]> duplicates) {
        int p = options.partitions();
        JavaRDD<Row> rows = all.join(storyOf, p)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()))
                .join(names, p)
                .mapToPair(e -> new Tuple2<>(e._2()._1().seq(), new Tuple2<>(e._2()._1(), e._2()._2())))
                .leftOuterJoin(duplicates, p)
                .sortByKey(true, p)
                .map(e -> {
                    PreparedArticle a = e._2()._1()._1();
                    ArticleRow r = a.article();
                    Optional<String[]> dup = e._2()._2();
                    return RowFactory.create(a.seq(), a.storeId(), r.id(), r.origin(), r.title(), r.outlet(),
                            iso(r.published()), r.url(), e._2()._1()._2(), dup.isPresent() ? dup.get()[0] : null,
                            dup.isPresent() ? dup.get()[1] : null);
                });
        write(rows, ARTICLES, "articles");
    }

    /** One member of a story as the listing needs it. */
    private record Member(long seq, String id, String outlet, LocalDate published, boolean nearDuplicate)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    void writeStories(JavaPairRDD<Long, PreparedArticle> unique, JavaPairRDD<Long, Long> storyOf,
                      JavaPairRDD<Long, String> names, JavaPairRDD<Long, String> headlines,
                      JavaPairRDD<Long, Long> nearDupRoot) {
        int p = options.partitions();
        JavaRDD<Row> rows = unique.leftOuterJoin(nearDupRoot, p).join(storyOf, p)
                .mapToPair(e -> {
                    PreparedArticle a = e._2()._1()._1();
                    return new Tuple2<>(e._2()._2(), new Member(a.seq(), a.storeId(), a.article().outlet(),
                            a.published(), e._2()._1()._2().isPresent()));
                })
                .groupByKey(p)
                .join(names, p)
                .leftOuterJoin(headlines, p)
                .mapToPair(e -> {
                    String name = e._2()._1()._2();
                    String headline = e._2()._2().orElse(null);
                    return new Tuple2<>(Long.parseLong(name.substring(1)),
                            storyRow(name, e._2()._1()._1(), headline == null || headline.isEmpty() ? null : headline));
                })
                .sortByKey(true, p)
                .values();
        write(rows, STORIES, "stories");
    }

    private static Row storyRow(String name, Iterable<Member> members, String headline) {
        List<Member> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort((x, y) -> Long.compare(x.seq(), y.seq()));
        List<String> ids = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        int distinct = 0;
        for (Member m : sorted) {
            ids.add(m.id());
            if (m.outlet() != null) {
                sources.add(m.outlet());
            }
            if (m.published() != null) {
                first = first == null || m.published().isBefore(first) ? m.published() : first;
                last = last == null || m.published().isAfter(last) ? m.published() : last;
            }
            distinct += m.nearDuplicate() ? 0 : 1;
        }
        return RowFactory.create(name, sorted.size(), distinct, ids.toArray(new String[0]),
                sources.toArray(new String[0]), iso(first), iso(last), headline);
    }

    void writeBriefings(JavaRDD<StoryBriefer.Outcome> briefed) {
        int p = options.partitions();
        JavaPairRDD<Long, StoryBriefer.Outcome> ordered = briefed
                .mapToPair(b -> new Tuple2<>(Long.parseLong(b.story().substring(1)), b)).sortByKey(true, p);
        if (options.format().jsonl()) {
            JavaRDD<Row> lines = ordered.values()
                    .map(b -> RowFactory.create("{\"story\":\"" + b.story() + "\",\"briefing\":" + b.json() + "}"));
            spark.createDataFrame(lines, LINES).write().mode(SaveMode.ErrorIfExists)
                    .text(path("briefings", "jsonl"));
        }
        if (options.format().parquet()) {
            JavaRDD<Row> rows = ordered.values().map(b -> RowFactory.create(b.story(), b.json()));
            spark.createDataFrame(rows, BRIEFINGS).write().mode(SaveMode.ErrorIfExists)
                    .parquet(path("briefings", "parquet"));
        }
    }

    /** Writes the problems and returns how many there were. */
    long writeSkipped(JavaRDD<CleanOutcome> problems) {
        JavaRDD<Row> rows = problems.sortBy(CleanOutcome::seq, true, options.partitions())
                .map(c -> RowFactory.create(c.where(), c.problem()));
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
