package org.dossier.eval.stories;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.eval.events.BCubed;
import org.dossier.eval.events.EcbDocument;
import org.dossier.group.events.DocumentFeatures;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.group.events.DocumentSimilarity;
import org.dossier.group.events.EventClusterer;
import org.dossier.group.stories.Story;
import org.dossier.group.stories.StoryChange;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StoryClustererSnapshot;
import org.dossier.group.stories.StorySettings;
import org.dossier.group.stories.StreamArticle;

/**
 * Measures the incremental {@link StoryClusterer} on ECB+ ({@code clustering/ecbplus-dev.jsonl}): every document
 * of every topic fed as one stream, one at a time, and the resulting stories scored with B-cubed against the gold
 * {@code event}. Each topic holds two real events of the same kind, so telling the two apart is the hard part.
 *
 * <p>The labels are kept as a store keeps its story fields: set on assignment and updated by every revision the
 * clusterer reports ({@link StoryClusterer#drainChanges()}); the gate checks that they end equal to the listing.
 *
 * <p>ECB+ has no dates, so the stream is undated and the time window plays no part (arrival order only). Single-pass
 * clustering depends on the order of arrival, so the gate runs the file order and {@value #SHUFFLES} seeded
 * shuffles, and passes when the file order and the mean of the shuffles both reach {@value #TARGET}. For
 * comparison it also runs the batch all-pairs clustering ({@link EventClusterer#forStream()}).
 *
 * <pre>
 * java -cp ... org.dossier.eval.stories.StreamClusteringGate [--threshold T] [--weights TERMS,NAMES,DATES]
 *      [--article-terms K] [--sweep FROM,TO,STEP] [--warm-idf]
 *      [--single-pass]
 * </pre>
 */
public final class StreamClusteringGate {
    /** The least B-cubed F1 for the gate to pass (issue 4). */
    public static final double TARGET = 0.92;
    /** How many shuffled orders are run, seeds 1..SHUFFLES. */
    public static final int SHUFFLES = 5;
    static final String FILE = "clustering/ecbplus-dev.jsonl";

    /**
     * The figures of one run.
     *
     * @param fileOrder     B-cubed of the stream in file order
     * @param shuffledMean  mean F1 over the shuffled orders
     * @param shuffledMin   lowest F1 over the shuffled orders
     * @param stories       number of stories in file order
     * @param batch         B-cubed of the batch all-pairs clustering, for comparison
     * @param batchClusters its number of clusters
     * @param streamMillis  time of the file-order clustering alone (features precomputed)
     * @param featureMillis time to featurise all documents
     */
    public record Report(BCubed fileOrder, double shuffledMean, double shuffledMin, int stories, BCubed batch,
                         int batchClusters, long streamMillis, long featureMillis) {
        public boolean passed() {
            return fileOrder.f1() >= TARGET && shuffledMean >= TARGET;
        }

        public GateLine gateLine() {
            return new GateLine("stories-ecbplus-stream", String.format(Locale.ROOT,
                    "B-cubed F1 %.3f in file order (P %.3f R %.3f, %d stories for %d docs), shuffled x%d mean F1 "
                            + "%.3f min %.3f (target %.2f); batch all-pairs baseline F1 %.3f (%d clusters); "
                            + "clustering %d ms, features %d ms",
                    fileOrder.f1(), fileOrder.precision(), fileOrder.recall(), stories, fileOrder.items(), SHUFFLES,
                    shuffledMean, shuffledMin, TARGET, batch.f1(), batchClusters, streamMillis, featureMillis),
                    passed());
        }
    }

    private final StorySettings settings;
    private final boolean warmIdf;
    private boolean singlePass;

    /** Measures the clusterer without revisions instead (for comparison: what revising buys). */
    public StreamClusteringGate singlePass() {
        this.singlePass = true;
        return this;
    }

    /**
     * @param settings the clusterer's settings
     * @param warmIdf  diagnosis only, not a valid stream result: count the document frequencies of the whole file
     *                 before clustering, to measure how much the young weights of a stream cost
     */
    public StreamClusteringGate(StorySettings settings, boolean warmIdf) {
        this.settings = settings;
        this.warmIdf = warmIdf;
    }

    public StreamClusteringGate() {
        this(StorySettings.DEFAULT, false);
    }

    public Report run(Path file) {
        List<EcbDocument> docs = EcbDocument.read(file);
        long t0 = System.nanoTime();
        DocumentFeaturizer featurizer = new DocumentFeaturizer();
        List<DocumentFeatures> features = new ArrayList<>(docs.size());
        for (EcbDocument d : docs) {
            features.add(featurizer.features(null, d.text(), null));
        }
        long featureMillis = (System.nanoTime() - t0) / 1_000_000;
        List<String> gold = docs.stream().map(EcbDocument::event).toList();

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        long t1 = System.nanoTime();
        Clustered fileOrder = cluster(docs, features, order);
        long streamMillis = (System.nanoTime() - t1) / 1_000_000;
        BCubed fileScore = BCubed.score(fileOrder.labels(), gold);

        double sum = 0;
        double min = 1;
        for (int seed = 1; seed <= SHUFFLES; seed++) {
            List<Integer> shuffled = new ArrayList<>(order);
            Collections.shuffle(shuffled, new Random(seed));
            double f1 = BCubed.score(cluster(docs, features, shuffled).labels(), gold).f1();
            sum += f1;
            min = Math.min(min, f1);
        }

        int[] batchLabels = EventClusterer.forStream().cluster(features);
        List<Integer> batchList = new ArrayList<>();
        int batchClusters = 0;
        for (int l : batchLabels) {
            batchList.add(l);
            batchClusters = Math.max(batchClusters, l + 1);
        }
        return new Report(fileScore, sum / SHUFFLES, min, fileOrder.stories(), BCubed.score(batchList, gold),
                batchClusters, streamMillis, featureMillis);
    }

    /** The story of each document (in file positions), after feeding them in {@code order}. */
    private record Clustered(List<String> labels, int stories) {
    }

    private Clustered cluster(List<EcbDocument> docs, List<DocumentFeatures> features, List<Integer> order) {
        StoryClusterer clusterer = warmIdf ? warmedUp(features)
                : singlePass ? StoryClusterer.singlePass(settings) : new StoryClusterer(settings);
        // the labels are kept the way a store keeps its story fields: set on assignment, then updated by every
        // revision the clusterer reports (so the gate also checks that the reported changes are complete)
        String[] labels = new String[docs.size()];
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        for (int i : order) {
            position.put(docs.get(i).id(), i);
            labels[i] = clusterer.assign(new StreamArticle(docs.get(i).id(), null, null, null, features.get(i)))
                    .storyId();
            for (StoryChange move : clusterer.drainChanges().moves()) {
                labels[position.get(move.articleId())] = move.to();
            }
        }
        for (Story story : clusterer.stories()) {
            for (String member : story.memberIds()) {
                if (!story.id().equals(labels[position.get(member)])) {
                    throw new IllegalStateException("reported changes disagree with the listing for " + member);
                }
            }
        }
        return new Clustered(List.of(labels), clusterer.storyCount());
    }

    /** A clusterer with no stories whose document frequencies already count every document of the file. */
    private StoryClusterer warmedUp(List<DocumentFeatures> features) {
        StoryClusterer counter = new StoryClusterer(settings);
        for (int i = 0; i < features.size(); i++) {
            counter.assign(new StreamArticle("warm-" + i, null, null, null, features.get(i)));
        }
        StoryClustererSnapshot s = counter.snapshot();
        return StoryClusterer.restore(new StoryClustererSnapshot(s.version(), settings, 0, null, 1, s.terms(),
                s.names(), s.dates(), List.of(), List.of(), !singlePass, List.of(), 0));
    }

    public static void main(String[] args) {
        Path file = SharedData.resolve(FILE).orElse(null);
        if (file == null) {
            System.out.println("shared data not found: " + FILE + " (set DOSSIER_DATA)");
            return;
        }
        StorySettings settings = StorySettings.DEFAULT;
        double[] sweep = null;
        boolean warm = false;
        boolean single = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warm-idf" -> warm = true;
                case "--single-pass" -> single = true;
                case "--threshold" -> settings = settings.withThreshold(Double.parseDouble(args[++i]));
                case "--weights" -> {
                    String[] w = args[++i].split(",");
                    settings = settings.withWeights(new DocumentSimilarity.Weights(Double.parseDouble(w[0]),
                            Double.parseDouble(w[1]), Double.parseDouble(w[2])));
                }
                case "--article-terms" -> settings = settings.withArticleTerms(Integer.parseInt(args[++i]));
                case "--sweep" -> {
                    String[] r = args[++i].split(",");
                    sweep = new double[] {Double.parseDouble(r[0]), Double.parseDouble(r[1]), Double.parseDouble(r[2])};
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (sweep != null) {
            for (double t = sweep[0]; t <= sweep[1] + 1e-9; t += sweep[2]) {
                Report r = new StreamClusteringGate(settings.withThreshold(t), warm).run(file);
                System.out.printf(Locale.ROOT, "threshold %.3f: file order %s, %d stories; shuffled mean F1 %.3f "
                        + "min %.3f%n", t, r.fileOrder(), r.stories(), r.shuffledMean(), r.shuffledMin());
            }
        }
        if (warm) {
            System.out.println("diagnosis: document frequencies of the whole file counted in advance (not a stream)");
        }
        if (single) {
            System.out.println("single pass: no revisions (the first version)");
            new StreamClusteringGate(settings, warm).singlePass().run(file).gateLine().print();
            return;
        }
        new StreamClusteringGate(settings, warm).run(file).gateLine().print();
    }
}
