package org.dossier.store;

import java.util.List;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param matched how many articles matched the query and filters in all (groups hold only the best of them)
 * @param groups  story groups, best first, at most {@link SearchQuery#limit()}
 */
public record SearchResults(long matched, List<StoryGroup> groups) {
    public SearchResults {
        groups = List.copyOf(groups);
    }
}
