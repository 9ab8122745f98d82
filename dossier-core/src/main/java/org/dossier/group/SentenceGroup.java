package org.dossier.group;

import java.util.List;

/**
 * Sentences of a cluster that state the same thing (near-duplicates and close paraphrases).
 *
 * @param id      position of the group in {@link SentenceGroups#groups()}
 * @param members the sentences, in input order (article, then sentence); never empty
 */
public record SentenceGroup(int id, List<SentenceRef> members) {
    public SentenceGroup {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group has at least one sentence");
        }
    }

    /** Number of different articles among the members: how many sources state this. */
    public int articleCount() {
        return (int) members.stream().mapToInt(SentenceRef::article).distinct().count();
    }

    /** Whether the group is a single sentence that no other sentence repeats. */
    public boolean isSingleton() {
        return members.size() == 1;
    }
}
