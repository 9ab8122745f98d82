package org.dossier.eval.summarise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.eval.SharedData;
import org.dossier.eval.rouge.LengthLimit;
import org.dossier.eval.rouge.PreparedReferences;
import org.dossier.eval.rouge.RougeOptions;
import org.dossier.eval.rouge.RougeReport;
import org.dossier.eval.rouge.RougeScorer;
import org.dossier.eval.summaries.Cluster;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.eval.summaries.SummaryEvaluation;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;
import org.dossier.model.Words;
import org.dossier.summarise.ConceptWeights;
import org.dossier.summarise.SentenceFilter;
import org.dossier.summarise.Summarizer;
import org.dossier.summarise.SummaryOptions;

/**
 * Summary content quality on both development sets in one run: DUC 2006 (query-focused, recall) and Multi-News
 * (generic, F1), each at 250 words, scored with the project's ROUGE-1.5.5 scorer.
 *
 * <p>It gives the same figures as {@code dossier eval summaries}, but prepares every cluster (cleaning, sentence
 * splitting) and every reference once, then times only the summariser, warm. That makes it the tool for comparing
 * summariser changes: one command, both sets, so that a change tuned on one set is seen on the other at once.
 *
 * <p>Usage: {@code SummaryQualityBenchmark [maxClustersPerSet] [--print]}; {@code --print} shows every summary on
 * the console, for reading (never into the repository). The gate test {@code SummaryQualityGateTest}
 * runs it over the shared data when present.
 */
public final class SummaryQualityBenchmark {
    /** The budget both sets are scored at. */
    public static final int WORDS = 250;

    /**
     * Scores on one set.
     *
     * @param name            dataset name
     * @param clusters        clusters summarised
     * @param mean            mean ROUGE over clusters (recall for DUC, F1 for Multi-News is in {@code f})
     * @param meanWords       mean summary length in words, before the scorer's cut
     * @param clustersPerSecond warm summariser throughput (cleaning and splitting excluded, done once before)
     * @param needContext       share of summary sentences that lean on an unseen sentence
     *                          ({@link SentenceFilter#needsContext}: "He ...", "..., they said.", not placed right
     *                          after their article's previous sentence)
     */
    public record SetResult(String name, int clusters, RougeReport mean, double meanWords,
                            double clustersPerSecond, double needContext) {
        /** One line: the figures this set is judged by. */
        public String line() {
            boolean duc = name.contains("duc");
            return String.format(Locale.ROOT, "%-22s %3d clusters  %s R-1 %.2f  R-2 %.2f  SU4 %.2f  words %.1f  "
                            + "%.1f clusters/s  context-needing sentences %.1f%%",
                    name, clusters, duc ? "recall" : "F1    ",
                    100 * (duc ? mean.rouge1().recall() : mean.rouge1().f()),
                    100 * (duc ? mean.rouge2().recall() : mean.rouge2().f()),
                    100 * (duc ? mean.rougeSU4().recall() : mean.rougeSU4().f()),
                    meanWords, clustersPerSecond, 100 * needContext);
        }
    }

    private record Prepared(AnalysedCluster cluster, PreparedReferences references, List<List<String>> referenceLines) {
    }

    private SummaryQualityBenchmark() {
    }

    /** Scores one dataset file; {@code focused} uses each cluster's query. Reads at most {@code limit} clusters. */
    public static SetResult run(Path dataset, boolean focused, int limit, boolean print) throws IOException {
        return score(prepare(dataset, focused, limit), print);
    }

    /**
     * A dataset read, cleaned, split and with its references prepared for ROUGE: everything that does not depend on
     * the summariser, so that several summariser settings can be scored on it in one run.
     */
    public static final class PreparedSet {
        private final String name;
        private final RougeScorer scorer;
        private final List<Prepared> clusters;

        private PreparedSet(String name, RougeScorer scorer, List<Prepared> clusters) {
            this.name = name;
            this.scorer = scorer;
            this.clusters = clusters;
        }

        /** The dataset's file name. */
        public String name() {
            return name;
        }

        /** How many clusters were prepared. */
        public int size() {
            return clusters.size();
        }

        /** The cleaned and split cluster at {@code index}. */
        public AnalysedCluster cluster(int index) {
            return clusters.get(index).cluster();
        }

        /** The references of the cluster at {@code index}, each split into sentences. */
        public List<List<String>> referenceLines(int index) {
            return clusters.get(index).referenceLines();
        }

        /**
         * Summarises the clusters at {@code indices} with the given weights (in parallel over clusters: each
         * cluster's summary does not depend on the others, so the result is the same at any thread count) and
         * scores each summary; reports in the order of {@code indices}.
         */
        public List<RougeReport> evaluate(ConceptWeights weights, int[] indices) {
            return IntStream.of(indices).parallel().mapToObj(i -> {
                Prepared p = clusters.get(i);
                Summarizer summarizer = new Summarizer(new SummaryOptions(WORDS, p.cluster().focus()),
                        new TermAnalyzer(), weights);
                List<String> lines = summarizer.summarise(p.cluster().articles()).stream()
                        .map(SummarySentence::text).toList();
                return scorer.score(LengthLimit.firstWords(lines, WORDS), p.references());
            }).toList();
        }

        /** Whether this set is scored by recall (DUC convention) rather than F1. */
        public boolean recall() {
            return name.contains("duc");
        }
    }

    /** Reads and prepares at most {@code limit} clusters of a dataset; {@code focused} keeps each cluster's query. */
    public static PreparedSet prepare(Path dataset, boolean focused, int limit) throws IOException {
        RougeOptions options = SummaryEvaluation.conventionFor(dataset, WORDS);
        RougeScorer scorer = new RougeScorer(options);
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Prepared> prepared = new ArrayList<>();
        for (Cluster c : SummaryDataset.readAll(dataset)) {
            if (prepared.size() == limit) {
                break;
            }
            String focus = focused ? c.focus() : null;
            List<List<String>> references = SummaryEvaluation.referenceLines(c);
            prepared.add(new Prepared(AnalysedCluster.prepare(c.id(), focus, c.articles(), cleaner, splitter),
                    scorer.prepare(references), references));
        }
        return new PreparedSet(dataset.getFileName().toString(), scorer, prepared);
    }

    /** Summarises every cluster of a prepared set (after one untimed warm-up pass) and scores the summaries. */
    public static SetResult score(PreparedSet set, boolean print) {
        List<Prepared> prepared = set.clusters;
        summariseAll(prepared);
        long start = System.nanoTime();
        List<List<SummarySentence>> summaries = summariseAll(prepared);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<RougeReport> reports = new ArrayList<>();
        long words = 0;
        int sentences = 0;
        int needContext = 0;
        for (int i = 0; i < prepared.size(); i++) {
            List<String> lines = summaries.get(i).stream().map(SummarySentence::text).toList();
            words += lines.stream().mapToInt(Words::count).sum();
            sentences += lines.size();
            needContext += danglingSentences(summaries.get(i));
            RougeReport report = set.scorer.score(LengthLimit.firstWords(lines, WORDS), prepared.get(i).references());
            reports.add(report);
            if (print) {
                System.out.printf(Locale.ROOT, "%n## %s  R-2 R %.2f F %.2f%n", prepared.get(i).cluster().id(),
                        100 * report.rouge2().recall(), 100 * report.rouge2().f());
                lines.forEach(line -> System.out.println("  " + line));
            }
        }
        return new SetResult(set.name, prepared.size(), SummaryEvaluation.meanOf(reports),
                (double) words / Math.max(1, prepared.size()), prepared.size() / Math.max(1e-9, seconds),
                (double) needContext / Math.max(1, sentences));
    }

    private static List<List<SummarySentence>> summariseAll(List<Prepared> prepared) {
        List<List<SummarySentence>> out = new ArrayList<>(prepared.size());
        for (Prepared p : prepared) {
            Summarizer summarizer = new Summarizer(new SummaryOptions(WORDS, p.cluster().focus()));
            out.add(summarizer.summarise(p.cluster().articles()));
        }
        return out;
    }

    /**
     * Summary sentences that lean on a sentence the reader does not see: {@link SentenceFilter#needsContext} and not
     * placed right after the sentence before it in its own article.
     */
    static int danglingSentences(List<SummarySentence> summary) {
        int n = 0;
        for (int i = 0; i < summary.size(); i++) {
            if (!SentenceFilter.needsContext(summary.get(i).text())) {
                continue;
            }
            Citation own = summary.get(i).citations().get(0);
            Citation before = i > 0 ? summary.get(i - 1).citations().get(0) : null;
            boolean antecedentShown = before != null && before.source() == own.source()
                    && before.sentence() == own.sentence() - 1;
            if (!antecedentShown) {
                n++;
            }
        }
        return n;
    }

    /** Both development sets, when the shared data is present: DUC 2006 query-focused, then Multi-News. */
    public static List<SetResult> runBoth(int limit, boolean print) throws IOException {
        List<SetResult> out = new ArrayList<>();
        Optional<Path> duc = SharedData.resolve("summarization/duc2006.jsonl");
        if (duc.isPresent()) {
            out.add(run(duc.get(), true, limit, print));
        }
        Optional<Path> multiNews = SharedData.resolve("summarization/multinews-dev.jsonl");
        if (multiNews.isPresent()) {
            out.add(run(multiNews.get(), false, limit, print));
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        boolean print = List.of(args).contains("--print");
        for (SetResult r : runBoth(limit, print)) {
            System.out.println(r.line());
        }
    }
}
