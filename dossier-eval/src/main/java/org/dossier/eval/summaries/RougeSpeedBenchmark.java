package org.dossier.eval.summaries;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.eval.rouge.LengthLimit;
import org.dossier.eval.rouge.PreparedReferences;
import org.dossier.eval.rouge.RougeOptions;
import org.dossier.eval.rouge.RougeScorer;

/**
 * Times ROUGE alone on a whole dataset: every cluster's lead summary scored against all its references, repeated
 * until the JIT has warmed up. Two figures: scoring with references tokenised on the fly
 * ({@link RougeScorer#score(List, List)}), and scoring against references prepared once
 * ({@link RougeScorer#prepare(List)}), which is what a tuning loop over one dataset would do.
 *
 * <p>Usage: {@code RougeSpeedBenchmark [dataset=duc2006] [rounds=10]}.
 */
public final class RougeSpeedBenchmark {

    private RougeSpeedBenchmark() {
    }

    /**
     * Milliseconds per pass, for each round, of the two ways of scoring: wall time, and the CPU time of the
     * scoring thread (the fairer figure on a busy machine, where wall time includes waiting for a core).
     */
    public record Timings(int clusters, int references, double[] coldReferencesMs, double[] preparedMs,
                          double[] coldReferencesCpuMs, double[] preparedCpuMs) {

        /** The fastest pass with references tokenised on the fly. */
        public double bestColdReferencesMs() {
            return Arrays.stream(coldReferencesMs).min().orElse(Double.NaN);
        }

        /** The fastest pass against prepared references. */
        public double bestPreparedMs() {
            return Arrays.stream(preparedMs).min().orElse(Double.NaN);
        }

        /** The least CPU time of a pass with references tokenised on the fly. */
        public double bestColdReferencesCpuMs() {
            return Arrays.stream(coldReferencesCpuMs).min().orElse(Double.NaN);
        }

        /** The least CPU time of a pass against prepared references. */
        public double bestPreparedCpuMs() {
            return Arrays.stream(preparedCpuMs).min().orElse(Double.NaN);
        }
    }

    /** Runs {@code rounds} timed passes of both kinds over the dataset's clusters. */
    public static Timings measure(Path dataset, RougeOptions options, int rounds) throws IOException {
        List<Cluster> clusters = SummaryDataset.readAll(dataset);
        Lead lead = new Lead(options.wordLimit() > 0 ? options.wordLimit() : 250);
        List<List<String>> summaries = new ArrayList<>();
        List<List<List<String>>> references = new ArrayList<>();
        int referenceCount = 0;
        for (Cluster c : clusters) {
            summaries.add(LengthLimit.firstWords(lead.apply(c), 250));
            references.add(SummaryEvaluation.referenceLines(c));
            referenceCount += c.refs().size();
        }
        RougeScorer scorer = new RougeScorer(options);
        double[] cold = new double[rounds];
        double[] prepared = new double[rounds];
        double[] coldCpu = new double[rounds];
        double[] preparedCpu = new double[rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<PreparedReferences> preparedRefs = new ArrayList<>();
        for (List<List<String>> refs : references) {
            preparedRefs.add(scorer.prepare(refs));
        }
        double sink = 0;
        for (int round = 0; round < rounds; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < clusters.size(); i++) {
                sink += scorer.score(summaries.get(i), references.get(i)).rouge2().recall();
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < clusters.size(); i++) {
                sink += scorer.score(summaries.get(i), preparedRefs.get(i)).rouge2().recall();
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            cold[round] = (t1 - t0) / 1e6;
            prepared[round] = (t2 - t1) / 1e6;
            coldCpu[round] = (c1 - c0) / 1e6;
            preparedCpu[round] = (c2 - c1) / 1e6;
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("scores must be numbers");
        }
        return new Timings(clusters.size(), referenceCount, cold, prepared, coldCpu, preparedCpu);
    }

    public static void main(String[] args) throws IOException {
        Path dataset = SummaryEvaluation.datasetPath(args.length > 0 ? args[0] : "duc2006");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Timings t = measure(dataset, RougeOptions.duc2006(), rounds);
        System.out.printf(Locale.ROOT, "%s: %d clusters, %d references, ROUGE-1/2/L/SU4 with -m -l 250%n",
                dataset.getFileName(), t.clusters(), t.references());
        System.out.printf(Locale.ROOT, "per pass, round by round (ms), references tokenised each time: %s%n",
                format(t.coldReferencesMs()));
        System.out.printf(Locale.ROOT, "per pass, round by round (ms), references prepared once:        %s%n",
                format(t.preparedMs()));
        System.out.printf(Locale.ROOT, "best wall time: %.1f ms (on the fly), %.1f ms (prepared)%n",
                t.bestColdReferencesMs(), t.bestPreparedMs());
        System.out.printf(Locale.ROOT, "best CPU time:  %.1f ms (on the fly), %.1f ms (prepared)%n",
                t.bestColdReferencesCpuMs(), t.bestPreparedCpuMs());
    }

    private static String format(double[] ms) {
        StringBuilder sb = new StringBuilder();
        for (double m : ms) {
            sb.append(String.format(Locale.ROOT, "%.0f ", m));
        }
        return sb.toString().trim();
    }
}
