package org.dossier.eval.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.dossier.eval.events.BCubed;
import org.dossier.eval.stream.SyntheticStream;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.group.stories.StoryChange;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StorySettings;
import org.dossier.group.stories.StreamArticle;
import org.dossier.model.Article;

/**
 * How fast, and in how much memory, the {@link StoryClusterer} groups a large stream: synthetic streams of 10k,
 * 50k and 100k articles ({@link SyntheticStream}, seed 1), featurisation included.
 *
 * <p>Articles are featurised in batches of {@value #BATCH} on {@code --threads} threads (featurisation is
 * stateless), then assigned one by one in arrival order by the single-threaded clusterer, as a store's ingest would
 * do. For each size it reports articles/s for the whole (wall time), for clustering alone and for featurisation
 * alone; clustering microseconds per article for each successive tenth of the stream (flat means the cost does
 * not grow with the number of stories); the heap in use after a full GC at the end and the peak heap; and B-cubed
 * of the stories against the generator's gold story ids.
 *
 * <pre>
 * java -Xmx2g -cp ... org.dossier.eval.stories.StoryScaleBenchmark [--sizes 10000,50000,100000] [--seed 1] [--threads 2]
 * </pre>
 */
public final class StoryScaleBenchmark {
    static final int BATCH = 1000;

    /**
     * The figures of one stream.
     *
     * @param articles        stream size
     * @param stories         stories found
     * @param goldStories     stories generated
     * @param wallPerSecond   articles per second, featurisation and clustering together (wall clock)
     * @param clusterPerSecond articles per second of clustering alone
     * @param featurePerSecond articles per second of featurisation alone (wall, on all threads)
     * @param tenthMicros     clustering microseconds per article in each tenth of the stream
     * @param heapAfterGcMb   heap in use after a full GC at the end, MB
     * @param peakHeapMb      peak heap during the run, MB (includes garbage not yet collected)
     * @param activeStories   stories still active (in the index) at the end
     * @param quality         B-cubed against the gold story ids
     */
    public record Result(int articles, int stories, int goldStories, double wallPerSecond, double clusterPerSecond,
                         double featurePerSecond, double[] tenthMicros, long heapAfterGcMb, long peakHeapMb,
                         int activeStories, BCubed quality) {
        public String format() {
            StringBuilder tenths = new StringBuilder();
            for (double t : tenthMicros) {
                tenths.append(tenths.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", t));
            }
            return String.format(Locale.ROOT, "%,d articles: %.0f articles/s overall (featurise + cluster), "
                            + "clustering alone %.0f articles/s, featurising %.0f articles/s; clustering us/article "
                            + "by tenth [%s]; heap after GC %d MB, peak %d MB; %,d stories (%,d gold), %,d active; "
                            + "B-cubed %s",
                    articles, wallPerSecond, clusterPerSecond, featurePerSecond, tenths, heapAfterGcMb, peakHeapMb,
                    stories, goldStories, activeStories, quality);
        }
    }

    private final StorySettings settings;
    private final int threads;

    public StoryScaleBenchmark(StorySettings settings, int threads) {
        this.settings = settings;
        this.threads = threads;
    }

    public Result run(int size, long seed) {
        SyntheticStream stream = new SyntheticStream(size, seed);
        System.gc();
        resetPeaks();
        DocumentFeaturizer featurizer = new DocumentFeaturizer();
        StoryClusterer clusterer = new StoryClusterer(settings);
        List<String> predicted = new ArrayList<>(size);
        List<String> gold = new ArrayList<>(size);
        List<Article> batch = new ArrayList<>(BATCH);
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        long[] clusterNanos = new long[1];
        long[] featureNanos = new long[1];
        double[] tenthMicros = new double[10];
        long[] tenthNanos = new long[10];
        int[] tenthCount = new int[10];
        ForkJoinPool pool = new ForkJoinPool(threads);
        long start = System.nanoTime();
        Runnable flush = () -> {
            long f0 = System.nanoTime();
            List<StreamArticle> features;
            try {
                features = pool.submit(() -> batch.parallelStream().map(a -> StreamArticle.of(a, featurizer))
                        .toList()).get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
            long c0 = System.nanoTime();
            featureNanos[0] += c0 - f0;
            for (StreamArticle a : features) {
                long t0 = System.nanoTime();
                position.put(a.id(), predicted.size());
                predicted.add(clusterer.assign(a).storyId());
                // follow revisions as a store would (timed: it is part of the ingest cost)
                for (StoryChange move : clusterer.drainChanges().moves()) {
                    predicted.set(position.get(move.articleId()), move.to());
                }
                long spent = System.nanoTime() - t0;
                int tenth = (int) Math.min(9, (long) (predicted.size() - 1) * 10 / size);
                tenthNanos[tenth] += spent;
                tenthCount[tenth]++;
            }
            clusterNanos[0] += System.nanoTime() - c0;
            batch.clear();
        };
        stream.forEach(a -> {
            gold.add(a.story());
            batch.add(a.article());
            if (batch.size() == BATCH) {
                flush.run();
            }
        });
        if (!batch.isEmpty()) {
            flush.run();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        long peak = peakHeapBytes();
        for (int i = 0; i < 10; i++) {
            tenthMicros[i] = tenthCount[i] == 0 ? 0 : tenthNanos[i] / 1000.0 / tenthCount[i];
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        int goldStories = (int) gold.stream().distinct().count();
        return new Result(size, clusterer.storyCount(), goldStories, size / (wall / 1e9),
                size / (clusterNanos[0] / 1e9), size / (featureNanos[0] / 1e9), tenthMicros, used >> 20, peak >> 20,
                clusterer.activeStories(), BCubed.score(predicted, gold));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    public static void main(String[] args) {
        int[] sizes = {10_000, 50_000, 100_000};
        long seed = 1;
        int threads = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> {
                    String[] s = args[++i].split(",");
                    sizes = new int[s.length];
                    for (int k = 0; k < s.length; k++) {
                        sizes[k] = Integer.parseInt(s[k].strip());
                    }
                }
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "max heap %d MB, %d threads for featurising, %d cores%n",
                Runtime.getRuntime().maxMemory() >> 20, threads, Runtime.getRuntime().availableProcessors());
        StoryScaleBenchmark benchmark = new StoryScaleBenchmark(StorySettings.DEFAULT, threads);
        benchmark.run(Math.min(5_000, sizes[0]), seed + 1000); // warm-up, another stream
        for (int size : sizes) {
            System.out.println(benchmark.run(size, seed).format());
        }
    }
}
