package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Read-only access to a store, for searching while another process ingests into it.
 *
 * <p>{@link ArticleStore} takes the store's write lock, so only one process can write; a reader takes no lock and
 * sees the store as of the last commit when it was opened (a point-in-time view, unaffected by later commits).
 */
public final class StoreReader implements AutoCloseable {
    private final Path dir;
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = StoreSchema.analyzer();
    /** The clusterer's headlines, read from the story snapshot on first use (see {@link #storyHeadlines()}). */
    private volatile Map<String, String> headlines;

    private StoreReader(Path dir, FSDirectory directory, DirectoryReader reader) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Opens the last commit of the store in {@code dir}.
     *
     * @throws NoSuchFileException when {@code dir} holds no store
     */
    public static StoreReader open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no store here");
        }
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new StoreReader(dir, directory, DirectoryReader.open(directory));
        } catch (IndexNotFoundException e) {
            directory.close();
            throw new NoSuchFileException(dir.toString(), null, "no store here");
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** How many articles the store holds. */
    public int size() {
        return reader.numDocs();
    }

    /** Searches the store: BM25 over title and text, filtered, grouped by story. */
    public SearchResults search(SearchQuery query) throws IOException {
        return new StoreSearch(searcher, analyzer).search(query);
    }

    /**
     * The stories of the store, as of the commit this reader sees: id, size, distinct sources, first and last
     * date, headline. Computed from the articles' story labels, so near-duplicates count.
     *
     * @param order {@link StoryOrder#NEWEST} or {@link StoryOrder#BIGGEST}
     * @param limit at most this many (at least 1)
     */
    public List<StoredStory> stories(StoryOrder order, int limit) throws IOException {
        return listing().stories(order, limit);
    }

    /** One story with its articles in arrival order; empty when no article carries that id. */
    public Optional<StoryMembers> story(String storyId) throws IOException {
        return listing().story(storyId);
    }

    /** The article with this store id (16 hex digits, as {@link StoredArticle#id()}), story included; or empty. */
    public Optional<StoredArticle> article(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(StoreSchema.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(ArticleStore.load(searcher, top.scoreDocs[0].doc));
    }

    /**
     * Whether this reader still sees the latest commit. A long-lived reader (a server) checks this now and then
     * and opens a new reader when another process has committed since.
     */
    public boolean isCurrent() throws IOException {
        return reader.isCurrent();
    }

    /**
     * The clusterer's headline per story id (empty when the store has no story snapshot). Read from the snapshot
     * once per reader, on first use, and kept: the snapshot of a big store is megabytes, and a long-lived reader
     * (a server answering many listings) must not parse it per call. A reader opened after a later commit reads
     * the headlines of that commit.
     */
    public Map<String, String> storyHeadlines() {
        Map<String, String> known = headlines;
        if (known == null) {
            known = StoryTracker.headlines(dir);
            headlines = known;
        }
        return known;
    }

    private StoryListing listing() {
        return new StoryListing(searcher, storyHeadlines());
    }

    @Override
    public void close() throws IOException {
        try {
            analyzer.close();
            reader.close();
        } finally {
            directory.close();
        }
    }
}
