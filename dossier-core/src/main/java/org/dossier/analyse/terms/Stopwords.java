package org.dossier.analyse.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of function words to leave out when comparing sentences by what they are about.
 *
 * <p>The English list lives in the resource file {@code stopwords-en.txt} next to this class, one word a line,
 * {@code #} starting a comment, so that it can be read and edited without touching code.
 */
public final class Stopwords {
    private static final String ENGLISH_RESOURCE = "stopwords-en.txt";
    private static volatile Stopwords english;

    private final Set<String> words;

    private Stopwords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The project's English list, loaded once. */
    public static Stopwords english() {
        Stopwords list = english;
        if (list == null) {
            synchronized (Stopwords.class) {
                list = english;
                if (list == null) {
                    list = load(ENGLISH_RESOURCE);
                    english = list;
                }
            }
        }
        return list;
    }

    /** A list made of the given words (lower-cased), for tests or other languages. */
    public static Stopwords of(Set<String> words) {
        Set<String> lower = new HashSet<>();
        for (String w : words) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        return new Stopwords(lower);
    }

    /** Whether the lower-case token {@code word} is a stopword. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** How many words the list holds. */
    public int size() {
        return words.size();
    }

    private static Stopwords load(String resource) {
        InputStream in = Stopwords.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("stopword resource missing: " + resource);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopword resource " + resource, e);
        }
        return new Stopwords(words);
    }
}
