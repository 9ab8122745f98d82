package org.dossier.eval.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.group.events.DocumentFeatures;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.group.events.DocumentSimilarity;
import org.dossier.group.events.EventClusterer;

/**
 * Measures event separation on ECB+ ({@code clustering/ecbplus-dev.jsonl}): every topic holds the reports of two
 * events of the same kind (two earthquakes, two rehab check-ins), and the task is to tell them apart.
 *
 * <p>Per topic, its documents are clustered by {@link EventClusterer} exactly as {@code EventSeparator} clusters
 * the articles of one story: no publication dates (ECB+ has none), no number of events given. B-cubed P/R/F1
 * against the gold {@code event} is computed per topic; the gate reports the mean over topics and the micro
 * average over documents, and passes when the mean topic F1 is at least {@value #TARGET}.
 *
 * <p>For information (the newsroom issue), it also clusters all documents as one stream, no topic given, with the
 * same similarity and threshold, and reports B-cubed against the gold events.
 *
 * <pre>
 * java -cp ... org.dossier.eval.events.EcbEventGate [--threshold T] [--stream-threshold S] [--weights terms,names,dates]
 *      [--sweep from,to,step]
 * </pre>
 */
public final class EcbEventGate {
    /** The least mean per-topic B-cubed F1 for the gate to pass. */
    public static final double TARGET = 0.90;
    static final String FILE = "clustering/ecbplus-dev.jsonl";

    /**
     * The figures of one run.
     *
     * @param topicMean mean over topics of the per-topic B-cubed F1
     * @param micro     B-cubed pooled over the documents of all topics (each clustered within its topic)
     * @param stream    B-cubed of clustering every document at once, no topic given
     * @param topics    number of topics
     * @param events    number of predicted events in all topics together
     * @param streamClusters number of clusters of the stream run
     * @param millis    wall time of the whole run
     */
    public record Report(double topicMean, BCubed micro, BCubed stream, int topics, int events, int streamClusters,
                         long millis) {
        public boolean passed() {
            return topicMean >= TARGET;
        }

        public GateLine gateLine() {
            return new GateLine("events-ecbplus", String.format(Locale.ROOT,
                    "topic-mean B3 F1 %.3f (target %.2f), micro %s, %d topics -> %d events; "
                            + "stream (all docs) %s, %d clusters; %d ms",
                    topicMean, TARGET, micro, topics, events, stream, streamClusters, millis), passed());
        }
    }

    private final EventClusterer clusterer;
    private final EventClusterer streamClusterer;

    /** @param clusterer used per topic; @param streamClusterer used on all documents at once */
    public EcbEventGate(EventClusterer clusterer, EventClusterer streamClusterer) {
        this.clusterer = clusterer;
        this.streamClusterer = streamClusterer;
    }

    /** The settings the library uses: {@link EventClusterer#forStory()} and {@link EventClusterer#forStream()}. */
    public EcbEventGate() {
        this(EventClusterer.forStory(), EventClusterer.forStream());
    }

    public Report run(Path file) {
        long start = System.nanoTime();
        List<EcbDocument> docs = EcbDocument.read(file);
        DocumentFeaturizer featurizer = new DocumentFeaturizer();
        List<DocumentFeatures> features = new ArrayList<>(docs.size());
        for (EcbDocument d : docs) {
            features.add(featurizer.features(null, d.text(), null));
        }
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byTopic.computeIfAbsent(docs.get(i).topic(), t -> new ArrayList<>()).add(i);
        }
        List<String> pooledPredicted = new ArrayList<>();
        List<String> pooledGold = new ArrayList<>();
        double f1Sum = 0;
        int events = 0;
        for (Map.Entry<String, List<Integer>> topic : byTopic.entrySet()) {
            List<DocumentFeatures> topicFeatures = new ArrayList<>();
            List<String> gold = new ArrayList<>();
            for (int i : topic.getValue()) {
                topicFeatures.add(features.get(i));
                gold.add(docs.get(i).event());
            }
            int[] labels = clusterer.cluster(topicFeatures);
            List<String> predicted = new ArrayList<>();
            int max = 0;
            for (int label : labels) {
                predicted.add(topic.getKey() + "/" + label);
                max = Math.max(max, label + 1);
            }
            events += max;
            f1Sum += BCubed.score(predicted, gold).f1();
            pooledPredicted.addAll(predicted);
            pooledGold.addAll(gold);
        }
        BCubed micro = BCubed.score(pooledPredicted, pooledGold);
        int[] streamLabels = streamClusterer.cluster(features);
        List<Integer> streamPredicted = new ArrayList<>();
        int streamClusters = 0;
        for (int label : streamLabels) {
            streamPredicted.add(label);
            streamClusters = Math.max(streamClusters, label + 1);
        }
        List<String> allGold = docs.stream().map(EcbDocument::event).toList();
        BCubed stream = BCubed.score(streamPredicted, allGold);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Report(f1Sum / byTopic.size(), micro, stream, byTopic.size(), events, streamClusters, millis);
    }

    public static void main(String[] args) {
        Path file = SharedData.resolve(FILE).orElse(null);
        if (file == null) {
            System.out.println("shared data not found: " + FILE + " (set DOSSIER_DATA)");
            return;
        }
        double threshold = EventClusterer.STORY_THRESHOLD;
        double streamThreshold = EventClusterer.STREAM_THRESHOLD;
        DocumentSimilarity.Weights weights = DocumentSimilarity.Weights.DEFAULT;
        double[] sweep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                case "--stream-threshold" -> streamThreshold = Double.parseDouble(args[++i]);
                case "--weights" -> {
                    String[] w = args[++i].split(",");
                    weights = new DocumentSimilarity.Weights(Double.parseDouble(w[0]), Double.parseDouble(w[1]),
                            Double.parseDouble(w[2]));
                }
                case "--sweep" -> {
                    String[] range = args[++i].split(",");
                    sweep = new double[] {Double.parseDouble(range[0]), Double.parseDouble(range[1]),
                            Double.parseDouble(range[2])};
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (sweep != null) {
            // shows how flat (or not) the figures are around the chosen threshold
            for (double t = sweep[0]; t <= sweep[1] + 1e-9; t += sweep[2]) {
                // the stream threshold is on another scale (relative similarities): swept as t * 8
                Report r = new EcbEventGate(new EventClusterer(weights, t, false),
                        new EventClusterer(weights, t * 8, true)).run(file);
                System.out.printf(Locale.ROOT, "threshold %.2f: topic-mean F1 %.3f, micro %s, events %d; "
                        + "stream %s, %d clusters%n", t, r.topicMean(), r.micro(), r.events(), r.stream(),
                        r.streamClusters());
            }
        }
        new EcbEventGate(new EventClusterer(weights, threshold, false),
                new EventClusterer(weights, streamThreshold, true)).run(file).gateLine().print();
    }
}
