package org.dossier.eval.summarise;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.eval.SharedData;
import org.dossier.eval.rouge.RougeReport;
import org.dossier.eval.rouge.RougeScore;
import org.dossier.eval.summaries.SummaryEvaluation;
import org.dossier.summarise.ConceptFeatures;
import org.dossier.summarise.ConceptWeights;

/**
 * Learns the summariser's {@link ConceptWeights} from the development sets, with k-fold cross-validation over
 * clusters: the logic behind {@code dossier train}.
 *
 * <p>Two things are learned:
 * <ol>
 *   <li>the <b>concept model</b>: a logistic regression ({@link LogisticRegression}) from a concept's
 *       {@link ConceptFeatures} to the share of its cluster's human summaries that contain it
 *       ({@link ConceptExamples});</li>
 *   <li>then a direct search on ROUGE (see {@link #fit}): a few coefficients and the <b>lead prior</b> of the
 *       sentence selection are moved step by step while the mean ROUGE-2 over the training clusters rises (the
 *       mean of both sets' figures, so neither set decides alone).</li>
 * </ol>
 *
 * <p>Cross-validation: the clusters of each set are shuffled with the seed and dealt into {@code k} folds, so every
 * fold holds clusters of both sets. For each fold both steps are run on the other folds, and the held-out clusters
 * are summarised and scored; every cluster is held out exactly once, so the pooled held-out mean is the honest
 * estimate of the shipped model. The shipped model is then fitted the same way on all clusters. Everything is
 * deterministic: the seed fixes the folds, Newton's method has no randomness, and summaries are computed per
 * cluster independently (in parallel, with results in cluster order).
 */
public final class SummarizerTrainer {
    /** The lead prior the search starts from (the first summariser's hand-set value). */
    static final double START_LEAD_PRIOR = 6;
    /** The coefficients the ROUGE search moves, and their step. */
    static final List<String> SEARCHED = List.of("leadPrior", "sourceBonus", "costScaling", "earliest",
            "docFraction", "singleSource", "query", "neighbour", "inverseArticles");
    static final double STEP = 0.5;
    /**
     * A move must raise the training objective by this many ROUGE-2 points to be kept. Without it the search
     * chases noise: in the first cross-validated run every fold accepted moves of a few hundredths that lowered
     * the held-out ROUGE on both sets (DUC 10.04 -> 9.82, Multi-News 15.24 -> 15.21).
     */
    static final double MIN_GAIN = 0.1;
    /** L2 penalty of the logistic regression (the loss sums to one per cluster, so this is per cluster count). */
    static final double LAMBDA = 0.01;
    /** Where the trained weights go, relative to the repository root. */
    public static final Path DEFAULT_OUTPUT =
            Path.of("dossier-core/src/main/resources" + ConceptWeights.RESOURCE);

    private final List<SummaryQualityBenchmark.PreparedSet> sets;
    /** [set][cluster] -> its training examples, computed once (features do not depend on the weights). */
    private final List<List<List<LogisticRegression.Example>>> examples;
    private final Consumer<String> log;

    /**
     * Mean ROUGE of one set (recall for DUC-style sets, F1 otherwise), in percent.
     *
     * @param set      dataset name
     * @param clusters clusters scored
     */
    public record SetScore(String set, int clusters, double rouge1, double rouge2, double su4) {
        String line() {
            return String.format(Locale.ROOT, "%-20s %3d clusters  R-1 %.2f  R-2 %.2f  SU4 %.2f", set, clusters,
                    rouge1, rouge2, su4);
        }
    }

    /**
     * One fold's outcome.
     *
     * @param fold      fold number, from 1
     * @param weights   the model fitted on the other folds
     * @param heldOut   scores on the held-out clusters of each set
     */
    public record FoldResult(int fold, ConceptWeights weights, List<SetScore> heldOut) {
    }

    /**
     * What a training run produced.
     *
     * @param folds    per-fold held-out scores
     * @param heldOut  every cluster scored while held out, pooled per set: the cross-validated estimate
     * @param weights  the model fitted on all clusters (what is shipped)
     * @param training the shipped model's scores on all clusters (seen in training: optimistic)
     */
    public record Report(List<FoldResult> folds, List<SetScore> heldOut, ConceptWeights weights,
                         List<SetScore> training) {
    }

    private SummarizerTrainer(List<SummaryQualityBenchmark.PreparedSet> sets, Consumer<String> log) {
        this.sets = sets;
        this.log = log;
        TermAnalyzer analyzer = new TermAnalyzer();
        this.examples = new ArrayList<>();
        for (SummaryQualityBenchmark.PreparedSet set : sets) {
            examples.add(IntStream.range(0, set.size()).parallel()
                    .mapToObj(i -> ConceptExamples.of(set, i, analyzer)).toList());
        }
    }

    /** Reads and prepares the development sets found in the shared data (at most {@code limit} clusters each). */
    public static List<SummaryQualityBenchmark.PreparedSet> developmentSets(int limit) throws IOException {
        List<SummaryQualityBenchmark.PreparedSet> sets = new ArrayList<>();
        for (String name : List.of("duc2006", "multinews")) {
            Path path = SummaryEvaluation.datasetPath(name);
            sets.add(SummaryQualityBenchmark.prepare(path, path.toString().contains("duc"), limit));
        }
        return sets;
    }

    /** Cross-validates and fits the final model on {@code sets}; progress lines go to {@code log}. */
    public static Report train(List<SummaryQualityBenchmark.PreparedSet> sets, int folds, long seed,
                               Consumer<String> log) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        return new SummarizerTrainer(sets, log).run(folds, seed);
    }

    private Report run(int k, long seed) {
        // foldOf[set][cluster]: each set shuffled with the seed, then dealt round-robin
        int[][] foldOf = new int[sets.size()][];
        Random random = new Random(seed);
        for (int s = 0; s < sets.size(); s++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sets.get(s).size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            foldOf[s] = new int[order.size()];
            for (int p = 0; p < order.size(); p++) {
                foldOf[s][order.get(p)] = p % k;
            }
        }
        List<FoldResult> results = new ArrayList<>();
        List<List<RougeReport>> pooled = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            pooled.add(new ArrayList<>());
        }
        for (int f = 0; f < k; f++) {
            int fold = f;
            int[][] training = select(foldOf, x -> x != fold);
            int[][] heldOut = select(foldOf, x -> x == fold);
            ConceptWeights model = fit(training);
            List<SetScore> scores = new ArrayList<>();
            for (int s = 0; s < sets.size(); s++) {
                List<RougeReport> reports = sets.get(s).evaluate(model, heldOut[s]);
                pooled.get(s).addAll(reports);
                scores.add(score(sets.get(s), reports));
            }
            FoldResult result = new FoldResult(fold + 1, model, scores);
            log.accept(String.format(Locale.ROOT, "fold %d/%d model: %s", fold + 1, k, model));
            results.add(result);
            for (SetScore sc : scores) {
                log.accept(String.format(Locale.ROOT, "fold %d/%d held out: %s", fold + 1, k, sc.line()));
            }
        }
        List<SetScore> heldOut = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            heldOut.add(score(sets.get(s), pooled.get(s)));
            log.accept("cross-validated mean: " + heldOut.get(s).line());
        }
        int[][] all = select(foldOf, x -> true);
        log.accept("fitting the final model on all clusters");
        ConceptWeights shipped = fit(all);
        List<SetScore> training = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            training.add(score(sets.get(s), sets.get(s).evaluate(shipped, all[s])));
            log.accept("final model on all clusters (seen in training): " + training.get(s).line());
        }
        return new Report(results, heldOut, shipped, training);
    }

    /**
     * Fits the model on the given clusters in two steps. First the logistic regression of the per-concept labels
     * (calibrated, but blind to what the selection does with the weights). Then a direct search for ROUGE: starting
     * from whichever scores better on the training clusters, the regression's coefficients or the count score
     * alone ({@code logCount} = 1), each coefficient of {@link #SEARCHED} and the lead prior is moved one step up
     * or down, and a move is kept when it raises the training objective (the mean of both sets' ROUGE-2) by at
     * least {@link #MIN_GAIN}.
     */
    private ConceptWeights fit(int[][] clusters) {
        List<LogisticRegression.Example> data = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            for (int i : clusters[s]) {
                data.addAll(examples.get(s).get(i));
            }
        }
        double[] regression = LogisticRegression.fit(data, ConceptFeatures.COUNT, LAMBDA);
        double[] countOnly = new double[ConceptFeatures.COUNT];
        countOnly[ConceptFeatures.NAMES.indexOf("logCount")] = 1;
        ConceptWeights best = new ConceptWeights(regression, START_LEAD_PRIOR);
        double bestObjective = objective(best, clusters);
        ConceptWeights counted = new ConceptWeights(countOnly, START_LEAD_PRIOR);
        double countedObjective = objective(counted, clusters);
        if (countedObjective > bestObjective) {
            best = counted;
            bestObjective = countedObjective;
        }
        for (String feature : SEARCHED) {
            for (double step : new double[] {STEP, -STEP}) {
                ConceptWeights moved = move(best, feature, step);
                if (moved == null) {
                    continue;
                }
                double objective = objective(moved, clusters);
                if (objective > bestObjective + MIN_GAIN) {
                    best = moved;
                    bestObjective = objective;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The weights with one coefficient moved by {@code step}, or a selection setting by a step of its own scale
     * (lead prior 4 x step, cost exponent step / 5); null when the setting would leave its range.
     */
    private static ConceptWeights move(ConceptWeights w, String feature, double step) {
        switch (feature) {
            case "leadPrior" -> {
                double prior = w.leadPrior() + 4 * step;
                return prior < 0 ? null : w.withLeadPrior(prior);
            }
            case "sourceBonus" -> {
                double bonus = w.sourceBonus() + step;
                return bonus < 0 ? null : w.withSourceBonus(bonus);
            }
            case "costScaling" -> {
                double r = Math.round((w.costScaling() + step / 5) * 1e6) / 1e6; // no 0.7999999999999999
                return r < 0 || r > 1.5 ? null : w.withCostScaling(r);
            }
            default -> {
                double[] c = w.coefficients();
                c[ConceptFeatures.NAMES.indexOf(feature)] += step;
                return w.withCoefficients(c);
            }
        }
    }

    /** The training objective: the mean over sets of their ROUGE-2 (recall or F1, by convention). */
    private double objective(ConceptWeights weights, int[][] clusters) {
        double sum = 0;
        for (int s = 0; s < sets.size(); s++) {
            sum += score(sets.get(s), sets.get(s).evaluate(weights, clusters[s])).rouge2();
        }
        return sum / sets.size();
    }

    private static int[][] select(int[][] foldOf, java.util.function.IntPredicate keep) {
        int[][] out = new int[foldOf.length][];
        for (int s = 0; s < foldOf.length; s++) {
            int[] folds = foldOf[s];
            out[s] = IntStream.range(0, folds.length).filter(i -> keep.test(folds[i])).toArray();
        }
        return out;
    }

    /** Mean ROUGE over reports, by the set's convention (recall for DUC, F1 otherwise), in percent. */
    static SetScore score(SummaryQualityBenchmark.PreparedSet set, List<RougeReport> reports) {
        RougeReport mean = SummaryEvaluation.meanOf(reports);
        return new SetScore(set.name(), reports.size(), pick(set, mean.rouge1()), pick(set, mean.rouge2()),
                pick(set, mean.rougeSU4()));
    }

    private static double pick(SummaryQualityBenchmark.PreparedSet set, RougeScore s) {
        return 100 * (set.recall() ? s.recall() : s.f());
    }

    /** The weights file: the coefficients, with the command and the cross-validated figures as comments. */
    public static String weightsFile(Report report, int folds, long seed) throws IOException {
        StringBuilder comment = new StringBuilder();
        comment.append("Learned by 'dossier train --folds ").append(folds).append(" --seed ").append(seed)
                .append("'; do not edit by hand.\n");
        comment.append("Concept weight = exp(sum feature.X * X): the odds of a logistic model, refined for ROUGE;\n");
        comment.append("features in org.dossier.summarise.ConceptFeatures. Cross-validated held-out ROUGE:");
        for (SetScore s : report.heldOut()) {
            comment.append("\n  ").append(s.line());
        }
        StringWriter out = new StringWriter();
        report.weights().write(out, comment.toString());
        return out.toString();
    }

    /**
     * Usage: {@code SummarizerTrainer [--folds 5] [--seed 7] [--limit N] [--output PATH | --dry-run]}. Writes the
     * weights to {@link #DEFAULT_OUTPUT} (run from the repository root) unless told otherwise.
     */
    public static void main(String[] args) throws IOException {
        int folds = 5;
        long seed = 7;
        int limit = Integer.MAX_VALUE;
        Path output = DEFAULT_OUTPUT;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--dry-run" -> dryRun = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (SharedData.resolve("summarization").isEmpty()) {
            throw new IllegalStateException("shared data not found");
        }
        Report report = train(developmentSets(limit), folds, seed, System.out::println);
        write(report, folds, seed, dryRun ? null : output);
    }

    /** Writes the weights file to {@code output} (or prints it when null). */
    public static void write(Report report, int folds, long seed, Path output) throws IOException {
        String text = weightsFile(report, folds, seed);
        if (output == null) {
            System.out.print(text);
            return;
        }
        writeFile(text, output);
        System.out.println("weights written to " + output);
    }

    /** Writes a weights file's text (UTF-8), creating its folder if needed. */
    public static void writeFile(String text, Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}
