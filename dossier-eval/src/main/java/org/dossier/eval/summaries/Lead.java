package org.dossier.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.eval.rouge.LengthLimit;

/**
 * The lead baseline: the opening sentences of the cluster's documents, up to a word budget.
 *
 * <p>News puts the most important facts first, so the lead is a strong baseline for news summarisation and the
 * first number any summariser must beat. Sentences of the first document are taken whole, in order, until the
 * budget is reached; when the first document is shorter than the budget, the lead goes on with the second
 * document, and so on (this is the variant whose figures the shared data README quotes). The last sentence may
 * overshoot and is cut by the evaluation's word limit, exactly as ROUGE's {@code -l} would cut it.
 *
 * <p>{@link #firstDocumentOnly(int)} gives the stricter variant that never leaves the first document, so its
 * summaries are shorter than the budget when that document is short.
 */
public final class Lead implements Function<Cluster, List<String>> {
    /** The project's news splitter: baselines and ROUGE lines use the same sentences as the pipeline. */
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private final int wordBudget;
    private final boolean firstDocumentOnly;

    /** A lead of (about) {@code wordBudget} words, continuing into later documents when the first is short. */
    public Lead(int wordBudget) {
        this(wordBudget, false);
    }

    private Lead(int wordBudget, boolean firstDocumentOnly) {
        if (wordBudget <= 0) {
            throw new IllegalArgumentException("wordBudget must be > 0");
        }
        this.wordBudget = wordBudget;
        this.firstDocumentOnly = firstDocumentOnly;
    }

    /** A lead taken from the first document alone, possibly shorter than {@code wordBudget}. */
    public static Lead firstDocumentOnly(int wordBudget) {
        return new Lead(wordBudget, true);
    }

    @Override
    public List<String> apply(Cluster cluster) {
        List<String> out = new ArrayList<>();
        int words = 0;
        for (Cluster.Document doc : cluster.docs()) {
            for (String sentence : SPLITTER.sentences(doc.text())) {
                if (words >= wordBudget) {
                    return out;
                }
                out.add(sentence);
                words += LengthLimit.wordCount(sentence);
            }
            if (firstDocumentOnly) {
                break;
            }
        }
        return out;
    }

    /** Whole sentences in order until their words reach the budget (the last may overshoot). */
    static List<String> takeUpToBudget(List<String> sentences, int wordBudget) {
        List<String> out = new ArrayList<>();
        int words = 0;
        for (String s : sentences) {
            if (words >= wordBudget) {
                break;
            }
            out.add(s);
            words += LengthLimit.wordCount(s);
        }
        return out;
    }

    @Override
    public String toString() {
        return (firstDocumentOnly ? "Lead, first document only (" : "Lead (") + wordBudget + " words)";
    }
}
