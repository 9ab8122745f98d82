package org.dossier.eval.summarise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.eval.SharedData;
import org.dossier.group.SentenceGrouper;
import org.dossier.group.SentenceGroups;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;
import org.dossier.model.Words;
import org.dossier.summarise.Summarizer;
import org.dossier.summarise.SummaryOptions;

/**
 * Runs the summariser over the shared evaluation clusters and reports speed and basic health.
 *
 * <p>Usage: {@code SummarizerBenchmark [ducClusters] [--print]}. Without {@code --print} only figures are shown;
 * with it the summaries are printed to the console for reading (never saved into the repository). Figures:
 * summary words against the budget, sentences, average citations per sentence, and warm timings of grouping and of
 * the whole summary. The JUnit gate {@code SummarizerGateTest} runs {@link #run} and checks the invariants.
 */
public final class SummarizerBenchmark {
    /** DUC 2006 scoring budget. */
    public static final int DUC_WORDS = 250;

    /** What one run measured. */
    public record Report(int clusters, int sentencesChosen, double citationsPerSentence, int budgetViolations,
                         double summariseMillisMedian, double summariseMillisMax, double groupMillisMedian,
                         int largestClusterSentences) {
    }

    private SummarizerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int duc = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10;
        boolean print = List.of(args).contains("--print");
        Optional<Report> report = run(duc, print);
        if (report.isEmpty()) {
            System.out.println("shared data not found; nothing measured");
            return;
        }
        System.out.println(report.get());
    }

    /** Summarises the seeds and the first {@code ducClusters} DUC 2006 clusters; empty when the data is absent. */
    public static Optional<Report> run(int ducClusters, boolean print) throws IOException {
        Optional<Path> seeds = SharedData.resolve("seeds");
        Optional<Path> duc = SharedData.resolve("summarization/duc2006.jsonl");
        if (seeds.isEmpty() || duc.isEmpty()) {
            return Optional.empty();
        }
        List<EvalClusters.Cluster> clusters = new ArrayList<>();
        clusters.add(EvalClusters.seeds(seeds.get()));
        clusters.addAll(EvalClusters.duc(duc.get(), ducClusters));

        // warm-up so that timings measure the algorithm, not class loading and JIT compilation
        for (int i = 0; i < 3; i++) {
            for (EvalClusters.Cluster c : clusters) {
                new Summarizer(new SummaryOptions(DUC_WORDS, c.query())).summarise(c.articles());
            }
        }
        List<Double> summariseMs = new ArrayList<>();
        List<Double> groupMs = new ArrayList<>();
        int chosen = 0;
        int citations = 0;
        int violations = 0;
        int largest = 0;
        SentenceGrouper grouper = new SentenceGrouper();
        for (EvalClusters.Cluster c : clusters) {
            int sentences = c.articles().stream().mapToInt(a -> a.sentences().size()).sum();
            largest = Math.max(largest, sentences);
            long t0 = System.nanoTime();
            SentenceGroups groups = grouper.group(c.articles());
            long t1 = System.nanoTime();
            List<SummarySentence> generic = new Summarizer(new SummaryOptions(DUC_WORDS, null)).summarise(c.articles());
            long t2 = System.nanoTime();
            groupMs.add((t1 - t0) / 1e6);
            summariseMs.add((t2 - t1) / 1e6);
            List<SummarySentence> focused = c.query() == null ? List.of()
                    : new Summarizer(new SummaryOptions(DUC_WORDS, c.query())).summarise(c.articles());
            for (List<SummarySentence> summary : List.of(generic, focused)) {
                int words = summary.stream().mapToInt(s -> Words.count(s.text())).sum();
                if (words > DUC_WORDS) {
                    violations++;
                }
                chosen += summary.size();
                citations += summary.stream().mapToInt(s -> s.citations().size()).sum();
            }
            if (print) {
                printCluster(c, sentences, groups, generic, focused);
            }
        }
        summariseMs.sort(null);
        groupMs.sort(null);
        return Optional.of(new Report(clusters.size(), chosen, chosen == 0 ? 0 : (double) citations / chosen,
                violations, summariseMs.get(summariseMs.size() / 2), summariseMs.get(summariseMs.size() - 1),
                groupMs.get(groupMs.size() / 2), largest));
    }

    private static void printCluster(EvalClusters.Cluster c, int sentences, SentenceGroups groups,
                                     List<SummarySentence> generic, List<SummarySentence> focused) {
        System.out.printf("%n=== %s: %d articles, %d sentences, %d repeated groups%n", c.id(), c.articles().size(),
                sentences, groups.repeated().size());
        print("generic", generic);
        if (c.query() != null) {
            System.out.println("query: " + c.query());
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
