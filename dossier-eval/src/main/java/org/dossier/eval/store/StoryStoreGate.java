package org.dossier.eval.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.eval.events.BCubed;
import org.dossier.eval.events.EcbDocument;
import org.dossier.eval.stories.StreamClusteringGate;
import org.dossier.group.stories.Story;
import org.dossier.model.Article;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreReader;
import org.dossier.store.StoryOrder;
import org.dossier.store.StoryTracker;
import org.dossier.store.ingest.ArticleSource;
import org.dossier.store.ingest.Ingester;

/**
 * Stories assigned by the store on real news, and kept through a crash: the ECB+ development file (two real events
 * of one kind per topic) is ingested three ways and the story labels the store keeps are compared.
 *
 * <ol>
 *   <li><b>Reference:</b> all articles in one ingest, committing every {@value #COMMIT_EVERY} articles. Its
 *       labels are scored with B-cubed against the gold events and must reach the target, as the
 *       clusterer alone does ({@code StreamClusteringGate}): the wiring (cleaning, page headers, store ids,
 *       near-duplicates joining their original) must not cost the quality.</li>
 *   <li><b>Crash:</b> 40 % ingested, the snapshot file saved aside, 30 % more ingested, then the old snapshot put
 *       back — exactly what a process killed between a Lucene commit and the snapshot rename leaves — and the
 *       rest ingested after reopening. Every label must equal the reference's.</li>
 *   <li><b>Lost snapshot:</b> the crash store's snapshot deleted and the store reopened: the stories are rebuilt
 *       from the stored articles; every label must still equal the reference's.</li>
 * </ol>
 *
 * <pre>java -cp ... org.dossier.eval.store.StoryStoreGate [ECB_JSONL|-] [FIRST_N_DOCUMENTS]</pre>
 */
public final class StoryStoreGate {
    /** The ECB+ file under the shared data folder. */
    public static final String FILE = "clustering/ecbplus-dev.jsonl";
    static final int COMMIT_EVERY = 50;

    /**
     * What was measured.
     *
     * @param articles        articles stored in the reference run
     * @param stories         stories the reference store lists
     * @param quality         B-cubed of the reference labels against the gold events
     * @param replayed        articles replayed after the stale snapshot in the crash run
     * @param crashSame       labels of the crash run equal to the reference's
     * @param rebuiltSame     labels after rebuilding without a snapshot equal to the reference's
     * @param cpuMsPerArticle process CPU per article of the reference ingest (all threads)
     * @param nearDuplicates  articles the store linked to an original (they take its story unclustered)
     * @param crossLinks      of those, links between two different gold events
     * @param clusterAgreeing clustered (not near-duplicate) articles whose stored label is the story the clusterer
     *                        lists them in at the end: the store followed every revision the clusterer reported
     * @param clustered       clustered articles checked
     */
    public record Report(int articles, int stories, BCubed quality, long replayed, int crashSame, int rebuiltSame,
                         double cpuMsPerArticle, int nearDuplicates, int crossLinks, int clusterAgreeing,
                         int clustered) {

        /**
         * Consistency and quality: every label the same after the crash and after the rebuild, the store following
         * every revision, and the stories the store keeps reaching the B-cubed target
         * ({@value StreamClusteringGate#TARGET}, the same as the clusterer alone).
         */
        public boolean passed() {
            return articles > 0 && crashSame == articles && rebuiltSame == articles && replayed > 0
                    && clusterAgreeing == clustered && quality.f1() >= StreamClusteringGate.TARGET;
        }

        public GateLine gateLine() {
            return new GateLine("stories-store", String.format(Locale.ROOT,
                    "ECB+ %d articles ingested with stories: B-cubed F1 %.3f (P %.3f R %.3f), %d stories, "
                            + "%.1f ms CPU per article; crash between commit and snapshot: %d replayed, labels same "
                            + "%d/%d; rebuilt without snapshot: labels same %d/%d; near-duplicates %d (%d across "
                            + "gold events); labels following the clusterer's revisions %d/%d",
                    articles, quality.f1(), quality.precision(), quality.recall(), stories, cpuMsPerArticle,
                    replayed, crashSame, articles, rebuiltSame, articles, nearDuplicates, crossLinks,
                    clusterAgreeing, clustered), passed());
        }
    }

    private StoryStoreGate() {
    }

    /**
     * Runs the three ingests in sub-folders of {@code work}.
     *
     * @param limit use the first this many documents of the file (file order keeps whole topics together); the
     *              JUnit gate uses a part so that its three ingests stay within a minute
     */
    public static Report run(Path ecbFile, Path work, int limit) throws IOException {
        List<EcbDocument> all = EcbDocument.read(ecbFile);
        List<EcbDocument> docs = all.subList(0, Math.min(limit, all.size()));
        List<Article> articles = new ArrayList<>(docs.size());
        Map<String, String> gold = new HashMap<>();
        for (EcbDocument d : docs) {
            articles.add(Article.builder(d.id(), d.text()).origin(d.id()).build());
            gold.put(d.id(), d.event());
        }

        Path reference = work.resolve("reference");
        long cpu = cpuNanos();
        Map<String, String> clustererStory = new HashMap<>();
        try (ArticleStore store = ArticleStore.open(reference)) {
            StoryTracker tracker = StoryTracker.attach(store);
            ingest(store, articles);
            for (Story story : tracker.clustererStories()) {
                story.memberIds().forEach(member -> clustererStory.put(member, story.id()));
            }
        }
        cpu = cpuNanos() - cpu;
        Map<String, String> expected = labels(reference);
        Map<String, String> inputOf = new HashMap<>();
        Map<String, String> originalOf = new HashMap<>();
        int[] agreeing = new int[1];
        try (ArticleStore store = ArticleStore.open(reference)) {
            store.forEach(s -> {
                String listed = clustererStory.get(s.id());
                if (listed != null && listed.equals(s.story())) {
                    agreeing[0]++;
                }
                inputOf.put(s.id(), s.article().id());
                if (s.duplicateOf() != null) {
                    originalOf.put(s.id(), s.duplicateOf());
                }
            });
        }
        int crossLinks = (int) originalOf.entrySet().stream()
                .filter(e -> !gold.get(inputOf.get(e.getKey())).equals(gold.get(inputOf.get(e.getValue())))).count();
        List<String> predicted = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        expected.forEach((id, story) -> {
            predicted.add(story);
            truth.add(gold.get(id));
        });
        int stories;
        try (StoreReader reader = StoreReader.open(reference)) {
            stories = reader.stories(StoryOrder.BIGGEST, Integer.MAX_VALUE).size();
        }

        Path crashed = work.resolve("crashed");
        int a = articles.size() * 4 / 10;
        int b = articles.size() * 7 / 10;
        Path stale = work.resolve("stale-snapshot.json");
        try (ArticleStore store = ArticleStore.open(crashed)) {
            StoryTracker tracker = StoryTracker.attach(store);
            ingest(store, articles.subList(0, a));
            tracker.flush(); // the snapshot of the commit at 40 % (snapshots are otherwise at most every 30 s)
            Files.copy(crashed.resolve(StoryTracker.FILE), stale);
            ingest(store, articles.subList(a, b));
        }
        Files.copy(stale, crashed.resolve(StoryTracker.FILE), StandardCopyOption.REPLACE_EXISTING);
        long replayed;
        try (ArticleStore store = ArticleStore.open(crashed)) {
            replayed = StoryTracker.attach(store).recovery().replayed();
            ingest(store, articles.subList(b, articles.size()));
        }
        int crashSame = same(expected, labels(crashed));

        Files.delete(crashed.resolve(StoryTracker.FILE));
        try (ArticleStore store = ArticleStore.open(crashed)) {
            StoryTracker.attach(store);
        }
        int rebuiltSame = same(expected, labels(crashed));
        return new Report(expected.size(), stories, BCubed.score(predicted, truth), replayed, crashSame, rebuiltSame,
                cpu / 1e6 / articles.size(), originalOf.size(), crossLinks, agreeing[0], clustererStory.size());
    }

    private static void ingest(ArticleStore store, List<Article> articles) throws IOException {
        new Ingester(store).threads(2).commitEvery(COMMIT_EVERY)
                .ingest(List.of(ArticleSource.of("ecb+", articles)));
    }

    /** Story label of every stored article, by input id. */
    private static Map<String, String> labels(Path dir) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.forEach(a -> out.put(a.article().id(), a.story()));
        }
        return out;
    }

    private static int same(Map<String, String> expected, Map<String, String> actual) {
        int same = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (e.getValue() != null && e.getValue().equals(actual.get(e.getKey()))) {
                same++;
            }
        }
        return same;
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 && !args[0].equals("-") ? Path.of(args[0]) : SharedData.resolve(FILE)
                .orElseThrow(() -> new IllegalStateException("no " + FILE + " under the shared data folder"));
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Path work = Files.createTempDirectory("dossier-story-store-gate");
        try {
            System.out.println(run(file, work, limit).gateLine().format());
        } finally {
            IngestBenchmark.deleteFolder(work);
        }
    }
}
