package org.dossier.eval.rouge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The WordNet 2.0 morphological exceptions that ROUGE-1.5.5 consults before Porter stemming.
 *
 * <p>Irregular forms defeat suffix stripping ("children", "went", "better"), so WordNet lists them with their base
 * form. ROUGE merges the four lists into one lookup in the order noun, adverb, verb, adjective, a later entry for the
 * same form replacing an earlier one, and takes the first base when a line gives several (WordNet's
 * "better good well" means better → good). A form found here is replaced by its base and not stemmed further.
 *
 * <p>The lists ship as resources ({@code wordnet/*.exc}, with WordNet's licence beside them) and are read once,
 * on first use.
 */
public final class WordNetExceptions {

    /** The files in the order ROUGE-1.5.5's exception database was built from them. */
    private static final String[] FILES = {"noun.exc", "adv.exc", "verb.exc", "adj.exc"};

    private WordNetExceptions() {
    }

    /** The base form of an irregular inflected form, e.g. {@code "mice" → "mouse"}; empty for regular words. */
    public static Optional<String> baseForm(String lowerCaseWord) {
        return Optional.ofNullable(Table.BASES.get(lowerCaseWord));
    }

    /** How many inflected forms the merged lookup holds. */
    public static int size() {
        return Table.BASES.size();
    }

    /** Holder idiom: the JVM loads the table the first time it is touched, exactly once, thread-safely. */
    private static final class Table {
        static final Map<String, String> BASES = load();

        private static Map<String, String> load() {
            Map<String, String> bases = new HashMap<>();
            for (String file : FILES) {
                for (String line : ResourceWords.lines("wordnet/" + file)) {
                    String[] fields = line.split("\\s+");
                    if (fields.length >= 2) {
                        bases.put(fields[0], fields[1]);
                    }
                }
            }
            return Map.copyOf(bases);
        }
    }
}
