package org.dossier.spark;

import java.io.Serializable;
import java.util.HashMap;
import org.dossier.group.events.DocumentFeatures;

/**
 * The counts of a {@link DocumentFeatures} (terms, names, reported days) in a form Spark can ship. Featurising is
 * the costly part of clustering (date tagging above all), so it is done once, where the article is cleaned, and
 * these counts travel to the block that clusters the article. The lead evidence is left out: story clustering does
 * not use it.
 */
public record FeatureCounts(HashMap<String, Integer> terms, HashMap<String, Integer> names,
                            HashMap<String, Integer> dates) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Family prefixes that keep a term, a name and a day with the same spelling apart in one key space. */
    static final String TERM = "t:";
    static final String NAME = "n:";
    static final String DATE = "d:";

    public static FeatureCounts of(DocumentFeatures f) {
        return new FeatureCounts(new HashMap<>(f.terms()), new HashMap<>(f.names()), new HashMap<>(f.dates()));
    }

    public DocumentFeatures toFeatures() {
        return new DocumentFeatures(terms, names, dates);
    }

    /** Calls {@code visitor} with every distinct feature, prefixed by its family. */
    public void forEachKey(java.util.function.Consumer<String> visitor) {
        terms.keySet().forEach(k -> visitor.accept(TERM + k));
        names.keySet().forEach(k -> visitor.accept(NAME + k));
        dates.keySet().forEach(k -> visitor.accept(DATE + k));
    }

    /** Number of distinct features of all families. */
    public int size() {
        return terms.size() + names.size() + dates.size();
    }
}
