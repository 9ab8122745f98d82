package org.dossier.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.eval.events.BCubed;
import org.dossier.eval.events.EcbDocument;
import org.dossier.group.stories.StorySettings;
import org.dossier.model.Article;
import org.dossier.read.Input;
import org.dossier.read.JsonLinesReader;

/**
 * Compares the Spark job's stories with the single machine's on the same input, scored with B-cubed against a gold
 * story label: the gate of issue 5 on ECB+ ({@code clustering/ecbplus-dev.jsonl}, gold {@code event}), and the same
 * comparison on any JSON-lines file with a gold field (the benchmark uses it on held-out data).
 *
 * <p>The Spark run uses windows far smaller than the file ({@value #GATE_BLOCK} positions, against 10,000 by
 * default) so that the blocking really cuts: with the default every ECB+ document lands in one window and the
 * comparison would prove nothing.
 */
public final class SparkEcbPlusGate {
    static final String FILE = "clustering/ecbplus-dev.jsonl";
    /** Window size of the gate's Spark run. */
    static final int GATE_BLOCK = 50;
    /** Largest allowed difference in B-cubed F1 between the Spark and the single-machine stories. */
    static final double TARGET = 0.01;
    /**
     * Least B-cubed F1 of the Spark stories scored against the single machine's: the scores could match while the
     * stories differ, so the gate also checks that the stories themselves are nearly the same (0.97 measured at
     * windows of 50 when this was set).
     */
    static final double AGREEMENT = 0.95;

    /** The figures of one comparison. */
    public record Comparison(BCubed spark, BCubed single, BCubed agreement, long sparkStories, int singleStories,
                             BlockingStats blocking, long sparkMillis, long singleMillis) {
        public boolean passed() {
            return Math.abs(spark.f1() - single.f1()) <= TARGET && agreement.f1() >= AGREEMENT;
        }

        public GateLine gateLine(String name) {
            return new GateLine(name, String.format(Locale.ROOT,
                    "B-cubed F1 %.3f on Spark (P %.3f R %.3f, %d stories, %d windows, largest %d, "
                            + "%.2f clusterings per article) vs %.3f single-machine (P %.3f R %.3f, %d stories), "
                            + "difference %.3f (target at most %.2f); Spark vs single-machine "
                            + "agreement F1 %.3f (at least %.2f); "
                            + "%d docs; Spark %d ms, single %d ms",
                    spark.f1(), spark.precision(), spark.recall(), sparkStories, blocking.blocks(),
                    blocking.largestBlock(), blocking.slotsPerArticle(), single.f1(),
                    single.precision(), single.recall(), singleStories, Math.abs(spark.f1() - single.f1()),
                    TARGET, agreement.f1(), AGREEMENT, spark.items(), sparkMillis, singleMillis), passed());
        }
    }

    private SparkEcbPlusGate() {
    }

    /**
     * Runs both on {@code file} and scores them against {@code goldField} of each line.
     *
     * @param output a folder that does not exist yet, for the Spark job's tables
     */
    public static Comparison compare(SparkSession spark, Path file, String goldField, SparkJobOptions options)
            throws Exception {
        return compare(spark, Reference.of(file, goldField, options), options);
    }

    /** The single machine's stories on a file, computed once for several Spark runs. */
    record Reference(List<Article> articles, Map<String, String> gold, SingleMachineStories.Result single,
                     long millis) {
        static Reference of(Path file, String goldField, SparkJobOptions options) throws Exception {
            List<Article> articles = new JsonLinesReader().read(new Input(file.toString(), Files.readAllBytes(file)))
                    .articles();
            long t1 = System.nanoTime();
            SingleMachineStories.Result single = SingleMachineStories.cluster(articles, options.stories());
            return new Reference(articles, goldById(file, goldField), single, (System.nanoTime() - t1) / 1_000_000);
        }
    }

    static Comparison compare(SparkSession spark, Reference ref, SparkJobOptions options) {
        List<Article> articles = ref.articles();
        Map<String, String> gold = ref.gold();

        long t0 = System.nanoTime();
        SparkJobResult result = DossierSpark.run(spark, options);
        long sparkMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> sparkStory = new HashMap<>();
        for (Row r : spark.read().json(options.output() + "/articles/jsonl").select("inputId", "story")
                .collectAsList()) {
            sparkStory.put(r.getString(0), r.getString(1));
        }

        SingleMachineStories.Result single = ref.single();
        long singleMillis = ref.millis();

        List<String> g = new ArrayList<>();
        List<String> s = new ArrayList<>();
        List<String> m = new ArrayList<>();
        single.storyOf().forEach((i, story) -> {
            String id = articles.get(i).id();
            g.add(gold.get(id));
            s.add(sparkStory.get(id));
            m.add(story);
        });
        return new Comparison(BCubed.score(s, g), BCubed.score(m, g), BCubed.score(s, m), result.stories(),
                single.stories(), result.blocking(), sparkMillis, singleMillis);
    }

    private static Map<String, String> goldById(Path file, String field) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                var node = json.readTree(line);
                out.put(node.path("id").asText(), node.path(field).asText());
            }
        }
        return out;
    }

    /** The gate's options: no briefings, blocks of {@value #GATE_BLOCK}. */
    static SparkJobOptions gateOptions(Path input, Path output) {
        return SparkJobOptions.of(List.of(input.toString()), output.toString()).withBriefings(false)
                .withPartitions(2).withBlocking(BlockingSettings.DEFAULT.withBlockArticles(GATE_BLOCK));
    }

    /**
     * {@code java -cp ... org.dossier.spark.SparkEcbPlusGate [FILE GOLD_FIELD] [--block N]}: the ECB+ gate by
     * default, or the same comparison on another file.
     */
    public static void main(String[] args) throws Exception {
        boolean named = args.length >= 2 && !args[0].startsWith("--");
        Path file = named ? Path.of(args[0]) : SharedData.resolve(FILE).orElse(null);
        String field = named ? args[1] : "event";
        List<BlockingSettings> configs = new ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--block")) {
                configs.add(BlockingSettings.DEFAULT.withBlockArticles(Integer.parseInt(args[i + 1])));
            }
            if (args[i].equals("--blocking")) { // BLOCK:WARM_UP, for sweeps
                String[] v = args[i + 1].split(":");
                configs.add(new BlockingSettings(Integer.parseInt(v[0]), Integer.parseInt(v[1])));
            }
        }
        if (configs.isEmpty()) {
            configs.add(BlockingSettings.DEFAULT.withBlockArticles(GATE_BLOCK));
        }
        if (file == null) {
            System.out.println("shared data not found: " + FILE + " (set DOSSIER_DATA)");
            return;
        }
        SparkSession spark = DossierSparkJob.session("local[2]");
        spark.sparkContext().setLogLevel("WARN");
        Path dir = Files.createTempDirectory("spark-gate");
        Reference ref = Reference.of(file, field, gateOptions(file, dir.resolve("x")));
        for (int i = 0; i < configs.size(); i++) {
            SparkJobOptions options = gateOptions(file, dir.resolve("out" + i)).withBlocking(configs.get(i));
            System.out.println("blocking: " + configs.get(i));
            compare(spark, ref, options).gateLine(args.length >= 2 && !args[0].startsWith("--") ? "spark-vs-single"
                    : "spark-ecbplus").print();
        }
        spark.stop();
    }
}
