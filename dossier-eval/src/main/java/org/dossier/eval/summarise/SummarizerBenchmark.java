package org.dossier.eval.summarise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.eval.GateLine;
import org.dossier.eval.SeedArticles;
import org.dossier.eval.SharedData;
import org.dossier.eval.summaries.Cluster;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.group.SentenceGrouper;
import org.dossier.group.SentenceGroups;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;
import org.dossier.model.Words;
import org.dossier.summarise.Summarizer;
import org.dossier.summarise.SummaryOptions;

/**
 * Runs the pipeline over the shared evaluation clusters (the five seeds and the first DUC 2006 topics) and
 * reports speed and structural health. It does not score content: ROUGE comes from its own module.
 *
 * <p>Input is read by the shared readers ({@link SeedArticles}, {@link SummaryDataset}) and prepared by the real
 * stages ({@link ScrapedTextCleaner}, the news {@link SentenceSplitter}; see {@link AnalysedCluster}); the stages
 * are called one by one, rather than through the {@code Dossier} facade, so that each can be timed.
 *
 * <p>Usage: {@code SummarizerBenchmark [ducClusters] [--print]}. With {@code --print} the summaries go to the
 * console for reading (never into the repository). Timings are warm: each measurement is the fastest of
 * {@value #REPEATS} runs after a warm-up, because the machine is shared and the slowest runs measure the
 * neighbours. The JUnit gate {@code SummarizerGateTest} calls {@link #run} and checks the report.
 */
public final class SummarizerBenchmark {
    /** DUC 2006 scoring budget. */
    public static final int DUC_WORDS = 250;
    private static final int REPEATS = 5;
    private static final int WARM_UP_ROUNDS = 5;

    /**
     * What one run measured.
     *
     * @param clusters               clusters summarised (seeds plus DUC topics)
     * @param summaries              summaries made (generic, plus focused where a query exists)
     * @param budgetViolations       summaries over {@link #DUC_WORDS} words (must be 0)
     * @param meanWords              mean summary length in words
     * @param citationsPerSentence   mean citations per summary sentence
     * @param multiSourceShare       share of summary sentences citing two sources or more
     * @param repeatedGroups         summary sentence pairs taken from the same sentence group (must be 0)
     * @param badCitations           citations whose text is not the cited sentence (must be 0)
     * @param cleanMillisMedian      cleaning every article of a cluster, median over clusters
     * @param splitMillisMedian      sentence splitting of the cleaned articles, median over clusters
     * @param termsMillisMedian      content-term analysis of every sentence, median over clusters
     * @param groupMillisMedian      grouping time given the terms, median over clusters
     * @param summariseMillisMedian  generic summary time, median over clusters
     * @param summariseMillisMax     generic summary time, slowest cluster
     * @param tenArticleMillisMedian generic summary of the first ten articles of each DUC topic, median
     * @param largestClusterSentences sentences in the largest cluster
     */
    public record Report(int clusters, int summaries, int budgetViolations, double meanWords,
                         double citationsPerSentence, double multiSourceShare, int repeatedGroups,
                         int badCitations, double cleanMillisMedian, double splitMillisMedian, double termsMillisMedian, double groupMillisMedian,
                         double summariseMillisMedian,
                         double summariseMillisMax, double tenArticleMillisMedian, int largestClusterSentences) {
        /** Largest acceptable median time to summarise one cluster; loose because the machine is shared. */
        public static final double MAX_MEDIAN_MILLIS = 150;

        /**
         * True when every summary kept the budget and cited its sentences exactly, none repeated a fact, the
         * summaries used most of the budget, every sentence had a citation and the median cluster was fast.
         */
        public boolean passed() {
            return clusters > 0 && budgetViolations == 0 && badCitations == 0 && repeatedGroups == 0
                    && meanWords > 0.8 * DUC_WORDS && citationsPerSentence >= 1.0
                    && summariseMillisMedian < MAX_MEDIAN_MILLIS;
        }

        /** The CI summary line. */
        public GateLine gateLine() {
            return new GateLine("summarizer", String.format(Locale.ROOT,
                    "%d clusters, %d summaries, budget violations %d, bad citations %d, repeated facts %d, "
                            + "mean words %.0f/%d, citations per sentence %.2f, median summary %.1f ms (limit %.0f)",
                    clusters, summaries, budgetViolations, badCitations, repeatedGroups, meanWords, DUC_WORDS,
                    citationsPerSentence, summariseMillisMedian, MAX_MEDIAN_MILLIS), passed());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "clusters=%d summaries=%d budgetViolations=%d meanWords=%.1f "
                            + "citationsPerSentence=%.2f multiSourceShare=%.2f repeatedGroups=%d badCitations=%d "
                            + "cleanMs(median)=%.2f splitMs(median)=%.2f termsMs(median)=%.2f groupMs(median)=%.2f summariseMs(median)=%.2f summariseMs(max)=%.2f "
                            + "tenArticleMs(median)=%.2f largestClusterSentences=%d",
                    clusters, summaries, budgetViolations, meanWords, citationsPerSentence, multiSourceShare,
                    repeatedGroups, badCitations, cleanMillisMedian, splitMillisMedian, termsMillisMedian, groupMillisMedian, summariseMillisMedian,
                    summariseMillisMax,
                    tenArticleMillisMedian, largestClusterSentences);
        }
    }

    private SummarizerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int duc = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10;
        boolean print = List.of(args).contains("--print");
        Optional<Report> report = run(duc, print);
        System.out.println(report.map(Report::toString).orElse("shared data not found; nothing measured"));
        report.ifPresent(r -> r.gateLine().print());
    }

    /** Summarises the seeds and the first {@code ducClusters} DUC 2006 clusters; empty when the data is absent. */
    public static Optional<Report> run(int ducClusters, boolean print) throws IOException {
        Optional<Path> seeds = SharedData.resolve(SeedArticles.FOLDER);
        Optional<Path> ducFile = SharedData.resolve("summarization/duc2006.jsonl");
        if (seeds.isEmpty() || ducFile.isEmpty()) {
            return Optional.empty();
        }
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Article> seedArticles = SeedArticles.read(seeds.get());
        List<Cluster> duc = SummaryDataset.stream(ducFile.get()).limit(ducClusters).toList();
        List<AnalysedCluster> clusters = new ArrayList<>();
        List<Double> cleanMs = new ArrayList<>();
        List<Double> splitMs = new ArrayList<>();
        List<List<Article>> raws = new ArrayList<>();
        raws.add(seedArticles);
        clusters.add(AnalysedCluster.prepare("seeds", null, seedArticles, cleaner, splitter));
        for (Cluster c : duc) {
            raws.add(c.articles());
            clusters.add(AnalysedCluster.prepare(c.id(), c.focus(), raws.get(raws.size() - 1), cleaner, splitter));
        }
        for (List<Article> raw : raws) {
            cleanMs.add(fastest(() -> raw.stream().map(cleaner::clean).toList()));
            List<Article> cleaned = raw.stream().map(cleaner::clean).toList();
            splitMs.add(fastest(() -> {
                int n = 0;
                for (int i = 0; i < cleaned.size(); i++) {
                    n += splitter.split(i, cleaned.get(i).text()).size();
                }
                return n;
            }));
        }

        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (AnalysedCluster c : clusters) {
                new Summarizer(new SummaryOptions(DUC_WORDS, c.focus())).summarise(c.articles());
            }
        }
        TermAnalyzer analyzer = new TermAnalyzer();
        SentenceGrouper grouper = new SentenceGrouper(analyzer);
        Summarizer generic = new Summarizer(new SummaryOptions(DUC_WORDS, null));
        List<Double> termsMs = new ArrayList<>();
        List<Double> groupMs = new ArrayList<>();
        List<Double> summariseMs = new ArrayList<>();
        List<Double> tenMs = new ArrayList<>();
        Health health = new Health();
        int largest = 0;
        for (AnalysedCluster c : clusters) {
            largest = Math.max(largest, c.sentenceCount());
            termsMs.add(fastest(() -> ClusterTerms.of(c.articles(), analyzer)));
            ClusterTerms terms = ClusterTerms.of(c.articles(), analyzer);
            groupMs.add(fastest(() -> grouper.group(terms)));
            summariseMs.add(fastest(() -> generic.summarise(c.articles())));
            if (c.articles().size() >= 10 && c.focus() != null) {
                List<AnalysedArticle> ten = c.articles().subList(0, 10);
                tenMs.add(fastest(() -> generic.summarise(ten)));
            }
            SentenceGroups groups = grouper.group(c.articles());
            List<SummarySentence> plain = generic.summarise(c.articles());
            health.add(plain, c.articles(), groups);
            List<SummarySentence> focused = List.of();
            if (c.focus() != null) {
                focused = new Summarizer(new SummaryOptions(DUC_WORDS, c.focus())).summarise(c.articles());
                health.add(focused, c.articles(), groups);
            }
            if (print) {
                printCluster(c, groups, plain, focused);
            }
        }
        return Optional.of(new Report(clusters.size(), health.summaries, health.violations,
                health.words / (double) Math.max(1, health.summaries),
                health.citations / (double) Math.max(1, health.sentences),
                health.multiSource / (double) Math.max(1, health.sentences), health.repeatedGroups,
                health.badCitations, median(cleanMs), median(splitMs), median(termsMs), median(groupMs), median(summariseMs), max(summariseMs), median(tenMs),
                largest));
    }

    /** Structural checks over every summary made. */
    private static final class Health {
        int summaries;
        int violations;
        long words;
        int sentences;
        int citations;
        int multiSource;
        int repeatedGroups;
        int badCitations;

        void add(List<SummarySentence> summary, List<AnalysedArticle> articles, SentenceGroups groups) {
            summaries++;
            int w = summary.stream().mapToInt(s -> Words.count(s.text())).sum();
            words += w;
            if (w > DUC_WORDS) {
                violations++;
            }
            List<Integer> seenGroups = new ArrayList<>();
            for (SummarySentence s : summary) {
                sentences++;
                citations += s.citations().size();
                if (s.citations().stream().map(Citation::source).distinct().count() > 1) {
                    multiSource++;
                }
                for (Citation c : s.citations()) {
                    if (!articles.get(c.source() - 1).sentences().get(c.sentence()).text().equals(c.text())) {
                        badCitations++;
                    }
                }
                Citation shown = s.citations().get(0);
                int group = groups.groupOf(shown.source() - 1, shown.sentence()).id();
                if (seenGroups.contains(group)) {
                    repeatedGroups++;
                }
                seenGroups.add(group);
            }
        }
    }

    private static double fastest(Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static void printCluster(AnalysedCluster c, SentenceGroups groups, List<SummarySentence> generic,
                                     List<SummarySentence> focused) {
        int sentences = c.sentenceCount();
        System.out.printf("%n=== %s: %d articles, %d sentences, %d repeated groups%n", c.id(), c.articles().size(),
                sentences, groups.repeated().size());
        print("generic", generic);
        if (c.focus() != null) {
            System.out.println("focus: " + c.focus());
            print("focused", focused);
        }
    }

    private static void print(String label, List<SummarySentence> summary) {
        System.out.printf("-- %s (%d words)%n", label, summary.stream().mapToInt(s -> Words.count(s.text())).sum());
        for (SummarySentence s : summary) {
            StringBuilder cites = new StringBuilder();
            for (Citation c : s.citations()) {
                cites.append('[').append(c.source()).append(':').append(c.sentence()).append(']');
            }
            System.out.println("* " + s.text() + " " + cites);
        }
    }
}
