package org.dossier.eval.quotes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.analyse.quotes.MergedQuote;
import org.dossier.analyse.quotes.Quote;
import org.dossier.analyse.quotes.QuoteExtractor;
import org.dossier.analyse.quotes.QuoteMerger;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.read.ArticleLoader;

/**
 * How long the quotes stage takes on one cluster once warm: {@link QuoteExtractor} on every article plus
 * {@link QuoteMerger} over all their quotes, the work the briefing will add.
 *
 * <p>The articles are read, cleaned and split once (those stages are timed elsewhere); the stage then runs
 * {@value #WARM_UP} times to warm the JIT and {@value #RUNS} times measured. The median is reported per CPU second
 * of the measuring thread (independent of other load on the machine) and per wall-clock second. The budget for
 * the stage is well under 50 ms for a 10-article cluster.
 *
 * <p>Run from the repository root: {@code java -cp ... org.dossier.eval.quotes.QuotesSpeedBenchmark
 * [inputs...]}; the default inputs are {@code examples/harbour-talks} and {@code examples/tiny} (11 articles).
 */
public final class QuotesSpeedBenchmark {
    static final int WARM_UP = 300;
    static final int RUNS = 200;

    /**
     * What one benchmark measured.
     *
     * @param articles     articles in the cluster
     * @param chars        characters of cleaned text
     * @param quotes       quotes extracted
     * @param merged       merged quotes
     * @param medianCpuMs  median CPU milliseconds per run
     * @param medianWallMs median wall-clock milliseconds per run
     */
    public record Result(int articles, long chars, int quotes, int merged, double medianCpuMs, double medianWallMs) {
        public String format() {
            return String.format(Locale.ROOT, "quotes stage: %d articles, %d chars, %d quotes, %d merged; median "
                    + "%.2f ms CPU, %.2f ms wall per cluster (warm, %d runs)", articles, chars, quotes, merged,
                    medianCpuMs, medianWallMs, RUNS);
        }
    }

    /** Reads, cleans and splits the inputs, then times the quotes stage on them. */
    public Result run(List<String> inputs) {
        List<Article> loaded = new ArticleLoader().load(inputs).articles();
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> articles = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < loaded.size(); i++) {
            Article clean = cleaner.clean(loaded.get(i));
            articles.add(new AnalysedArticle(i, clean, splitter.split(i, clean.text())));
            chars += clean.text().length();
        }
        QuoteExtractor extractor = new QuoteExtractor();
        QuoteMerger merger = new QuoteMerger();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int quotes = 0;
        int merged = 0;
        for (int r = 0; r < WARM_UP; r++) {
            stage(articles, extractor, merger);
        }
        double[] cpu = new double[RUNS];
        double[] wall = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int[] counts = stage(articles, extractor, merger);
            wall[r] = (System.nanoTime() - w0) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            quotes = counts[0];
            merged = counts[1];
        }
        return new Result(articles.size(), chars, quotes, merged, median(cpu), median(wall));
    }

    private static int[] stage(List<AnalysedArticle> articles, QuoteExtractor extractor, QuoteMerger merger) {
        List<Quote> all = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            all.addAll(extractor.extract(a));
        }
        List<MergedQuote> merged = merger.merge(all);
        return new int[] {all.size(), merged.size()};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) {
        List<String> inputs = args.length > 0 ? List.of(args) : defaultInputs();
        System.out.println(new QuotesSpeedBenchmark().run(inputs).format());
    }

    private static List<String> defaultInputs() {
        Path base = Files.isDirectory(Path.of("examples")) ? Path.of("examples") : Path.of("..", "examples");
        return List.of(base.resolve("harbour-talks").toString(), base.resolve("tiny").toString());
    }
}
