package org.dossier.group.stories;

/**
 * One revision of an earlier decision: an article that the clusterer has moved from one story to another since it
 * was assigned, because later articles showed where it belongs (see {@link StoryClusterer#drainChanges()}). A store
 * that saved the article's story applies the change by setting the article's story to {@code to}.
 *
 * @param articleId the article that moved
 * @param from      the story it was in (the one last reported for it)
 * @param to        the story it is in now
 */
public record StoryChange(String articleId, String from, String to) {
}
