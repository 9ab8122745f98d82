package org.dossier.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.eval.events.BCubed;
import org.dossier.eval.stream.SyntheticStream;

/**
 * The scaling benchmark of issue 5: the job in {@code local[2]} on synthetic streams of growing size (the team's
 * generator, {@link SyntheticStream}), written as JSON lines outside the repository.
 *
 * <pre>
 * java -cp ... org.dossier.spark.SparkScaleBenchmark [--sizes 10000,100000] [--dir /tmp] [--briefings]
 * </pre>
 *
 * For each size: wall time, articles per second, CPU time of the process per article (what load from other
 * processes inflates least), peak heap (the JVM's peak pool usage) and peak RSS ({@code VmHWM}, whole process,
 * since Spark runs driver and executors in it), the blocking's cost (clusterings per article, warm-ups included;
 * near-duplicate comparisons per article; windows; the largest window) and B-cubed F1 of the stories against the
 * generator's gold story. Then the slope of CPU time against size on a log-log scale: 1.0 is linear. Each size
 * runs in a fresh JVM when given alone (peak figures are per process), so run one size per invocation for clean
 * peaks.
 */
public final class SparkScaleBenchmark {
    private SparkScaleBenchmark() {
    }

    /** The figures of one size. */
    record Row2(int size, double wallSeconds, double cpuSeconds, long peakHeapMb, long peakRssMb, SparkJobResult r,
                BCubed quality) {
        String format() {
            BlockingStats b = r.blocking();
            return String.format(Locale.ROOT, "| %,d | %.0f | %.0f | %.2f | %d | %d | %.2f | %.2f | %d | %,d | %d | "
                            + "%.3f |", size, wallSeconds, size / wallSeconds, 1000 * cpuSeconds / size, peakHeapMb,
                    peakRssMb, b.slotsPerArticle(), (double) r.nearDupComparisons() / size, b.blocks(),
                    b.largestBlock(), r.stories(), quality.f1());
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(10_000, 100_000);
        Path dir = Path.of("/tmp");
        boolean briefings = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--dir" -> dir = Path.of(args[++i]);
                case "--briefings" -> briefings = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SparkSession spark = DossierSparkJob.session("local[2]");
        spark.sparkContext().setLogLevel("WARN");
        List<Row2> rows = new ArrayList<>();
        for (int size : sizes) {
            Path input = dir.resolve("spark-stream-" + size + ".jsonl");
            if (!Files.exists(input)) {
                new SyntheticStream(size, 1).write(input);
            }
            Path out = Files.createTempDirectory(dir, "spark-bench-").resolve("out");
            SparkJobOptions options = SparkJobOptions.of(List.of(input.toString()), out.toString())
                    .withBriefings(briefings).withPartitions(4);
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            SparkJobResult r = DossierSpark.run(spark, options);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            BCubed quality = quality(spark, input, out);
            rows.add(new Row2(size, wall, cpu, peakHeapMb(), peakRssMb(), r, quality));
            System.out.println(r);
            System.out.println(rows.get(rows.size() - 1).format());
        }
        System.out.println("| articles | wall s | articles/s | CPU ms/article | peak heap MB | peak RSS MB | "
                + "clusterings / clustered article | near-dup comparisons / article | windows | largest window | "
                + "stories | "
                + "B-cubed F1 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(r -> System.out.println(r.format()));
        if (rows.size() >= 2) {
            Row2 a = rows.get(0);
            Row2 b = rows.get(rows.size() - 1);
            double slope = Math.log(b.cpuSeconds() / a.cpuSeconds()) / Math.log((double) b.size() / a.size());
            System.out.printf(Locale.ROOT, "slope of CPU time against articles (log-log, %d to %d): %.2f%n", a.size(),
                    b.size(), slope);
        }
        spark.stop();
    }

    /** B-cubed of the job's stories against the generator's {@code story} field. */
    static BCubed quality(SparkSession spark, Path input, Path out) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> gold = new HashMap<>();
        try (var lines = Files.lines(input)) {
            lines.forEach(line -> {
                try {
                    var node = json.readTree(line);
                    gold.put(node.path("id").asText(), node.path("story").asText());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        List<String> predicted = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (Row r : spark.read().json(out + "/articles/jsonl").select("inputId", "story").collectAsList()) {
            predicted.add(r.getString(1));
            truth.add(gold.get(r.getString(0)));
        }
        return BCubed.score(predicted, truth);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
