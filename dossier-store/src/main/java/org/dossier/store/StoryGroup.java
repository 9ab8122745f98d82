package org.dossier.store;

import java.util.List;

/**
 * The hits of one search that belong together: the articles of one story, or when no story is known, an article
 * with its near-duplicates.
 *
 * @param story the story id, or null when the group is an article and its copies
 * @param hits  best first; never empty
 */
public record StoryGroup(String story, List<SearchHit> hits) {
    public StoryGroup {
        hits = List.copyOf(hits);
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one hit");
        }
    }

    /** The score of the group's best hit, which orders the groups. */
    public float bestScore() {
        return hits.get(0).score();
    }
}
