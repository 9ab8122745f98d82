package org.dossier.spark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dossier.read.JsonLinesReader;
import org.dossier.read.ReadResult;
import scala.Tuple2;

/**
 * Reads the job's inputs, from any Hadoop-compatible path ({@code file:}, {@code hdfs:}, {@code s3a:}, globs and
 * folders), into one RDD of {@link ReadItem}s numbered in input order.
 *
 * <p>The number ({@code seq}) is the arrival order: inputs in the order given, each in the order Hadoop lists its
 * files and splits, lines and records in file order. It is what the single-machine ingest would see reading the
 * same files one after the other, and every later stage keeps it so that each block replays its articles in
 * that order.
 *
 * <ul>
 *   <li>JSON lines ({@link InputFormat#JSONL}, gzipped too): each line through {@link JsonLinesReader#readLine},
 *       so the accepted field names and the skipping of bad lines are the single-machine reader's.</li>
 *   <li>WARC: each file whole in one task ({@code binaryFiles}; a gzipped WARC cannot be split), through
 *       {@link WarcArticles}.</li>
 *   <li>Parquet: through Spark's reader, rows mapped by {@link ParquetArticles}.</li>
 * </ul>
 */
final class ArticleInputs {
    private ArticleInputs() {
    }

    /** Every item of every input, numbered from 0 in input order. */
    static JavaPairRDD<ReadItem, Long> read(SparkSession spark, List<String> paths, InputFormat forced,
                                            int minPartitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<ReadItem>> parts = new ArrayList<>();
        for (String path : paths) {
            InputFormat format = forced != null ? forced : InputFormat.guess(path);
            parts.add(switch (format) {
                case JSONL -> jsonLines(sc, path, minPartitions);
                case WARC -> warc(sc, path, minPartitions);
                case PARQUET -> parquet(spark, path);
            });
        }
        JavaRDD<ReadItem> all = parts.size() == 1 ? parts.get(0) : sc.union(parts.toArray(new JavaRDD[0]));
        return all.zipWithIndex();
    }

    private static JavaRDD<ReadItem> jsonLines(JavaSparkContext sc, String path, int minPartitions) {
        return sc.textFile(path, minPartitions).zipWithIndex().mapPartitions(lines -> {
            JsonLinesReader reader = new JsonLinesReader();
            List<ReadItem> out = new ArrayList<>();
            while (lines.hasNext()) {
                Tuple2<String, Long> line = lines.next();
                if (line._1().isBlank()) {
                    continue;
                }
                ReadResult r = reader.readLine(path, line._1(), Math.toIntExact(line._2() + 1));
                r.articles().forEach(a -> out.add(ReadItem.of(ArticleRow.of(a))));
                r.skipped().forEach(issue -> out.add(ReadItem.skipped(issue.origin(), issue.message())));
            }
            return out.iterator();
        });
    }

    private static JavaRDD<ReadItem> warc(JavaSparkContext sc, String path, int minPartitions) {
        return sc.binaryFiles(path, minPartitions).flatMap(file -> {
            try (InputStream in = file._2().open()) {
                return new WarcArticles().read(in, file._1()).iterator();
            }
        });
    }

    private static JavaRDD<ReadItem> parquet(SparkSession spark, String path) {
        return spark.read().parquet(path).javaRDD().zipWithIndex()
                .map(row -> ParquetArticles.toItem(row._1(), path, row._2() + 1));
    }
}
