package org.dossier.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.IOUtils;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.group.stories.Story;
import org.dossier.group.stories.StoryChange;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StoryClustererSnapshot;
import org.dossier.group.stories.StorySettings;
import org.dossier.group.stories.StorySnapshots;
import org.dossier.group.stories.StreamArticle;
import org.dossier.model.Article;

/**
 * Keeps the stories of a store: the glue between {@link ArticleStore} and core's {@link StoryClusterer}.
 *
 * <p><b>While ingesting.</b> Attached to a store, the tracker is its {@link StoryAssigner}: every newly stored
 * article is placed by the clusterer, in arrival order on the writing thread, and its story id is stored with it.
 * Featurising (the costly part) runs on the ingester's worker threads through {@link #prepare}. A near-duplicate
 * is not searched for: it joins its original's story ({@link StoryClusterer#join}), where it counts as a member
 * like any other report (a syndicated copy is one more outlet carrying the story), at a fraction of the cost.
 *
 * <p><b>Persistence.</b> After a Lucene commit (at most every 30 s, and when the store closes) the tracker saves
 * the clusterer's state to {@value #FILE} in the store folder: written to {@value #TEMP}, synced, then atomically
 * renamed over the old file, so the file is always a complete snapshot. Its first line says which commit it
 * matches (the commit generation and the arrival number of the last article in it; see
 * {@link ArticleStore#arrivals()}), its second line holds the story headlines (read alone by listings), the rest
 * is core's {@link StorySnapshots} JSON.
 *
 * <p><b>Recovery.</b> A process can die between the Lucene commit and the rename. {@link #attach} therefore
 * restores the snapshot and then replays, in arrival order, every stored article that arrived after it; with no
 * usable snapshot (missing, unreadable, newer than the index, other settings) it starts from an empty clusterer
 * and replays them all. Replay re-featurises the stored text; since the clusterer is deterministic and the
 * restored state equals the saved one, the replayed articles get the very labels they were stored with, so
 * the story ids of old articles never change. If a label does differ (the settings or the clusterer changed),
 * the index is relabelled to agree with the clusterer and the change is counted in {@link Recovery}.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(dir)) {
 *     StoryTracker stories = StoryTracker.attach(store);     // restore + catch up; now the store's assigner
 *     new Ingester(store).ingest(sources);                     // labels as it stores, snapshots at each commit
 *     List<StoredStory> newest = store.stories(StoryOrder.NEWEST, 20);
 * }
 * }</pre>
 *
 * <p>If the clusterer later revises earlier decisions (articles moved, stories merged), this class is the one
 * place to apply them: relabel with {@link ArticleStore#assignStory} before the next commit.
 */
public final class StoryTracker implements StoryAssigner {
    /** The snapshot file in the store folder. */
    public static final String FILE = "stories.json";
    /** Where a snapshot is written before it is renamed over {@link #FILE}. */
    public static final String TEMP = "stories.json.tmp";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Which commit a snapshot matches.
     *
     * @param format      layout of the file (1)
     * @param generation  Lucene commit generation at the time of the snapshot
     * @param lastArrival arrival number of the last article the clusterer has seen
     */
    record Header(int format, long generation, long lastArrival) {
    }

    /**
     * How {@link #attach} brought the clusterer up to date.
     *
     * @param fromSnapshot whether a snapshot was restored (false: rebuilt from the stored articles)
     * @param reason       why no snapshot was used (null when one was)
     * @param replayed     articles replayed after the snapshot's point (or all, when rebuilding)
     * @param relabelled   replayed articles whose stored story label had to change
     */
    public record Recovery(boolean fromSnapshot, String reason, long replayed, long relabelled) {
    }

    private final ArticleStore store;
    private final Path file;
    /** Thread-safe and costly to build (its taggers load their tables): one for all trackers. */
    private static final DocumentFeaturizer FEATURIZER = new DocumentFeaturizer();
    private final DocumentFeaturizer featurizer = FEATURIZER;
    private final StoryClusterer clusterer;
    /** Stories of the articles stored since the last commit, which {@link ArticleStore#get} cannot see yet. */
    private final Map<String, String> sinceCommit = new HashMap<>();
    private Recovery recovery;
    private IOException snapshotFailure;
    /** At most one snapshot per this interval while commits come faster (see {@link #committed}). */
    static final long SNAPSHOT_INTERVAL_NANOS = 30_000_000_000L;
    /** The last commit whose snapshot is not saved yet, or null. */
    private Header unsaved;
    /** When the last snapshot was saved (System.nanoTime), 0 before the first. */
    private long lastSaved;
    /** Articles relabelled by the last {@link #applyRevisions} call. */
    private int lastRelabelled;

    private StoryTracker(ArticleStore store, StoryClusterer clusterer) {
        this.store = store;
        this.file = store.directory().resolve(FILE);
        this.clusterer = clusterer;
    }

    /** Attaches a tracker with {@link StorySettings#DEFAULT}; see {@link #attach(ArticleStore, StorySettings)}. */
    public static StoryTracker attach(ArticleStore store) throws IOException {
        return attach(store, StorySettings.DEFAULT);
    }

    /**
     * Restores the store's clusterer, catches it up with the stored articles, and installs it as the store's
     * {@link StoryAssigner}. Call it right after opening the store, before anything is put.
     *
     * @param settings clusterer settings; a snapshot saved with other settings is not used (the stories are
     *                 rebuilt with these)
     */
    public static StoryTracker attach(ArticleStore store, StorySettings settings) throws IOException {
        if (store.pending() > 0) {
            throw new IllegalStateException("attach the story tracker before putting articles");
        }
        Path file = store.directory().resolve(FILE);
        Files.deleteIfExists(store.directory().resolve(TEMP)); // half-written by a process that died
        String reason = null;
        StoryClusterer clusterer = null;
        long after = -1; // replay everything, including articles stored before arrivals were numbered (0)
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Header header = JSON.readValue(line(in), Header.class);
            line(in); // headlines: only for listings
            StoryClustererSnapshot saved = StorySnapshots.read(in);
            if (header.format() != FORMAT) {
                reason = "snapshot format " + header.format() + " unknown";
            } else if (header.lastArrival() > store.arrivals() || header.generation() > store.commitGeneration()) {
                reason = "snapshot is newer than the index";
            } else if (!saved.settings().equals(settings)) {
                reason = "snapshot has other settings";
            } else {
                clusterer = StoryClusterer.restore(saved);
                after = header.lastArrival();
            }
        } catch (NoSuchFileException e) {
            reason = "no snapshot";
        } catch (IOException | RuntimeException e) {
            reason = "snapshot unreadable (" + e.getMessage() + ")";
        }
        StoryTracker tracker = new StoryTracker(store, clusterer != null ? clusterer : new StoryClusterer(settings));
        long[] counts = tracker.replay(after);
        tracker.recovery = new Recovery(clusterer != null, reason, counts[0], counts[1]);
        store.storyAssigner(tracker);
        if (counts[1] > 0) {
            store.commit(); // the relabelling; the store calls committed(), which saves the snapshot
        } else if (counts[0] > 0 || reason != null) {
            tracker.committed(store.commitGeneration(), store.arrivals());
            tracker.flush(); // the caught-up state, saved at once whatever the interval
        }
        return tracker;
    }

    /** Assigns the stored articles that arrived after {@code after}; returns {replayed, relabelled}. */
    private long[] replay(long after) throws IOException {
        long[] counts = new long[2];
        Map<String, String> replayed = new HashMap<>();
        store.forEachArrivedAfter(after, (arrival, article) -> {
            String story = place(article, prepare(article), replayed);
            counts[1] += lastRelabelled;
            replayed.put(article.id(), story);
            counts[0]++;
            if (!story.equals(article.story())) {
                store.assignStory(article.id(), story);
                counts[1]++;
            }
        });
        return counts;
    }

    /** How {@link #attach} caught up. */
    public Recovery recovery() {
        return recovery;
    }

    /** The last failure to save a snapshot, or null. The articles are safe; the next open replays them. */
    public IOException snapshotFailure() {
        return snapshotFailure;
    }

    /** How many stories there are (every story id ever given out). */
    public int storyCount() {
        return clusterer.storyCount();
    }

    /** The clusterer's own view of its stories (near-duplicates not counted); listings use the store's labels. */
    public List<Story> clustererStories() {
        return clusterer.stories();
    }

    // ---- StoryAssigner ---------------------------------------------------------------------------------------

    /** Featurises on a worker thread: the clusterer's input, keyed by the store id (no page header). */
    @Override
    public StreamArticle prepare(String storeId, Article cleaned) {
        return prepare(storeId, cleaned, null);
    }

    /**
     * Featurises on a worker thread: title, page header and text ({@link StreamArticle#of(Article, String,
     * org.dossier.group.events.DocumentFeaturizer)}), keyed by the store id. An article without a title is
     * headlined, for story listings, by the headline its page header shows ({@link PageHeader#headline}).
     */
    @Override
    public StreamArticle prepare(String storeId, Article cleaned, String header) {
        StreamArticle s = StreamArticle.of(cleaned, header, featurizer);
        String title = s.title() != null ? s.title() : PageHeader.headline(header);
        return new StreamArticle(storeId, s.published(), s.outlet(), title, s.features());
    }

    /** The clusterer's input for a stored article, re-featurised from what the store kept. */
    private StreamArticle prepare(StoredArticle stored) {
        return prepare(stored.id(), stored.article(), stored.header());
    }

    @Override
    public String storyFor(StoredArticle article) {
        return storyFor(article, null);
    }

    @Override
    public String storyFor(StoredArticle article, StreamArticle prepared) {
        try {
            String story = place(article, prepared != null ? prepared : prepare(article), sinceCommit);
            sinceCommit.put(article.id(), story);
            return story;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Places a stored article with the clusterer and applies the revisions that made: a near-duplicate joins its
     * original's story ({@link StoryClusterer#join}: no search, but it counts as a member), any other article is
     * assigned. Returns the article's story.
     */
    private String place(StoredArticle article, StreamArticle input, Map<String, String> recent)
            throws IOException {
        String story = article.duplicateOf() != null
                ? clusterer.join(input, originalStory(article.duplicateOf(), recent)).storyId()
                : clusterer.assign(input).storyId();
        return applyRevisions(article.id(), story, recent);
    }

    /**
     * Applies the revisions the clusterer made while placing {@code assignedId}: earlier articles it moved to
     * another story are relabelled in the store and remembered in {@code recent} (so copies stored before the next
     * commit join the right story). Near-duplicate copies are members of the clusterer's stories too, so each is
     * moved by its own reported change. Returns the assigned article's final story (a revision may have moved it).
     */
    private String applyRevisions(String assignedId, String story, Map<String, String> recent) throws IOException {
        lastRelabelled = 0;
        for (StoryChange move : clusterer.drainChanges().moves()) {
            if (move.articleId().equals(assignedId)) {
                story = move.to();
                continue;
            }
            store.assignStory(move.articleId(), move.to());
            recent.put(move.articleId(), move.to());
            lastRelabelled++;
        }
        return story;
    }

    /** The story of a near-duplicate's original: from {@code recent} if stored lately, else from the index. */
    private String originalStory(String originalId, Map<String, String> recent) throws IOException {
        String story = recent.get(originalId);
        return story != null ? story : store.get(originalId).map(StoredArticle::story).orElse(null);
    }

    /**
     * Notes the commit and saves the snapshot of its state, unless one was saved less than
     * {@link #SNAPSHOT_INTERVAL_NANOS 30 s} ago: then the snapshot waits for a later commit, {@link #flush} or the
     * store's close. A snapshot costs the same however many articles the commit holds (it writes the whole
     * clusterer, a few MB), so saving one per commit made a busy ingest, whose commits come every 5 s, pay for it
     * per article. An older snapshot is always safe: {@link #attach} replays what came after it.
     */
    @Override
    public void committed(long generation, long lastArrival) {
        sinceCommit.clear();
        unsaved = new Header(FORMAT, generation, lastArrival);
        if (lastSaved == 0 || System.nanoTime() - lastSaved >= SNAPSHOT_INTERVAL_NANOS) {
            flush();
        }
    }

    /** The store is closing after its last commit: the snapshot of that commit is saved if it was not yet. */
    @Override
    public void closed() {
        flush();
    }

    /**
     * Saves the snapshot of the last commit now if it is not saved yet (e.g. at the end of an ingest, before
     * reporting {@link #snapshotFailure()}).
     */
    public void flush() {
        if (unsaved == null) {
            return;
        }
        try {
            save(unsaved);
            snapshotFailure = null;
            unsaved = null;
        } catch (IOException e) {
            // The commit itself succeeded: the articles and labels are durable. Only the snapshot is stale, and
            // the next attach replays what it lacks, so a failure here must not fail the ingest.
            snapshotFailure = e;
        }
        lastSaved = System.nanoTime();
    }

    // ---- the file --------------------------------------------------------------------------------------------

    private void save(Header header) throws IOException {
        Map<String, String> headlines = new LinkedHashMap<>();
        for (Story s : clusterer.stories()) {
            if (s.headline() != null) {
                headlines.put(s.id(), s.headline());
            }
        }
        Path temp = file.resolveSibling(TEMP);
        try (FileOutputStream fileOut = new FileOutputStream(temp.toFile())) {
            OutputStream out = new BufferedOutputStream(fileOut, 1 << 16);
            out.write(JSON.writeValueAsBytes(header));
            out.write('\n');
            out.write(JSON.writeValueAsBytes(headlines));
            out.write('\n');
            StorySnapshots.write(clusterer.snapshot(), new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the JSON writer closes its target; the file must stay open to be synced
                }
            });
            out.flush();
            fileOut.getFD().sync();
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(file.getParent(), true); // make the rename itself durable
    }

    /**
     * The clusterer's headline of every story, from the snapshot file in {@code storeDir}; empty when there is no
     * readable snapshot (listings then fall back to the first article's title). Reads two lines only.
     */
    public static Map<String, String> headlines(Path storeDir) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(storeDir.resolve(FILE)))) {
            line(in);
            return JSON.readValue(line(in), new TypeReference<Map<String, String>>() { });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The next line of {@code in} (UTF-8, without its newline). */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("snapshot file ends early");
            }
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
