package org.dossier.eval.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.Dossier;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.read.ArticleLoader;
import org.dossier.read.ReadResult;

/**
 * Measures how long briefing one cluster takes once the JVM is warm: the in-process latency a server or a batch
 * job sees.
 *
 * <p>Warm-up runs let the JIT compile the hot paths; then each measured run briefs the same articles from
 * scratch (cleaning, sentence splitting, grouping, summarising). The median and the 90th percentile are reported.
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
        Result r = measure(cluster(read.articles(), n), Dossier.builder().build(), Math.max(50, runs / 2), runs);
        System.out.println("BriefSpeed: " + r);
    }
}
