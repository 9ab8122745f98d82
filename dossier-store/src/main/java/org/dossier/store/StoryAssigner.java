package org.dossier.store;

import java.io.IOException;
import org.dossier.group.stories.StreamArticle;
import org.dossier.model.Article;

/**
 * The hook through which an incremental story clusterer labels articles as they are stored.
 *
 * <p>{@link ArticleStore} calls {@link #storyFor} once for every article it stores (not for articles it had
 * already), after deciding whether the article is a near-duplicate, and keeps the returned id in the article's
 * {@code story} field; search groups its results by it. The assigner runs on the writing thread, so it sees
 * articles one at a time in arrival order and needs no locking of its own. Labels can also be changed later with
 * {@link ArticleStore#assignStory}, e.g. when two stories merge.
 *
 * <p>Three optional steps let an assigner do more than label (all have do-nothing defaults, so a lambda is still
 * a complete assigner):
 * <ul>
 *   <li>{@link #prepare} does the costly, store-independent part (featurising) on the ingester's worker threads;
 *       its result comes back to {@link #storyFor(StoredArticle, StreamArticle)} on the writing thread;</li>
 *   <li>{@link #committed} is told after every Lucene commit, so that the assigner can save its state next to
 *       the commit it matches (see {@link StoryTracker}).</li>
 * </ul>
 *
 * <p>The default, {@link #NONE}, assigns nothing: search then groups near-duplicates with their original and
 * shows every other article on its own. The assigner the project uses is {@link StoryTracker}.
 */
@FunctionalInterface
public interface StoryAssigner {

    /** Assigns no story. */
    StoryAssigner NONE = article -> null;

    /** The story id for a newly stored article, or null when it belongs to none (yet). */
    String storyFor(StoredArticle article);

    /**
     * Work done ahead, off the writing thread: must be thread-safe and must not touch the store. The default
     * prepares nothing.
     *
     * @param storeId the id the article will have in the store ({@link Fingerprint#id()})
     * @param cleaned the cleaned article
     * @return what {@link #storyFor(StoredArticle, StreamArticle)} will need, or null
     */
    default StreamArticle prepare(String storeId, Article cleaned) {
        return null;
    }

    /**
     * As {@link #prepare(String, Article)}, also given the page header cleaning removed ({@link PageHeader}, may
     * be null). The default ignores the header.
     */
    default StreamArticle prepare(String storeId, Article cleaned, String header) {
        return prepare(storeId, cleaned);
    }

    /**
     * As {@link #storyFor(StoredArticle)}, with what {@link #prepare} computed for this article (null when the
     * article was put without preparation). The default ignores it.
     */
    default String storyFor(StoredArticle article, StreamArticle prepared) {
        return storyFor(article);
    }

    /**
     * Called on the writing thread right after a commit made the articles durable.
     *
     * @param generation   the Lucene commit generation (the N of {@code segments_N}); grows with every commit
     * @param lastArrival  the arrival number of the last article in that commit (0 for none); see
     *                     {@link ArticleStore#arrivals()}
     */
    default void committed(long generation, long lastArrival) throws IOException {
    }

    /** Called on the writing thread when the store closes, after its last commit. */
    default void closed() throws IOException {
    }
}
