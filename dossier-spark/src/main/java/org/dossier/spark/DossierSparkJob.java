package org.dossier.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dossier.group.stories.StorySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's command line, for {@code spark-submit} (see {@code docs/spark.md}):
 *
 * <pre>
 * spark-submit --class org.dossier.spark.DossierSparkJob dossier-spark/target/dossier-spark.jar \
 *     --input s3a://news/2026/*.warc.gz --output s3a://out/briefings-2026 --format both
 * </pre>
 *
 * <p>Exit codes: 0 done; 1 an input problem (no such input, the output exists, nothing usable read); 2 a usage
 * error. Errors are one line on stderr, with the stack trace only under {@code --debug}. Items that could not be
 * read are listed in {@code OUTPUT/skipped/} and the first of them on stderr.
 */
@Command(name = "dossier-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Clean, deduplicate, cluster into stories and brief a news collection on Apache Spark.")
public final class DossierSparkJob implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
            description = "JSON lines (.jsonl, .json, gzipped too), WARC (.warc, .warc.gz) or Parquet (.parquet); "
                    + "files, folders or globs on any Hadoop file system (file:, hdfs:, s3a:)")
    List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "jsonl, warc or parquet for every input (default: by each path's ending)")
    String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output folder (must not exist)")
    String output;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl, parquet or both (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--words", defaultValue = "120", paramLabel = "N",
            description = "word budget of each summary (default: ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--partitions", defaultValue = "8", paramLabel = "N",
            description = "partitions of the shuffles and least input partitions (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--no-briefings", description = "stories and articles only, no briefings (much faster)")
    boolean noBriefings;

    @Option(names = "--briefing-articles", defaultValue = "40", paramLabel = "N",
            description = "brief each story from at most its first N distinct articles (default: ${DEFAULT-VALUE})")
    int briefingArticles;

    @Option(names = "--block-articles", defaultValue = "10000", paramLabel = "N",
            description = "input positions per clustering window, at least 4 (default: ${DEFAULT-VALUE})")
    int blockArticles;

    @Option(names = "--warm-up-articles", paramLabel = "N",
            description = "positions before a window it replays as context, 0 to --block-articles "
                    + "(default: half of --block-articles)")
    Integer warmUpArticles;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default then: local[*])")
    String master;

    @Option(names = "--debug", description = "print stack traces with errors")
    boolean debug;

    /** Thrown for problems with the user's input or output: one line, exit 1. */
    static final class InputProblem extends RuntimeException {
        InputProblem(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command and returns its exit code (tests call this). */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        DossierSparkJob job = new DossierSparkJob();
        CommandLine cmd = new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CommandLine.ParameterException) {
                err.println("dossier-spark: " + e.getMessage());
                err.println("Try --help.");
                return 2;
            }
            if (e instanceof InputProblem || e instanceof IllegalArgumentException) {
                err.println("dossier-spark: " + e.getMessage());
            } else {
                err.println("dossier-spark: failed: " + WarcArticles.describe(rootCause(e)));
            }
            if (job.debug) {
                e.printStackTrace(err);
            }
            // input problems and failures alike: the run produced nothing usable
            return 1;
        });
        cmd.setParameterExceptionHandler((e, a) -> {
            err.println("dossier-spark: " + e.getMessage());
            err.println("Try --help.");
            return 2;
        });
        return cmd.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        OutputFormat outFormat = parseEnum(OutputFormat.class, format, "--format");
        InputFormat inFormat = inputFormat == null ? null : parseEnum(InputFormat.class, inputFormat, "--input-format");
        SparkJobOptions options = new SparkJobOptions(inputs, inFormat, output, outFormat, words, partitions,
                !noBriefings, briefingArticles, blocking(), StorySettings.DEFAULT);
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = session(master);
        if (!debug) {
            spark.sparkContext().setLogLevel("WARN"); // the job's report, not Spark's progress, is what users read
        }
        try {
            checkPaths(spark, options);
            SparkJobResult r = DossierSpark.run(spark, options);
            report(r, options);
            if (r.articles() == 0) {
                throw new InputProblem("nothing usable in the input (" + r.skipped() + " items skipped, see "
                        + output + "/skipped)");
            }
            return 0;
        } finally {
            if (ownSession) {
                spark.stop(); // a session the caller made (a test, a notebook) is the caller's to stop
            }
        }
    }

    /** The session: spark-submit's settings when present, else a local one that uses only loopback. */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("dossier-spark");
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** Fails with one clear line when an input matches nothing or the output already exists. */
    private static void checkPaths(SparkSession spark, SparkJobOptions options) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        for (String input : options.inputs()) {
            Path path = new Path(input);
            FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
            if (found == null || found.length == 0) {
                throw new InputProblem("no such input: " + input);
            }
        }
        Path out = new Path(options.output());
        FileSystem fs = out.getFileSystem(hadoop);
        if (fs.exists(out)) {
            throw new InputProblem("output folder exists: " + options.output() + " (choose a new one)");
        }
    }

    private static void report(SparkJobResult r, SparkJobOptions options) {
        System.out.printf(Locale.ROOT, "read %d items: %d articles, %d skipped; %d exact duplicates, %d "
                        + "near-duplicates;"
                        + " %d articles clustered into %d stories; %d briefings%n", r.itemsRead(), r.articles(),
                r.skipped(), r.exactDuplicates(), r.nearDuplicates(), r.clustered(), r.stories(), r.briefings());
        BlockingStats b = r.blocking();
        System.out.printf(Locale.ROOT, "windows: %d, largest %d articles with its warm-up, %.2f clusterings per "
                        + "article, %d stories continued across windows%n", b.blocks(), b.largestBlock(),
                b.slotsPerArticle(), b.joinLinks());
        System.out.println("wrote " + options.output() + " (articles, stories, "
                + (options.briefings() ? "briefings, " : "") + "skipped)");
        for (String problem : r.firstProblems()) {
            System.err.println("dossier-spark: skipped " + problem);
        }
        if (r.skipped() > r.firstProblems().size()) {
            System.err.println("dossier-spark: ... " + (r.skipped() - r.firstProblems().size())
                    + " more in " + options.output() + "/skipped");
        }
    }

    private BlockingSettings blocking() {
        if (blockArticles < 4) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "invalid value for --block-articles: " + blockArticles + " (at least 4)");
        }
        int warmUp = warmUpArticles == null ? blockArticles / 2 : warmUpArticles;
        if (warmUp < 0 || warmUp > blockArticles) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "invalid value for --warm-up-articles: " + warmUp + " (0 to --block-articles)");
        }
        return new BlockingSettings(blockArticles, warmUp);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(new DossierSparkJob()),
                    "invalid value for " + option + ": " + value);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
