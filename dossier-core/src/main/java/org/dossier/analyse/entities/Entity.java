package org.dossier.analyse.entities;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One person, organisation, place or group of a story, with every way the articles refer to it.
 *
 * @param canonical         the name to show: the longest full form the articles use often
 * @param kind              what it is
 * @param aliases           the other surface forms seen ("Mr Aredo", "Aredo", "Calvara's president"), most
 *                          frequent first, without the canonical name
 * @param mentionsPerSource article index → number of mentions in that article, in article order
 * @param mentions          every mention, in article then text order
 */
public record Entity(String canonical, EntityKind kind, List<String> aliases, Map<Integer, Integer> mentionsPerSource,
                     List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        mentionsPerSource = Collections.unmodifiableMap(new TreeMap<>(mentionsPerSource));
        mentions = List.copyOf(mentions);
    }

    /** How many mentions the entity has across all articles. */
    public int mentionCount() {
        return mentions.size();
    }

    /** How many articles mention it at least once. */
    public int sourceCount() {
        return mentionsPerSource.size();
    }

    /** Whether {@code form} is the canonical name or one of the aliases (case-insensitive). */
    public boolean isCalled(String form) {
        if (canonical.equalsIgnoreCase(form)) {
            return true;
        }
        for (String a : aliases) {
            if (a.equalsIgnoreCase(form)) {
                return true;
            }
        }
        return false;
    }
}
