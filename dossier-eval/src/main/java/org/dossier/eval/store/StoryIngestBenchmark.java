package org.dossier.eval.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.eval.events.BCubed;
import org.dossier.eval.stream.SyntheticStream;
import org.dossier.model.Article;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreReader;
import org.dossier.store.StoryOrder;
import org.dossier.store.StoryTracker;
import org.dossier.store.ingest.ArticleSource;
import org.dossier.store.ingest.IngestReport;
import org.dossier.store.ingest.Ingester;

/**
 * Ingest with story clustering on a news-like stream: {@link SyntheticStream} (events covered over days by several
 * outlets, syndicated copies, updates, page furniture; gold story known) goes through the {@link Ingester} into a
 * new store with a {@link StoryTracker} attached, exactly as {@code dossier ingest} does. Reports the wall and CPU
 * rate, the heap, the B-cubed of the labels the store keeps against the gold stories, the snapshot size and the
 * time to reopen.
 *
 * <pre>java -Xmx1g -cp ... org.dossier.eval.store.StoryIngestBenchmark [ARTICLES [SEED]] [--no-stories]</pre>
 * With {@code --no-stories} the same stream is ingested without clustering, for the difference.
 */
public final class StoryIngestBenchmark {
    private static final long MB = 1024 * 1024;

    private StoryIngestBenchmark() {
    }

    public static void main(String[] rawArgs) throws IOException {
        boolean stories = !Arrays.asList(rawArgs).contains("--no-stories");
        String[] args = Arrays.stream(rawArgs).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<Article> articles = new ArrayList<>(size);
        Map<String, String> gold = new HashMap<>();
        new SyntheticStream(size, seed).forEach(a -> {
            articles.add(a.article());
            gold.put(a.article().id(), a.story());
        });
        Path dir = Files.createTempDirectory("dossier-story-ingest");
        try {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu = cpuNanos();
            IngestReport report;
            StoryTracker tracker = null;
            try (ArticleStore store = ArticleStore.open(dir)) {
                if (stories) {
                    tracker = StoryTracker.attach(store);
                }
                report = new Ingester(store).threads(2).ingest(List.of(ArticleSource.of("stream", articles)));
            }
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
            System.out.printf(Locale.ROOT, "story ingest benchmark: %,d articles of SyntheticStream seed %d, stories %s,"
                    + " load average %.1f -> %.1f%n", size, seed, stories ? "on" : "off", load,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "ingest: %s%n", report.summary());
            System.out.printf(Locale.ROOT, "cpu: %.1f s = %.2f ms per article, %.0f articles per CPU second; "
                    + "heap after GC %d MB%s%n", cpuSeconds, cpuSeconds * 1000 / report.read(),
                    report.read() / cpuSeconds, heap, stories ? " (tracker alive)" : "");
            if (tracker != null) {
                List<String> predicted = new ArrayList<>();
                List<String> truth = new ArrayList<>();
                Map<String, String> goldOfStoreId = new HashMap<>();
                Map<String, String> originalOf = new HashMap<>();
                long start = System.nanoTime();
                try (ArticleStore store = ArticleStore.open(dir)) {
                    StoryTracker again = StoryTracker.attach(store);
                    double reopen = (System.nanoTime() - start) / 1e6;
                    store.forEach(a -> {
                        predicted.add(a.story());
                        truth.add(gold.get(a.article().id()));
                        goldOfStoreId.put(a.id(), gold.get(a.article().id()));
                        if (a.duplicateOf() != null) {
                            originalOf.put(a.id(), a.duplicateOf());
                        }
                    });
                    System.out.printf(Locale.ROOT, "reopen + restore: %.0f ms (%s)%n", reopen, again.recovery());
                }
                BCubed q = BCubed.score(predicted, truth);
                // Near-duplicates take their original's story: a link between two gold stories is a merge the
                // clusterer never decided.
                long crossLinks = originalOf.entrySet().stream()
                        .filter(e -> !goldOfStoreId.get(e.getKey()).equals(goldOfStoreId.get(e.getValue()))).count();
                System.out.printf(Locale.ROOT, "near-duplicate links: %d, of which across gold stories: %d%n",
                        originalOf.size(), crossLinks);
                try (StoreReader reader = StoreReader.open(dir)) {
                    start = System.nanoTime();
                    int listed = reader.stories(StoryOrder.NEWEST, Integer.MAX_VALUE).size();
                    double listing = (System.nanoTime() - start) / 1e6;
                    System.out.printf(Locale.ROOT, "stories: %d listed (gold %d), B-cubed of the stored labels F1 "
                            + "%.3f (P %.3f R %.3f); snapshot %,d KB; full listing %.0f ms%n", listed,
                            new java.util.HashSet<>(truth).size(), q.f1(), q.precision(), q.recall(),
                            Files.size(dir.resolve(StoryTracker.FILE)) / 1024, listing);
                }
            }
        } finally {
            IngestBenchmark.deleteFolder(dir);
        }
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
