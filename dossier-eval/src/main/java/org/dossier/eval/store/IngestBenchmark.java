package org.dossier.eval.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.dossier.store.ArticleStore;
import org.dossier.store.SearchQuery;
import org.dossier.store.StoreReader;
import org.dossier.store.StoryOrder;
import org.dossier.store.StoryTracker;
import org.dossier.store.ingest.ArticleSource;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestReport;
import org.dossier.store.ingest.Ingester;

/**
 * Measures ingest on {@link SyntheticNews}: articles per second (cleaning, fingerprinting, deduplication and
 * indexing included), per window of articles to show whether the cost per article stays flat as the store grows,
 * heap in use after each window, near-duplicate linking against the generator's truth, and search latency on the
 * full store.
 *
 * <pre>
 * java -Xmx1g -cp ... org.dossier.eval.store.IngestBenchmark [ARTICLES [WINDOW [STORE_DIR]]] [--stories]
 * </pre>
 * With {@code --stories} a {@code StoryTracker} clusters every stored article into stories during ingest (as
 * {@code dossier ingest} does), and the snapshot size, the time to reopen and restore, and a listing are measured.
 * (default 100,000 articles, windows of 10,000, a temporary store deleted afterwards). {@code scripts/ingest-bench.sh}
 * builds the class path and runs it.
 */
public final class IngestBenchmark {
    private static final long MB = 1024 * 1024;

    /**
     * Figures of one window of articles.
     *
     * @param articles   articles read when the window closed
     * @param rate       articles per second within the window
     * @param heapUsedMb heap in use after a full GC at the end of the window (the GC is not timed)
     */
    public record Window(long articles, double rate, long heapUsedMb) {
        String format() {
            return String.format(Locale.ROOT, "  at %,9d articles: %6.0f articles/s in the window, heap %4d MB%n",
                    articles, rate, heapUsedMb);
        }
    }

    /**
     * Everything measured.
     *
     * @param report          the ingest report
     * @param windows         per-window figures
     * @param truePairs       generated near-duplicates linked to their own original
     * @param expectedPairs   generated near-duplicates
     * @param falseLinks      articles linked that were generated independent, or linked to the wrong original
     * @param searchMedianMs  median time of a two-word search on the full store
     * @param storeMb         size of the store folder
     * @param cpuSeconds      CPU time the process used during ingest (all threads, GC and JIT included)
     * @param loadBefore      system load average (1 min) when ingest started
     * @param loadAfter       system load average (1 min) when it ended
     */
    public record Result(IngestReport report, List<Window> windows, long truePairs, long expectedPairs,
                         long falseLinks, double searchMedianMs, long storeMb, double cpuSeconds, double loadBefore,
                         double loadAfter, Stories stories) {

        /**
         * Articles per CPU second of the whole process (all threads). On a machine shared with other work the
         * wall-clock rate says more about the neighbours than about the code; this one does not.
         */
        public double ratePerCpuSecond() {
            return cpuSeconds <= 0 ? 0 : report.read() / cpuSeconds;
        }

        /** CPU milliseconds per article read (all threads). */
        public double cpuMillisPerArticle() {
            return report.read() == 0 ? 0 : cpuSeconds * 1000 / report.read();
        }

        /** Articles per second over the whole run. */
        public double rate() {
            return report.rate();
        }

        /** Rate of the last window over the rate of the first: about 1 when the cost per article is flat. */
        public double lastToFirstWindowRate() {
            return windows.size() < 2 ? 1 : windows.get(windows.size() - 1).rate() / windows.get(0).rate();
        }

        /** Lines for people. */
        public String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "ingest: %s%n", report.summary()));
            out.append(String.format(Locale.ROOT,
                    "cpu: %.1f s for %d articles = %.0f articles per CPU second (load average %.1f -> %.1f)%n",
                    cpuSeconds, report.read(), ratePerCpuSecond(), loadBefore, loadAfter));
            out.append(String.format(Locale.ROOT,
                    "near-duplicates: %d / %d generated copies and updates linked to their original, %d wrong links%n",
                    truePairs, expectedPairs, falseLinks));
            out.append(String.format(Locale.ROOT, "store: %d MB on disk; search median %.1f ms%n", storeMb,
                    searchMedianMs));
            out.append(String.format(Locale.ROOT, "cpu per article: %.2f ms%n", cpuMillisPerArticle()));
            if (stories != null) {
                out.append(stories.format());
            }
            return out.toString();
        }
    }

    private IngestBenchmark() {
    }

    /**
     * What story clustering added, when it was on.
     *
     * @param stories        story ids given out
     * @param listedStories  stories the store lists (from its labels)
     * @param snapshotKb     size of the clusterer snapshot file
     * @param reopenMillis   opening the store again and restoring the clusterer from its snapshot
     * @param listingMillis  listing the 20 newest stories on the full store
     */
    public record Stories(int stories, int listedStories, long snapshotKb, double reopenMillis, double listingMillis) {
        String format() {
            return String.format(Locale.ROOT, "stories: %d (store lists %d); snapshot %,d KB; reopen + restore %.0f ms;"
                    + " listing the 20 newest %.0f ms%n", stories, listedStories, snapshotKb, reopenMillis,
                    listingMillis);
        }
    }

    /** Ingests {@code articles} synthetic articles into a new store in {@code dir} and measures. */
    public static Result run(Path dir, long articles, long window, int threads) throws IOException {
        return run(dir, articles, window, threads, System.out, false);
    }

    /**
     * As {@link #run(Path, long, long, int)}, printing each window to {@code live} (if not null) as it closes.
     *
     * @param stories whether a {@link StoryTracker} assigns stories during ingest
     */
    public static Result run(Path dir, long articles, long window, int threads, PrintStream live, boolean stories)
            throws IOException {
        List<Window> windows = new ArrayList<>();
        IngestReport report;
        double loadBefore = load();
        long cpuBefore = processCpuNanos();
        StoryTracker tracker = null;
        try (ArticleStore store = ArticleStore.open(dir)) {
            if (stories) {
                tracker = StoryTracker.attach(store);
            }
            WindowTimer timer = new WindowTimer(window, windows, live);
            report = new Ingester(store).threads(threads).listener(timer)
                    .ingest(List.of(ArticleSource.of("synthetic", new SyntheticNews(1, articles))));
        }
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        double loadAfter = load();
        long[] pairs = checkLinks(dir);
        double search = searchMedianMs(dir);
        Stories storyFigures = tracker == null ? null : storyFigures(dir, tracker);
        return new Result(report, windows, pairs[0], pairs[1], pairs[2], search, folderBytes(dir) / MB, cpu,
                loadBefore, loadAfter, storyFigures);
    }

    private static Stories storyFigures(Path dir, StoryTracker tracker) throws IOException {
        long start = System.nanoTime();
        double reopen;
        try (ArticleStore store = ArticleStore.open(dir)) {
            StoryTracker again = StoryTracker.attach(store);
            reopen = (System.nanoTime() - start) / 1e6;
            if (!again.recovery().fromSnapshot() || again.recovery().replayed() != 0) {
                throw new IllegalStateException("the snapshot should have been current: " + again.recovery());
            }
        }
        try (StoreReader reader = StoreReader.open(dir)) {
            start = System.nanoTime();
            reader.stories(StoryOrder.NEWEST, 20);
            double listing = (System.nanoTime() - start) / 1e6;
            int listed = reader.stories(StoryOrder.NEWEST, Integer.MAX_VALUE).size();
            return new Stories(tracker.storyCount(), listed, Files.size(dir.resolve(StoryTracker.FILE)) / 1024,
                    reopen, listing);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Closes a window every {@code size} articles: its rate, then the heap after a GC that is not timed. */
    private static final class WindowTimer implements IngestListener {
        private final long size;
        private final List<Window> windows;
        private long windowStart = System.nanoTime();
        private long nextMark;

        private final PrintStream live;

        WindowTimer(long size, List<Window> windows, PrintStream live) {
            this.size = size;
            this.windows = windows;
            this.live = live;
            this.nextMark = size;
        }

        @Override
        public void progress(long articlesRead, long bytesDone, long totalBytes) {
            if (articlesRead < nextMark) {
                return;
            }
            double seconds = (System.nanoTime() - windowStart) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
            Window w = new Window(articlesRead, size / seconds, heap);
            windows.add(w);
            if (live != null) {
                live.print(w.format()); // a long run shows its windows as they close
                live.flush();
            }
            nextMark += size;
            windowStart = System.nanoTime();
        }
    }

    /** [generated near-duplicates linked to their own original, generated near-duplicates, wrong links]. */
    private static long[] checkLinks(Path dir) throws IOException {
        Map<String, String> storeIdOfInput = new HashMap<>();
        Map<String, String> linkOfInput = new HashMap<>();
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.forEach(a -> {
                storeIdOfInput.put(a.article().id(), a.id());
                if (a.duplicateOf() != null) {
                    linkOfInput.put(a.article().id(), a.duplicateOf());
                }
            });
        }
        long right = 0;
        long expected = 0;
        long wrong = 0;
        for (String input : storeIdOfInput.keySet()) {
            String link = linkOfInput.get(input);
            if (SyntheticNews.isNearDuplicate(input)) {
                expected++;
                String original = input.substring(input.lastIndexOf("-of-") + 4);
                if (link != null && link.equals(storeIdOfInput.get(original))) {
                    right++;
                } else if (link != null) {
                    wrong++;
                }
            } else if (link != null) {
                wrong++;
            }
        }
        return new long[] {right, expected, wrong};
    }

    private static double searchMedianMs(Path dir) throws IOException {
        String[] words = {"harbour", "strike", "ferry", "budget", "flood", "election", "hospital", "bridge",
            "museum", "drought", "pension", "runway", "vaccine", "tenants", "festival", "grain"};
        Random random = new Random(3);
        double[] times = new double[200];
        try (StoreReader reader = StoreReader.open(dir)) {
            for (int i = 0; i < times.length; i++) {
                String query = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
                long start = System.nanoTime();
                reader.search(SearchQuery.of(query));
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static void deleteFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void main(String[] rawArgs) throws IOException {
        boolean stories = Arrays.asList(rawArgs).contains("--stories");
        String[] args = Arrays.stream(rawArgs).filter(a -> !a.equals("--stories")).toArray(String[]::new);
        long articles = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long window = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("dossier-ingest-bench");
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "ingest benchmark: %,d synthetic articles, %d cleaning threads, max heap %d MB, "
                + "stories %s%n", articles, threads, Runtime.getRuntime().maxMemory() / MB, stories ? "on" : "off");
        try {
            Result r = run(dir, articles, window, threads, System.out, stories);
            out.print(r.format());
            out.printf(Locale.ROOT, "last window / first window rate: %.2f%n", r.lastToFirstWindowRate());
        } finally {
            if (args.length <= 2) {
                deleteFolder(dir);
            }
        }
    }
}
