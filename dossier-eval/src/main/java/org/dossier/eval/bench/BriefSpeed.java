package org.dossier.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.Dossier;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.assemble.StoryAnalysis;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.read.ArticleLoader;
import org.dossier.read.ReadResult;
import org.dossier.summarise.SummaryOptions;

/**
 * Measures how long briefing one cluster takes once the JVM is warm: the in-process latency a server or a batch
 * job sees.
 *
 * <p>Warm-up runs let the JIT compile the hot paths; then each measured run briefs the same articles from
 * scratch (cleaning, sentence splitting, grouping, summarising, and unless switched off the story analysis:
 * events, timeline, quotes, entities, comparison). The median and the 90th percentile are reported;
 * {@link #analysisCost} also reports what the analysis adds and each of its stages.
 * This is a small harness, not JMH: good to a millisecond, which is what the 100 ms target needs.
 */
public final class BriefSpeed {

    /** Timing figures, in milliseconds. */
    public record Result(int articles, int words, int runs, double medianMs, double p90Ms, double minMs) {
        @Override
        public String toString() {
            return String.format("%d articles, %d words: median %.2f ms, p90 %.2f ms, min %.2f ms over %d runs",
                    articles, words, medianMs, p90Ms, minMs, runs);
        }
    }

    private BriefSpeed() {
    }

    /** Briefs {@code articles} {@code warmup} times unmeasured, then {@code runs} times measured. */
    public static Result measure(List<Article> articles, Dossier dossier, int warmup, int runs) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += dossier.brief(articles).summary().size();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Briefing b = dossier.brief(articles);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            sink += b.summary().size();
        }
        if (sink < 0) {
            System.out.println(sink); // keeps the work observable so the JIT cannot drop it
        }
        Arrays.sort(ms);
        int words = articles.stream().mapToInt(a -> org.dossier.model.Words.count(a.text())).sum();
        return new Result(articles.size(), words, runs, ms[runs / 2], ms[(int) Math.floor(runs * 0.9)], ms[0]);
    }

    /**
     * Warm timing of the summary alone against the full briefing (summary plus events, timeline, quotes, who is
     * who, agreements and discrepancies), and of each analysis stage on its own.
     *
     * @param summaryOnly the summary-only briefing ({@code Dossier.builder().analysis(false)})
     * @param full        the full briefing
     * @param summaryOnlyCpuMs median CPU milliseconds of the briefing thread, summary only
     * @param fullCpuMs   median CPU milliseconds of the briefing thread, full briefing
     * @param stages      median CPU milliseconds per analysis stage ("events", "entities", "quotes", "compare",
     *                    "assemble"), in pipeline order; empty when not measured
     */
    public record AnalysisCost(Result summaryOnly, Result full, double summaryOnlyCpuMs, double analysisCpuMs,
                               Map<String, Double> stages) {
        /** What the analysis adds to the median wall time: full minus summary only. */
        public double addedMedianMs() {
            return full.medianMs() - summaryOnly.medianMs();
        }

        /**
         * The CPU time the analysis costs: the median of {@link StoryAnalysis#analyse} on one thread. On a shared
         * machine under load wall time also counts the waits for a core; CPU time does not, so it is the steadier
         * figure for a gate. (The facade runs the analysis beside the summary on another core, so with a free core
         * it adds less than this to the wall time.)
         */
        public double addedCpuMs() {
            return analysisCpuMs;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("summary only: %s%nfull briefing: %s%nadded by the analysis: %.2f ms (median)"
                            + "%nCPU time, median: summary only %.2f ms, analysis %.2f ms",
                    summaryOnly, full, addedMedianMs(), summaryOnlyCpuMs, analysisCpuMs));
            if (!stages.isEmpty()) {
                sb.append(String.format("%nstages, median CPU ms:"));
            }
            stages.forEach((stage, ms) -> sb.append(String.format(" %s %.2f", stage, ms)));
            return sb.toString();
        }
    }

    /**
     * Measures {@link AnalysisCost}: the summary-only and the full briefing run alternately (so that a change of
     * machine load during the measurement hits both alike), then the analysis stages alone on the same articles,
     * cleaned and split as the facade does.
     */
    public static AnalysisCost analysisCost(List<Article> articles, int words, int warmup, int runs) {
        return analysisCost(articles, words, warmup, runs, true);
    }

    /** As {@link #analysisCost(List, int, int, int)}; {@code withStages} false skips the per-stage runs. */
    public static AnalysisCost analysisCost(List<Article> articles, int words, int warmup, int runs,
                                            boolean withStages) {
        Dossier summaryOnly = Dossier.builder().words(words).analysis(false).build();
        Dossier full = Dossier.builder().words(words).build();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += summaryOnly.brief(articles).summary().size() + full.brief(articles).quotes().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] plain = new double[runs];
        double[] all = new double[runs];
        double[] plainCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += summaryOnly.brief(articles).summary().size();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            sink += full.brief(articles).quotes().size();
            long t2 = System.nanoTime();
            plain[i] = (t1 - t0) / 1e6;
            all[i] = (t2 - t1) / 1e6;
            plainCpu[i] = (c1 - c0) / 1e6;
        }
        Map<String, Double> stages = stageMedians(analysed(articles), withStages ? runs : Math.max(10, runs / 2));
        if (sink < 0) {
            System.out.println(sink);
        }
        int wordCount = articles.stream().mapToInt(a -> org.dossier.model.Words.count(a.text())).sum();
        return new AnalysisCost(result(articles.size(), wordCount, plain), result(articles.size(), wordCount, all),
                result(articles.size(), wordCount, plainCpu).medianMs(), stages.get(TOTAL),
                withStages ? stages : Map.of());
    }

    /** The articles cleaned and split into sentences, numbered as the facade numbers them. */
    static List<AnalysedArticle> analysed(List<Article> articles) {
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> out = new ArrayList<>();
        for (Article raw : articles) {
            Article clean = cleaner.clean(raw);
            if (!clean.text().isBlank()) {
                int index = out.size();
                out.add(new AnalysedArticle(index, clean, splitter.split(index, clean.text())));
            }
        }
        return out;
    }

    /** The key of the whole analysis among the stage medians. */
    private static final String TOTAL = "total";

    /**
     * Median CPU milliseconds of each analysis stage, and of the whole analysis under {@value #TOTAL}, run on this
     * thread.
     */
    private static Map<String, Double> stageMedians(List<AnalysedArticle> analysed, int runs) {
        StoryAnalysis analysis = new StoryAnalysis();
        Map<String, double[]> times = new LinkedHashMap<>();
        int[] run = {0};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StoryAnalysis.StageTimer timer = new StoryAnalysis.StageTimer() {
            @Override
            public void record(String stage, long nanos) {
                times.computeIfAbsent(stage, k -> new double[runs])[run[0]] = nanos / 1e6;
                times.computeIfAbsent(TOTAL, k -> new double[runs])[run[0]] += nanos / 1e6;
            }

            @Override
            public long now() {
                return threads.getCurrentThreadCpuTime(); // CPU time: steady on a shared, busy machine
            }
        };
        for (int i = 0; i < Math.max(20, runs / 4); i++) {
            analysis.analyse(analysed); // warm-up
        }
        for (run[0] = 0; run[0] < runs; run[0]++) {
            analysis.analyse(analysed, timer);
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((stage, ms) -> {
            Arrays.sort(ms);
            medians.put(stage, ms[runs / 2]);
        });
        medians.put(TOTAL, medians.remove(TOTAL)); // the whole analysis last, after its stages
        return medians;
    }

    private static Result result(int articles, int words, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int runs = sorted.length;
        return new Result(articles, words, runs, sorted[runs / 2], sorted[(int) Math.floor(runs * 0.9)], sorted[0]);
    }

    /** The first {@code n} of {@code found}, repeating them (under new ids) when there are fewer. */
    public static List<Article> cluster(List<Article> found, int n) {
        List<Article> cluster = new ArrayList<>();
        for (int i = 0; cluster.size() < n; i++) {
            Article a = found.get(i % found.size());
            cluster.add(i < found.size() ? a : Article.builder(a.id() + "~" + i, a.text())
                    .title(a.title()).outlet(a.outlet()).published(a.published()).build());
        }
        return cluster;
    }

    /**
     * {@code BriefSpeed PATH... [--articles N] [--runs N]}: briefs the first N articles (default 10) read from the
     * paths (files, folders, JSON lines), repeating them when fewer are found, and prints the timing.
     */
    public static void main(String[] args) {
        int n = 10;
        int runs = 200;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> n = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> paths.add(args[i]);
            }
        }
        ReadResult read = new ArticleLoader().load(paths);
        if (read.articles().isEmpty()) {
            System.err.println("BriefSpeed: no articles in " + paths);
            System.exit(1);
        }
        AnalysisCost cost = analysisCost(cluster(read.articles(), n), SummaryOptions.DEFAULT_WORDS,
                Math.max(50, runs / 2), runs);
        System.out.println("BriefSpeed: " + cost);
    }
}
