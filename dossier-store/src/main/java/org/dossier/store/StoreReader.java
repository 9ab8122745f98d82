package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Read-only access to a store, for searching while another process ingests into it.
 *
 * <p>{@link ArticleStore} takes the store's write lock, so only one process can write; a reader takes no lock and
 * sees the store as of the last commit when it was opened (a point-in-time view, unaffected by later commits).
 */
public final class StoreReader implements AutoCloseable {
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = StoreSchema.analyzer();

    private StoreReader(FSDirectory directory, DirectoryReader reader) {
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
            return new StoreReader(directory, DirectoryReader.open(directory));
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
