package org.dossier.group.stories;

import java.util.List;

/**
 * What revisions changed since the last {@link StoryClusterer#drainChanges()}: the articles that moved, in the
 * order the moves happened (an article can move twice; the last move is where it is), and the stories that lost
 * all their members to others (merged away). A dissolved story id is never reused.
 *
 * @param moves     article moves, oldest first
 * @param dissolved ids of stories that no longer exist, in the order they emptied
 */
public record StoryChanges(List<StoryChange> moves, List<String> dissolved) {
    public StoryChanges {
        moves = List.copyOf(moves);
        dissolved = List.copyOf(dissolved);
    }

    public boolean isEmpty() {
        return moves.isEmpty() && dissolved.isEmpty();
    }
}
