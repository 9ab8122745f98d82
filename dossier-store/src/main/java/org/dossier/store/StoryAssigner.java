package org.dossier.store;

/**
 * The hook through which an incremental story clusterer labels articles as they are stored.
 *
 * <p>{@link ArticleStore} calls {@link #storyFor} once for every article it stores (not for articles it had
 * already), after deciding whether the article is a near-duplicate, and keeps the returned id in the article's
 * {@code story} field; search groups its results by it. The assigner runs on the writing thread, so it sees
 * articles one at a time in ingest order and needs no locking of its own. Its state is its own business: a
 * clusterer that must survive restarts can rebuild it from {@link ArticleStore#forEach} when the store opens.
 * Labels can also be changed later with {@link ArticleStore#assignStory}, e.g. when two stories merge.
 *
 * <p>The default, {@link #NONE}, assigns nothing: search then groups near-duplicates with their original and
 * shows every other article on its own.
 */
@FunctionalInterface
public interface StoryAssigner {

    /** Assigns no story. */
    StoryAssigner NONE = article -> null;

    /** The story id for a newly stored article, or null when it belongs to none (yet). */
    String storyFor(StoredArticle article);
}
