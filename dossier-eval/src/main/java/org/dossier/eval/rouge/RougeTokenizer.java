package org.dossier.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.analyse.terms.PorterStemmer;

/**
 * Turns one line of text into the tokens ROUGE-1.5.5 counts.
 *
 * <p>ROUGE's rules, applied in this order:
 * <ol>
 *   <li>lower-case (ASCII only: the Perl script works on bytes, so {@code É} is not a letter to it);</li>
 *   <li>every character outside {@code [a-z0-9]} separates tokens. So "U.S." gives "u" and "s", "well-known"
 *       gives "well" and "known", and a curly quote or an accented letter splits a word in two;</li>
 *   <li>with {@code -s}, SMART stopwords are dropped;</li>
 *   <li>with {@code -m}, tokens longer than three characters are stemmed: a WordNet irregular form becomes its base
 *       ("children" → "child"), any other word goes through {@link PorterStemmer}.</li>
 * </ol>
 *
 * <p>Thread-safe. Stems are cached (news vocabulary is small), which makes repeated scoring cheap.
 */
public final class RougeTokenizer {

    /** Past this many distinct words the cache stops growing, so a long-lived process cannot bloat. */
    private static final int MAX_CACHED_STEMS = 500_000;
    private static final Map<String, String> STEM_CACHE = new ConcurrentHashMap<>();

    private final boolean stem;
    private final boolean removeStopwords;

    /** A tokenizer that stems ({@code -m}) and/or removes stopwords ({@code -s}) as the options say. */
    public RougeTokenizer(RougeOptions options) {
        this(options.stem(), options.removeStopwords());
    }

    /** A tokenizer with explicit switches. */
    public RougeTokenizer(boolean stem, boolean removeStopwords) {
        this.stem = stem;
        this.removeStopwords = removeStopwords;
    }

    /** The ROUGE tokens of one line, in order. */
    public List<String> tokenize(String line) {
        List<String> tokens = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isTokenChar(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isTokenChar(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = asciiLowerCase(line, start, i);
                if (removeStopwords && SmartStopwords.contains(token)) {
                    continue;
                }
                tokens.add(stem && token.length() > 3 ? morphStem(token) : token);
            }
        }
        return tokens;
    }

    /**
     * ROUGE's stemming of one lower-case token longer than three characters: its WordNet base form when it is an
     * irregular form, else its Porter stem.
     */
    public static String morphStem(String token) {
        String cached = STEM_CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        String stemmed = WordNetExceptions.baseForm(token).orElseGet(() -> PorterStemmer.stem(token));
        if (STEM_CACHE.size() < MAX_CACHED_STEMS) {
            STEM_CACHE.put(token, stemmed);
        }
        return stemmed;
    }

    /** ASCII letters and digits: the only characters ROUGE keeps inside tokens. */
    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String asciiLowerCase(String s, int start, int end) {
        char[] chars = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            chars[k - start] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(chars);
    }
}
