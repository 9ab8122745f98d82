package org.dossier.compare;

import java.util.List;
import org.dossier.model.Sentence;
import org.dossier.model.Words;
import org.dossier.summarise.Datelines;
import org.dossier.summarise.SentenceFilter;
import org.dossier.summarise.Suitability;

/**
 * Chooses which source sentence shows a claim that several outlets state: the one that reads best alone.
 *
 * <p>Preference, in order: a sentence the summariser's {@link SentenceFilter} finds {@link Suitability#GOOD}
 * (complete, not a quote fragment, no dangling "He" or "But" at the start); one that does not open with a
 * quotation mark (a claim reads better reported than quoted); one of a comfortable length (closest to
 * {@value #COMFORTABLE_WORDS} words); the earliest source. A claim whose best wording is a scrap of fewer than
 * {@value #MIN_WORDS} words, or that the filter rejects (half of a quotation whose marks do not pair up, a
 * caption), is not shown at all.
 */
final class ClaimWording {
    /** The length a reader takes in at a glance. */
    static final int COMFORTABLE_WORDS = 25;
    /** Shorter "claims" are headings, datelines or fragments. */
    static final int MIN_WORDS = 6;

    private ClaimWording() {
    }

    /** The clearest of {@code sentences}, or {@code null} when none is worth showing. */
    static Sentence clearest(List<Sentence> sentences) {
        Sentence best = null;
        long bestKey = Long.MAX_VALUE;
        for (Sentence s : sentences) {
            String shown = text(s);
            int words = Words.count(shown);
            // one sortable key: suitability, then quote opening, then distance from a comfortable length
            long key = SentenceFilter.judge(shown).ordinal() * 1_000_000L + (opensWithQuote(shown) ? 100_000L : 0)
                    + Math.abs(words - COMFORTABLE_WORDS) * 100L;
            if (key < bestKey || (key == bestKey && earlier(s, best))) {
                best = s;
                bestKey = key;
            }
        }
        if (best == null || Words.count(text(best)) < MIN_WORDS
                || SentenceFilter.judge(text(best)) == Suitability.REJECTED) {
            return null; // every wording is a fragment: half a quotation, a caption, a headline
        }
        return best;
    }

    private static boolean earlier(Sentence s, Sentence than) {
        return s.articleIndex() < than.articleIndex()
                || (s.articleIndex() == than.articleIndex() && s.index() < than.index());
    }

    /** The sentence as a claim is shown: without a wire dateline ("BRENNHOLM, Dunmere (NNS) —"). */
    static String text(Sentence s) {
        return Datelines.strip(s.text());
    }

    private static boolean opensWithQuote(String text) {
        return !text.isEmpty() && "\"“‘'".indexOf(text.charAt(0)) >= 0;
    }
}
