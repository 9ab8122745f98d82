package org.dossier.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct tokens of a set of references, so n-grams can be packed into longs and compared as ints.
 *
 * <p>Only reference tokens get an id. A system token that no reference contains can never match anything, so it
 * is encoded as {@link #UNKNOWN}, which equals no reference id. Immutable after construction.
 */
final class Vocabulary {
    /** The id of any token absent from the references. */
    static final int UNKNOWN = -1;

    private final Map<String, Integer> ids;

    /** Numbers every token of the given tokenised references (both readings), in order of first appearance. */
    Vocabulary(List<TokenisedText> tokenisedReferences) {
        Map<String, Integer> map = new HashMap<>();
        for (TokenisedText reference : tokenisedReferences) {
            addAll(reference.ngramLines(), map);
            addAll(reference.lcsLines(), map);
        }
        this.ids = map;
    }

    private static void addAll(List<List<String>> lines, Map<String, Integer> map) {
        for (List<String> line : lines) {
            for (String token : line) {
                map.putIfAbsent(token, map.size());
            }
        }
    }

    /** The id of a token, or {@link #UNKNOWN}. */
    int id(String token) {
        return ids.getOrDefault(token, UNKNOWN);
    }

    /** How many distinct reference tokens there are (ids run from 0 to size - 1). */
    int size() {
        return ids.size();
    }
}
