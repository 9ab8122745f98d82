package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.dossier.group.stories.StreamArticle;
import org.dossier.model.Article;

/**
 * The embedded article store: a Lucene index in one folder, no server.
 *
 * <p><b>Writing.</b> {@link #put} decides what to do with a cleaned article — store it, link it to an article it
 * nearly duplicates, or report that it is already stored — and buffers it. Nothing is durable until
 * {@link #commit()} returns: only then may the caller acknowledge the articles it returns. A Lucene commit
 * writes new files, syncs them to disk and then switches one small {@code segments_N} file, so a process killed
 * at any moment (even {@code kill -9}) leaves the store as of its last commit: everything acknowledged is there,
 * nothing half-written is visible, and leftover files are removed when the store next opens.
 *
 * <p><b>Idempotency.</b> Every article has a key ({@link ArticleKeys}): its normalised URL, or the hash of its
 * text. A key already in the store, or already put since the last commit, gives
 * {@link PutResult.Outcome#ALREADY_STORED}.
 *
 * <p><b>Near-duplicates.</b> The MinHash band keys of each article ({@link MinHash}) are indexed; a new article's
 * bands find candidates among committed articles with one term query, and among articles put since the last
 * commit in a small map. Candidates that pass {@link NearDuplicatePolicy} make the new article a near-duplicate:
 * it is stored with {@code duplicateOf} set to the first article of its family. Memory stays bounded as the store
 * grows because the index lives on disk; only the current batch is held in memory.
 *
 * <p><b>Stories.</b> A {@link StoryAssigner} (in practice {@link StoryTracker#attach}) labels every newly stored
 * article with a story; every stored article also gets an arrival number ({@link #arrivals()}) so the labelling
 * can be replayed in order. {@link #stories} and {@link #story} list them.
 *
 * <p><b>Threads.</b> {@code put}, {@code commit} and {@code assignStory} are for one writing thread at a time
 * (they are synchronized); {@link Fingerprint#of} can run on other threads beforehand. Reads ({@code get},
 * {@code search}) may run on any thread and see the store as of the last commit.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(Path.of("dossier-data"))) {
 *     store.put(cleanedArticle);
 *     List<String> durable = store.commit();
 *     SearchResults r = store.search(SearchQuery.of("harbour strike"));
 * }
 * }</pre>
 */
public final class ArticleStore implements AutoCloseable {
    /** The folder used when none is given: {@code ./dossier-data}. */
    public static final Path DEFAULT_DIR = Path.of("dossier-data");
    /** Candidates checked exactly per new article: the most band-sharing ones, enough for a family of copies. */
    private static final int MAX_CANDIDATES = 8;

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private StoryAssigner assigner = StoryAssigner.NONE;
    /** Arrival number of the last article put (committed or not); 0 for an empty store. */
    private long arrivals;

    // Articles put since the last commit: the searcher does not see them yet.
    private final Map<String, String> pendingKeys = new HashMap<>();
    private final Map<String, List<Pending>> pendingBands = new HashMap<>();
    private final List<String> pendingIds = new ArrayList<>();

    private record Pending(String id, Shingles.Profile shingles, String duplicateOf) {
    }

    private ArticleStore(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        this.analyzer = StoreSchema.analyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(48);
        ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
        merges.setMaxMergesAndThreads(2, 1); // one merge thread: the machine's other core cleans articles
        config.setMergeScheduler(merges);
        IndexWriter w;
        try {
            w = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        this.writer = w;
        if (!DirectoryReader.indexExists(directory)) {
            // A new store gets an empty first commit at once, so that it is a valid store from this moment on,
            // even if the process is killed before its first batch.
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
        try {
            this.arrivals = lastArrival();
        } catch (IOException | RuntimeException e) {
            searchers.close();
            writer.close();
            directory.close();
            throw e;
        }
    }

    /** The highest arrival number in the committed index (articles stored before numbering count as 0). */
    private long lastArrival() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            long max = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues seqs = leaf.reader().getNumericDocValues(StoreSchema.SEQ);
                if (seqs != null) {
                    while (seqs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        max = Math.max(max, seqs.longValue());
                    }
                }
            }
            return max;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Opens the store in {@code dir}, creating the folder and an empty store if missing. */
    public static ArticleStore open(Path dir) throws IOException {
        return new ArticleStore(dir);
    }

    /** The folder this store lives in. */
    public Path directory() {
        return dir;
    }

    /** Sets the hook that labels newly stored articles with a story id; {@link StoryAssigner#NONE} by default. */
    public synchronized ArticleStore storyAssigner(StoryAssigner storyAssigner) {
        this.assigner = Objects.requireNonNull(storyAssigner, "storyAssigner");
        return this;
    }

    /** The story hook in use ({@link StoryAssigner#NONE} unless one was set). */
    public synchronized StoryAssigner storyAssigner() {
        return assigner;
    }

    /**
     * How many articles this store has stored in its life: each stored article gets the next arrival number
     * (1, 2, ...), kept in the index, so arrival order survives restarts and segment merges. Includes articles
     * put but not committed yet.
     */
    public synchronized long arrivals() {
        return arrivals;
    }

    /** Puts a cleaned article; see {@link #put(Article, Fingerprint)}. */
    public PutResult put(Article cleaned) throws IOException {
        return put(cleaned, Fingerprint.of(cleaned));
    }

    /**
     * Decides what to do with a cleaned article and buffers it. Durable only after the next {@link #commit()}.
     *
     * @param cleaned     the article after cleaning; its text must not be blank
     * @param fingerprint {@code Fingerprint.of(cleaned)}, possibly computed on another thread
     */
    public PutResult put(Article cleaned, Fingerprint fingerprint) throws IOException {
        return put(cleaned, fingerprint, null);
    }

    /**
     * As {@link #put(Article, Fingerprint)}, with what the story assigner prepared for this article on another
     * thread ({@link StoryAssigner#prepare}), or null.
     */
    public PutResult put(Article cleaned, Fingerprint fingerprint, StreamArticle prepared) throws IOException {
        return put(cleaned, null, fingerprint, prepared);
    }

    /**
     * As {@link #put(Article, Fingerprint, StreamArticle)}, keeping the page header cleaning removed
     * ({@link PageHeader#of}) with the article for the story clusterer (null: none).
     */
    public synchronized PutResult put(Article cleaned, String header, Fingerprint fingerprint,
                                      StreamArticle prepared) throws IOException {
        if (cleaned.text().isBlank()) {
            throw new IllegalArgumentException("article " + cleaned.id() + " has no text");
        }
        String existing = existingId(fingerprint.key());
        if (existing != null) {
            return new PutResult(PutResult.Outcome.ALREADY_STORED, existing, null);
        }
        String original = findOriginal(fingerprint);
        StoredArticle stored = new StoredArticle(fingerprint.id(), cleaned, fingerprint.contentHash(), original,
                null, header);
        String story = assigner.storyFor(stored, prepared);
        if (story != null) {
            stored = new StoredArticle(stored.id(), cleaned, stored.contentHash(), original, story, header);
        }
        writer.addDocument(StoreSchema.toDocument(stored, fingerprint, ++arrivals));
        pendingKeys.put(fingerprint.key(), stored.id());
        pendingIds.add(stored.id());
        Pending pending = new Pending(stored.id(), fingerprint.shingles(), original);
        for (String band : fingerprint.bandKeys()) {
            pendingBands.computeIfAbsent(band, b -> new ArrayList<>(1)).add(pending);
        }
        return new PutResult(original == null ? PutResult.Outcome.STORED : PutResult.Outcome.NEAR_DUPLICATE,
                stored.id(), original);
    }

    /** The generation of the last commit (the N of {@code segments_N}): it grows with every commit. */
    public long commitGeneration() throws IOException {
        return SegmentInfos.getLastCommitGeneration(directory);
    }

    /** How many articles were put since the last commit. */
    public synchronized int pending() {
        return pendingIds.size();
    }

    /**
     * Makes everything put so far durable, and visible to readers.
     *
     * @return the store ids of the articles stored since the previous commit: these may now be acknowledged
     */
    public synchronized List<String> commit() throws IOException {
        if (!writer.hasUncommittedChanges()) {
            return List.of();
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        List<String> durable = List.copyOf(pendingIds);
        pendingIds.clear();
        pendingKeys.clear();
        pendingBands.clear();
        // After the commit, never before: what the assigner saves must describe a state that is on disk.
        assigner.committed(SegmentInfos.getLastCommitGeneration(directory), arrivals);
        return durable;
    }

    /**
     * Sets (or, with null, clears) the story of a stored article. Takes effect for readers, and is durable, at the
     * next {@link #commit()}. Unknown ids are ignored.
     */
    public synchronized void assignStory(String articleId, String storyId) throws IOException {
        writer.updateBinaryDocValue(new Term(StoreSchema.ID, articleId), StoreSchema.STORY,
                StoreSchema.storyBytes(storyId));
    }

    /**
     * Moves an article and its near-duplicate copies to another story: the story clusterer revised its earlier
     * decision. Like {@link #assignStory}, durable at the next commit; also applies to articles not yet committed.
     */
    public synchronized void relabelFamily(String articleId, String storyId) throws IOException {
        BytesRef story = StoreSchema.storyBytes(storyId);
        writer.updateBinaryDocValue(new Term(StoreSchema.ID, articleId), StoreSchema.STORY, story);
        writer.updateBinaryDocValue(new Term(StoreSchema.DUPLICATE_OF, articleId), StoreSchema.STORY, story);
    }

    /** The committed article with this store id. */
    public Optional<StoredArticle> get(String id) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(StoreSchema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(load(searcher, top.scoreDocs[0].doc));
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many articles are committed. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Calls {@code action} with every committed article, in index order (roughly ingest order). */
    public void forEach(Consumer<StoredArticle> action) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields fields = reader.storedFields();
                BinaryDocValues stories = reader.getBinaryDocValues(StoreSchema.STORY);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        action.accept(StoreSchema.fromDocument(fields.document(doc), story(stories, doc)));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** Receives committed articles with their arrival numbers. */
    @FunctionalInterface
    public interface ArrivalVisitor {
        /** One article; {@code arrival} is 0 for articles stored before arrivals were numbered. */
        void visit(long arrival, StoredArticle article) throws IOException;
    }

    /**
     * Calls {@code visitor} with every committed article whose arrival number is above {@code after}, in arrival
     * order (articles without a number first, in index order). Used to bring a story clusterer up to date.
     */
    public void forEachArrivedAfter(long after, ArrivalVisitor visitor) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<long[]> found = new ArrayList<>(); // {arrival, global doc}
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                NumericDocValues seqs = reader.getNumericDocValues(StoreSchema.SEQ);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    long seq = seqs != null && seqs.advanceExact(doc) ? seqs.longValue() : 0;
                    if (seq > after) {
                        found.add(new long[] {seq, leaf.docBase + doc});
                    }
                }
            }
            found.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            for (long[] f : found) {
                visitor.visit(f[0], load(searcher, (int) f[1]));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** The stories of the committed articles; see {@link StoreReader#stories}. */
    public List<StoredStory> stories(StoryOrder order, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return new StoryListing(searcher, StoryTracker.headlines(dir)).stories(order, limit);
        } finally {
            searchers.release(searcher);
        }
    }

    /** One story of the committed articles with its members; see {@link StoreReader#story}. */
    public Optional<StoryMembers> story(String storyId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return new StoryListing(searcher, StoryTracker.headlines(dir)).story(storyId);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Searches the committed articles: BM25 over title and text, filtered, grouped by story. */
    public SearchResults search(SearchQuery query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return new StoreSearch(searcher, analyzer).search(query);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits what is pending and closes the store. */
    @Override
    public synchronized void close() throws IOException {
        try {
            commit();
            assigner.closed();
        } finally {
            try {
                searchers.close();
            } finally {
                try {
                    writer.close();
                } finally {
                    analyzer.close();
                    directory.close();
                }
            }
        }
    }

    /** The stored article behind a hit of {@code searcher}, story included. */
    static StoredArticle load(IndexSearcher searcher, int doc) throws IOException {
        Document document = searcher.storedFields().document(doc);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues stories = leaf.reader().getBinaryDocValues(StoreSchema.STORY);
        return StoreSchema.fromDocument(document, story(stories, doc - leaf.docBase));
    }

    private static String story(BinaryDocValues stories, int leafDoc) throws IOException {
        if (stories == null || !stories.advanceExact(leafDoc)) {
            return null;
        }
        BytesRef value = stories.binaryValue();
        return value.length == 0 ? null : value.utf8ToString();
    }

    private String existingId(String key) throws IOException {
        String pending = pendingKeys.get(key);
        if (pending != null) {
            return pending;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(StoreSchema.KEY, key)), 1);
            return top.scoreDocs.length == 0 ? null
                    : searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(StoreSchema.ID)).get(StoreSchema.ID);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The root of the near-duplicate family this fingerprint belongs to, or null for a new text. */
    private String findOriginal(Fingerprint fingerprint) throws IOException {
        if (fingerprint.shingles().all().length == 0) {
            return null;
        }
        String committed = findCommittedOriginal(fingerprint);
        if (committed != null) {
            return committed;
        }
        Set<Pending> seen = new LinkedHashSet<>();
        for (String band : fingerprint.bandKeys()) {
            seen.addAll(pendingBands.getOrDefault(band, List.of()));
        }
        for (Pending candidate : seen) {
            if (NearDuplicatePolicy.isNearDuplicate(fingerprint.shingles(), candidate.shingles())) {
                return candidate.duplicateOf() != null ? candidate.duplicateOf() : candidate.id();
            }
        }
        return null;
    }

    private String findCommittedOriginal(Fingerprint fingerprint) throws IOException {
        BooleanQuery.Builder bands = new BooleanQuery.Builder();
        for (String band : fingerprint.bandKeys()) {
            // Constant score 1 per band: a candidate's score is the number of bands it shares.
            bands.add(new ConstantScoreQuery(new TermQuery(new Term(StoreSchema.LSH, band))),
                    BooleanClause.Occur.SHOULD);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(bands.build(), MAX_CANDIDATES);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc hit : top.scoreDocs) {
                if (NearDuplicatePolicy.isNearDuplicate(fingerprint.shingles(), profile(searcher, leaves, hit.doc))) {
                    Document doc = searcher.storedFields().document(hit.doc,
                            Set.of(StoreSchema.ID, StoreSchema.DUPLICATE_OF));
                    String root = doc.get(StoreSchema.DUPLICATE_OF);
                    return root != null ? root : doc.get(StoreSchema.ID);
                }
            }
            return null;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The shingle profile of a committed article: from its {@code profile} doc value (a column read), or, for an
     * article stored before profiles were kept, re-shingled from its stored text (a decompression).
     */
    private static Shingles.Profile profile(IndexSearcher searcher, List<LeafReaderContext> leaves, int doc)
            throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues profiles = leaf.reader().getBinaryDocValues(StoreSchema.PROFILE);
        if (profiles != null && profiles.advanceExact(doc - leaf.docBase)) {
            BytesRef bytes = profiles.binaryValue();
            return Shingles.decode(bytes.bytes, bytes.offset, bytes.length);
        }
        return Shingles.profile(searcher.storedFields().document(doc, Set.of(StoreSchema.TEXT))
                .get(StoreSchema.TEXT));
    }
}
