package org.dossier.eval.summaries;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.eval.SharedData;
import org.dossier.eval.rouge.LengthLimit;
import org.dossier.eval.rouge.RougeOptions;
import org.dossier.eval.rouge.RougeReport;
import org.dossier.eval.rouge.RougeScore;
import org.dossier.eval.rouge.RougeScorer;

/**
 * Runs a summariser over a summarisation dataset and scores it with ROUGE: the harness every summariser of the
 * project is measured with.
 *
 * <p>For each cluster: the summariser returns summary lines (one sentence a line); they are cut to the word budget
 * (whole lines, the last one cut, like ROUGE's {@code -l}); each reference text is split into lines with
 * the project's news {@link SentenceSplitter} — only ROUGE-L depends on that choice — and
 * ROUGE scores the summary against all references of the cluster, pooled. Scores are averaged over clusters.
 *
 * <p>Conventions (shared data README): DUC 2006 reports <b>recall</b> with {@code -m -l 250} applied to the
 * system and the references ({@link RougeOptions#duc2006()}); Multi-News reports <b>F1</b> with a 250-word system
 * budget and whole references ({@link RougeOptions#multiNews()}).
 *
 * <p>Command line (from the repository root; the first command compiles and writes the dependency class path):
 * <pre>
 * mvn -q -o compile dependency:build-classpath -pl dossier-eval -am -Dmdep.outputFile=/tmp/eval-cp.txt
 * java -cp dossier-eval/target/classes:$(cat /tmp/eval-cp.txt) \
 *     org.dossier.eval.summaries.SummaryEvaluation duc2006 250 lead
 * </pre>
 */
public final class SummaryEvaluation {
    /** The project's news splitter: baselines and ROUGE lines use the same sentences as the pipeline. */
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private SummaryEvaluation() {
    }

    /**
     * Summarises and scores every cluster of a dataset file.
     *
     * @param dataset    a JSON-lines dataset ({@link SummaryDataset})
     * @param summarizer the summariser under test: cluster in, summary lines out
     * @param wordBudget system summaries are cut to this many words
     * @param options    how ROUGE scores (its own limit, if any, applies on top of the budget)
     */
    public static EvaluationResult run(Path dataset, Function<Cluster, List<String>> summarizer, int wordBudget,
                                       RougeOptions options) throws IOException {
        try (Stream<Cluster> clusters = SummaryDataset.stream(dataset)) {
            return run(dataset.getFileName().toString(), clusters.iterator(), summarizer, wordBudget, options);
        }
    }

    /** Summarises and scores clusters already read (e.g. to time repeated runs without parsing). */
    public static EvaluationResult run(String datasetName, Iterator<Cluster> clusters,
                                       Function<Cluster, List<String>> summarizer, int wordBudget,
                                       RougeOptions options) {
        if (wordBudget <= 0) {
            throw new IllegalArgumentException("wordBudget must be > 0");
        }
        resetHeapPeaks();
        RougeScorer scorer = new RougeScorer(options);
        List<RougeReport> reports = new ArrayList<>();
        long start = System.nanoTime();
        long rougeNanos = 0;
        while (clusters.hasNext()) {
            Cluster cluster = clusters.next();
            List<String> summary = LengthLimit.firstWords(summarizer.apply(cluster), wordBudget);
            long t0 = System.nanoTime();
            reports.add(scorer.score(summary, referenceLines(cluster)));
            rougeNanos += System.nanoTime() - t0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new EvaluationResult(datasetName, summarizer.toString(), options, wordBudget, reports.size(),
                mean(reports), seconds, rougeNanos / 1e9, heapPeak(),
                TimedPass.wallOnly(reports.size(), seconds - rougeNanos / 1e9));
    }

    /**
     * How a batch run is timed.
     *
     * @param threads clusters summarised at once (each cluster's summary is independent of the others, so the
     *                scores are the same at any thread count; only the wall time changes)
     * @param warm    summarise every cluster untimed before the timed pass, so that the figure is the throughput of
     *                a long-running process rather than a cold JVM's: one pass, then more (up to
     *                {@link #MAX_WARM_PASSES} in all) while the JIT compilers still take more than
     *                {@link #JIT_QUIET_SHARE} of a pass's CPU time. On a loaded machine the compiler threads get
     *                little CPU and finish late; without this, the "warm" pass would pay for their work.
     */
    public record Timing(int threads, boolean warm) {
        /** One thread, cold: the classic single pass. */
        public static final Timing COLD = new Timing(1, false);
        /** At most this many untimed passes before the timed one. */
        public static final int MAX_WARM_PASSES = 5;
        /** The JIT counts as done when it used at most this share of a warm-up pass's CPU time. */
        public static final double JIT_QUIET_SHARE = 0.05;

        public Timing {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }
    }

    /**
     * Summarises clusters held in memory with the given timing, then scores them. The clusters are read before
     * the clock starts; {@link EvaluationResult#pass()} describes the timed summarising pass alone.
     */
    public static EvaluationResult run(String datasetName, List<Cluster> clusters,
                                       Function<Cluster, List<String>> summarizer, int wordBudget,
                                       RougeOptions options, Timing timing) throws InterruptedException {
        if (wordBudget <= 0) {
            throw new IllegalArgumentException("wordBudget must be > 0");
        }
        resetHeapPeaks(); // the peak then covers warm-up, timed pass and scoring
        ForkJoinPool pool = new ForkJoinPool(timing.threads());
        try {
            int warmPasses = 0;
            while (timing.warm() && warmPasses < Timing.MAX_WARM_PASSES) {
                ProcessCpu before = ProcessCpu.now();
                summariseAll(pool, clusters, summarizer, new AtomicLong());
                warmPasses++;
                ProcessCpu used = ProcessCpu.now().since(before);
                if (used.jitNanos() < 0 || used.jitNanos() <= Timing.JIT_QUIET_SHARE * used.totalNanos()) {
                    break; // the JIT is done (or cannot be watched: then one pass, as before)
                }
            }
            AtomicLong workNanos = new AtomicLong();
            long start = System.nanoTime();
            ProcessCpu cpuStart = ProcessCpu.now();
            List<List<String>> summaries = summariseAll(pool, clusters, summarizer, workNanos);
            long summarised = System.nanoTime();
            ProcessCpu cpu = ProcessCpu.now().since(cpuStart);
            TimedPass pass = new TimedPass(clusters.size(), timing.threads(), warmPasses,
                    (summarised - start) / 1e9, cpu, THREADS.isCurrentThreadCpuTimeSupported() ? workNanos.get() : -1,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            RougeScorer scorer = new RougeScorer(options);
            List<RougeReport> reports = new ArrayList<>(clusters.size());
            for (int i = 0; i < clusters.size(); i++) {
                reports.add(scorer.score(LengthLimit.firstWords(summaries.get(i), wordBudget),
                        referenceLines(clusters.get(i))));
            }
            long end = System.nanoTime();
            return new EvaluationResult(datasetName, summarizer.toString(), options, wordBudget, reports.size(),
                    mean(reports), (end - start) / 1e9, (end - summarised) / 1e9, heapPeak(), pass);
        } finally {
            pool.shutdown();
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Summarises every cluster on the pool, in order; adds the CPU time each cluster took on the thread that
     * summarised it to {@code workNanos}.
     */
    private static List<List<String>> summariseAll(ForkJoinPool pool, List<Cluster> clusters,
                                                   Function<Cluster, List<String>> summarizer, AtomicLong workNanos)
            throws InterruptedException {
        Function<Cluster, List<String>> timed = cluster -> {
            long t0 = THREADS.getCurrentThreadCpuTime();
            List<String> summary = summarizer.apply(cluster);
            workNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
            return summary;
        };
        try {
            return pool.submit(() -> clusters.parallelStream().map(timed).toList()).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The references of a cluster as ROUGE input: each reference split into sentence lines. */
    public static List<List<String>> referenceLines(Cluster cluster) {
        List<List<String>> refs = new ArrayList<>(cluster.refs().size());
        for (String ref : cluster.refs()) {
            refs.add(SPLITTER.sentences(ref));
        }
        return refs;
    }

    /** The per-metric mean of R, P and F over clusters (for other harnesses that score reports themselves). */
    public static RougeReport meanOf(List<RougeReport> reports) {
        return mean(reports);
    }

    /** The per-metric mean of R, P and F over clusters. */
    static RougeReport mean(List<RougeReport> reports) {
        return new RougeReport(meanOf(reports, RougeReport::rouge1), meanOf(reports, RougeReport::rouge2),
                meanOf(reports, RougeReport::rougeL), meanOf(reports, RougeReport::rougeSU4));
    }

    private static RougeScore meanOf(List<RougeReport> reports, Function<RougeReport, RougeScore> metric) {
        if (reports.isEmpty()) {
            return new RougeScore(0, 0, 0);
        }
        double r = 0;
        double p = 0;
        double f = 0;
        for (RougeReport report : reports) {
            RougeScore s = metric.apply(report);
            r += s.recall();
            p += s.precision();
            f += s.f();
        }
        int n = reports.size();
        return new RougeScore(r / n, p / n, f / n);
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The ROUGE convention of a dataset, chosen by its file name: DUC (recall, both cut) or Multi-News (F1). */
    public static RougeOptions conventionFor(Path dataset, int wordBudget) {
        String name = dataset.getFileName().toString().toLowerCase(Locale.ROOT);
        RougeOptions preset = name.contains("duc") ? RougeOptions.duc2006() : RougeOptions.multiNews();
        return preset.withWordLimit(wordBudget);
    }

    /** A dataset argument: a file path, or the short names {@code duc2006} / {@code multinews} in the shared data. */
    public static Path datasetPath(String arg) {
        Path direct = Path.of(arg);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        String relative = switch (arg.toLowerCase(Locale.ROOT)) {
            case "duc2006" -> "summarization/duc2006.jsonl";
            case "multinews", "multi-news" -> "summarization/multinews-dev.jsonl";
            default -> throw new IllegalArgumentException("no such dataset file or short name: " + arg);
        };
        return SharedData.resolve(relative).orElseThrow(() ->
                new IllegalArgumentException("shared data not found (" + relative + "); set DOSSIER_DATA"));
    }

    /** A baseline by name: {@code lead}, {@code lead1} (first document only) or {@code random} (seeded). */
    static Function<Cluster, List<String>> baseline(String name, int wordBudget, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "lead" -> new Lead(wordBudget);
            case "lead1" -> Lead.firstDocumentOnly(wordBudget);
            case "random" -> new RandomSentences(wordBudget, seed);
            default -> throw new IllegalArgumentException("unknown baseline " + name + " (lead | lead1 | random)");
        };
    }

    /**
     * Usage: {@code SummaryEvaluation <dataset> [words=250] [lead|lead1|random] [seed=1]}, where dataset is a
     * JSON-lines path or {@code duc2006} / {@code multinews}. Prints the table of mean ROUGE scores.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SummaryEvaluation <dataset.jsonl | duc2006 | multinews> [words=250]"
                    + " [lead|lead1|random] [seed=1]");
            System.exit(2);
        }
        Path dataset = datasetPath(args[0]);
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        String name = args.length > 2 ? args[2] : "lead";
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;
        RougeOptions options = conventionFor(dataset, words);
        EvaluationResult result = run(dataset, baseline(name, words, seed), words, options);
        System.out.print(result.table());
    }
}
