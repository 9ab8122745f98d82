package org.dossier.analyse.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Turns text into content terms: tokens that are not stopwords, stemmed.
 *
 * <p>This is the one place that decides what "the same word" means for grouping, concept coverage and focus
 * matching, so those stages agree. The stemmer is a plain {@code UnaryOperator<String>} so a better one can be
 * plugged in ({@code new TermAnalyzer(Stopwords.english(), SomeStemmer::stem)}) without changing any caller.
 *
 * <p>Single letters that are not digits are dropped (initials, stray "s" of a possessive). Thread-safe when the
 * stemmer is.
 */
public final class TermAnalyzer {
    private final ContentTokenizer tokenizer = new ContentTokenizer();
    private final Stopwords stopwords;
    private final UnaryOperator<String> stemmer;

    /** English stopwords and the {@link LightStemmer}. */
    public TermAnalyzer() {
        this(Stopwords.english(), LightStemmer.INSTANCE);
    }

    public TermAnalyzer(Stopwords stopwords, UnaryOperator<String> stemmer) {
        this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
        this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
    }

    /** The content terms of {@code text} in reading order, repeats kept (bigrams need the order). */
    public List<String> contentTerms(String text) {
        List<String> out = new ArrayList<>(text.length() / 8 + 4);
        tokenizer.tokens(text, token -> {
            String term = termOf(token);
            if (term != null) {
                out.add(term);
            }
        });
        return out;
    }

    /**
     * Hands every token of {@code text} to {@code sink}, stopwords included and nothing stemmed: with
     * {@link #termOf} this is {@link #contentTerms} in two steps, for a caller that memoises the second step per
     * distinct token ({@link ClusterTerms} does: a cluster says "minister" hundreds of times).
     */
    public void tokens(String text, Consumer<String> sink) {
        tokenizer.tokens(text, sink);
    }

    /** The content term of one lower-case token: its stem, or null when it is not a content word. */
    public String termOf(String token) {
        return isContent(token) ? stemmer.apply(token) : null;
    }

    /** Whether a lower-case token counts as a content word (before stemming). */
    public boolean isContent(String token) {
        if (stopwords.contains(token)) {
            return false;
        }
        return token.length() > 1 || Character.isDigit(token.charAt(0));
    }

    /** The stemmer in use, for code that needs to stem a word the same way. */
    public UnaryOperator<String> stemmer() {
        return stemmer;
    }
}
