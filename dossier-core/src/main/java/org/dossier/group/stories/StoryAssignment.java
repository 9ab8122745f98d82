package org.dossier.group.stories;

/**
 * Where {@link StoryClusterer#assign} put an article.
 *
 * @param storyId    the story it joined or started ("S17")
 * @param isNew      true when the article started a new story
 * @param similarity its similarity to the story it joined (the mean similarity to the story's members, see
 *                   {@link StoryClusterer}); for a new story, the best similarity it had to any existing story,
 *                   which was below the threshold (0 when there was no candidate at all)
 */
public record StoryAssignment(String storyId, boolean isNew, double similarity) {
}
