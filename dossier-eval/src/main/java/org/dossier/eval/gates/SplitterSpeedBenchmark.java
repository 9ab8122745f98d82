package org.dossier.eval.gates;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.model.Article;

/**
 * Measures the throughput of {@link SentenceSplitter} on real newswire: every DUC 2006 document (about 4.7 MB of
 * text), split several times; the best run counts, so JIT warm-up does not.
 *
 * <p>Throughput is reported both per CPU second of the splitting thread (the figure the gate checks: it does not
 * depend on what else the machine is doing) and per wall-clock second. Target: more than 5 MB/s.
 *
 * <p>Run: {@code java -cp ... org.dossier.eval.gates.SplitterSpeedBenchmark [duc2006.jsonl]}.
 */
public final class SplitterSpeedBenchmark {
    /** The gate's threshold in megabytes (10^6 chars) per CPU second. */
    public static final double TARGET_MB_PER_SECOND = 5.0;

    /**
     * What one benchmark measured.
     *
     * @param documents      documents split per run
     * @param chars          characters split per run
     * @param sentences      sentences found per run
     * @param cpuMbPerSecond best throughput per CPU second
     * @param wallMbPerSecond best throughput per wall-clock second
     */
    public record Result(int documents, long chars, int sentences, double cpuMbPerSecond, double wallMbPerSecond) {
        /** True when the splitter beat the target and found more sentences than documents. */
        public boolean passed() {
            return cpuMbPerSecond > TARGET_MB_PER_SECOND && sentences > documents;
        }

        /** The detail line printed by {@link #main}. */
        public String format() {
            return String.format(Locale.ROOT, "documents=%d chars=%d sentences=%d  best: %.1f MB/s per CPU second,"
                    + " %.1f MB/s wall", documents, chars, sentences, cpuMbPerSecond, wallMbPerSecond);
        }

        /** The CI summary line. */
        public GateLine gateLine() {
            return new GateLine("splitter-speed", String.format(Locale.ROOT,
                    "%.1f MB/s per CPU second (target > %.0f), %.1f MB/s wall, %d documents, %d sentences",
                    cpuMbPerSecond, TARGET_MB_PER_SECOND, wallMbPerSecond, documents, sentences), passed());
        }
    }

    /** Splits every document of {@code file} {@code runs} times and keeps the best run. */
    public Result run(Path file, int runs) throws IOException {
        List<Article> docs = SummaryDataset.allArticles(file);
        SentenceSplitter splitter = new SentenceSplitter();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long chars = docs.stream().mapToLong(a -> a.text().length()).sum();
        double bestCpu = 0;
        double bestWall = 0;
        int sentences = 0;
        for (int run = 0; run < runs; run++) {
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            int n = 0;
            for (int i = 0; i < docs.size(); i++) {
                n += splitter.split(i, docs.get(i).text()).size();
            }
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wallSeconds = (System.nanoTime() - wall0) / 1e9;
            bestCpu = Math.max(bestCpu, chars / 1e6 / cpuSeconds);
            bestWall = Math.max(bestWall, chars / 1e6 / wallSeconds);
            sentences = n;
        }
        return new Result(docs.size(), chars, sentences, bestCpu, bestWall);
    }

    public static void main(String[] args) throws IOException {
        Optional<Path> file = args.length > 0 ? Optional.of(Path.of(args[0]))
                : SharedData.resolve("summarization/duc2006.jsonl");
        if (file.isEmpty()) {
            System.out.println("summarization/duc2006.jsonl not found; nothing to measure");
            return;
        }
        Result result = new SplitterSpeedBenchmark().run(file.get(), 7);
        System.out.println(result.format());
        result.gateLine().print();
    }
}
