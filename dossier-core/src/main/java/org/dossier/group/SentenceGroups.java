package org.dossier.group;

import java.util.List;

/**
 * A partition of every sentence of a cluster into {@link SentenceGroup}s: sentences that state the same thing
 * share a group, every other sentence is a group of its own.
 *
 * <p>Made by {@link SentenceGrouper}. Immutable.
 */
public final class SentenceGroups {
    private final List<SentenceGroup> groups;
    /** [article][sentence] -> group id. */
    private final int[][] groupOf;

    SentenceGroups(List<SentenceGroup> groups, int[][] groupOf) {
        this.groups = List.copyOf(groups);
        this.groupOf = groupOf;
    }

    /** All groups, singletons included, ordered by their first member. */
    public List<SentenceGroup> groups() {
        return groups;
    }

    /** The group holding the given sentence. */
    public SentenceGroup groupOf(int article, int sentence) {
        return groups.get(groupOf[article][sentence]);
    }

    /** The group holding the given sentence. */
    public SentenceGroup groupOf(SentenceRef ref) {
        return groupOf(ref.article(), ref.sentence());
    }

    /** Groups with more than one member: the repeated facts. */
    public List<SentenceGroup> repeated() {
        return groups.stream().filter(g -> !g.isSingleton()).toList();
    }
}
