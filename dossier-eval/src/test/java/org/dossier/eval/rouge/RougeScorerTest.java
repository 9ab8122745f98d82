package org.dossier.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Scores of small hand-made summaries, each computed by hand in the comments. */
class RougeScorerTest {

    private static final double EPS = 1e-12;
    /** No stemming, no stopword removal, no limit: the counts below can be checked by eye. */
    private static final RougeOptions PLAIN = new RougeOptions(false, false, 0, 0, true, 4, 0.5);
    private final RougeScorer scorer = new RougeScorer(PLAIN);

    @Test
    void oneReference() {
        // system: the cat sat on the mat / reference: the cat lay on the mat (6 tokens each)
        RougeReport r = scorer.score(List.of("The cat sat on the mat."), List.of(List.of("The cat lay on the mat.")));
        // unigram hits: the x2, cat, on, mat = 5
        assertEquals(5.0 / 6, r.rouge1().recall(), EPS);
        assertEquals(5.0 / 6, r.rouge1().precision(), EPS);
        // bigram hits: "the cat", "on the", "the mat" = 3 of 5
        assertEquals(3.0 / 5, r.rouge2().recall(), EPS);
        // LCS: the cat on the mat = 5
        assertEquals(5.0 / 6, r.rougeL().recall(), EPS);
    }

    @Test
    void severalReferencesArePooled() {
        List<List<String>> refs = List.of(List.of("The cat lay on the mat."), List.of("A dog sat on the mat."));
        RougeReport r = scorer.score(List.of("The cat sat on the mat."), refs);
        // hits 5 (first reference) + 4 (sat, on, the, mat) over 6 + 6 reference tokens;
        // precision divides by 2 references x 6 system tokens.
        assertEquals(9.0 / 12, r.rouge1().recall(), EPS);
        assertEquals(9.0 / 12, r.rouge1().precision(), EPS);
        assertEquals(0.75, r.rouge1().f(), EPS);
    }

    @Test
    void skipBigramsAllowFourWordsBetweenAndSkipTheLastUnigram() {
        // reference "alpha bravo": units = pair "alpha bravo" + unigram "alpha" (ROUGE never counts the last
        // token's unigram). The reversed system shares no ordered pair and its counted unigram is "bravo": 0 hits.
        RougeReport reversed = scorer.score(List.of("bravo alpha"), List.of(List.of("alpha bravo")));
        assertEquals(0.0, reversed.rougeSU4().recall(), EPS);
        assertEquals(1.0, reversed.rouge1().recall(), EPS);

        // "a ... f" with four words between is still a skip-bigram; with five it is not.
        RougeReport near = scorer.score(List.of("one x x x x six"), List.of(List.of("one six")));
        RougeReport far = scorer.score(List.of("one x x x x x seven"), List.of(List.of("one seven")));
        // reference units: "one six" + "one"; both hit.
        assertEquals(1.0, near.rougeSU4().recall(), EPS);
        // only the unigram "one" hits.
        assertEquals(0.5, far.rougeSU4().recall(), EPS);
    }

    @Test
    void theSkipDistanceIsAnOption() {
        // With no word allowed between, SU0 = bigrams + unigrams (last excepted). Reference "red green blue" has
        // the units red, "red green", green, "green blue"; the system "red gray blue" shares only "red".
        RougeScorer su0 = new RougeScorer(new RougeOptions(false, false, 0, 0, true, 0, 0.5));
        RougeReport r = su0.score(List.of("red gray blue"), List.of(List.of("red green blue")));
        assertEquals(1.0 / 4, r.rougeSU4().recall(), EPS);
        // SU4 also counts the skip-bigram "red blue".
        RougeReport r4 = scorer.score(List.of("red gray blue"), List.of(List.of("red green blue")));
        assertEquals(2.0 / 5, r4.rougeSU4().recall(), EPS);
        // A negative distance means no limit: "one ... seven" with five words between still pairs up.
        RougeScorer unlimited = new RougeScorer(new RougeOptions(false, false, 0, 0, true, -1, 0.5));
        RougeReport far = unlimited.score(List.of("one x x x x x seven"), List.of(List.of("one seven")));
        assertEquals(1.0, far.rougeSU4().recall(), EPS);
    }

    @Test
    void bigramsRunAcrossLinesButLcsStaysWithinSentences() {
        RougeReport r = scorer.score(List.of("storm hit", "coast towns"), List.of(List.of("storm hit coast towns")));
        // bigrams "storm hit", "hit coast", "coast towns" all match, across the line break
        assertEquals(1.0, r.rouge2().recall(), EPS);
        // union LCS of the reference sentence with each system line covers all four words
        assertEquals(1.0, r.rougeL().recall(), EPS);
    }

    @Test
    void lcsCountsAWordNoMoreOftenThanTheSystemSaysIt() {
        // Two reference sentences each contain "vote"; the system says it once, so only one LCS hit counts.
        RougeReport r = scorer.score(List.of("vote"), List.of(List.of("vote now", "vote later")));
        assertEquals(1.0 / 4, r.rougeL().recall(), EPS);
        assertEquals(1.0 / 4, r.rouge1().recall(), EPS);
    }

    @Test
    void theWordLimitCutsSystemAndReferences() {
        RougeScorer limited = new RougeScorer(PLAIN.withWordLimit(2));
        RougeReport r = limited.score(List.of("red blue green"), List.of(List.of("red blue yellow")));
        assertEquals(1.0, r.rouge1().recall(), EPS);
        RougeScorer systemOnly = new RougeScorer(PLAIN.withWordLimit(2).withTruncatedReferences(false));
        RougeReport s = systemOnly.score(List.of("red blue green"), List.of(List.of("red blue yellow")));
        assertEquals(2.0 / 3, s.rouge1().recall(), EPS);
        assertEquals(1.0, s.rouge1().precision(), EPS);
    }

    @Test
    void underAByteLimitRougeLReadsSentencesLikeThePerlScript() {
        RougeScorer bytes = new RougeScorer(PLAIN.withByteLimit(12));
        // The n-gram reading of both summaries keeps "wind rose" (9 bytes) + "hai" (the 3 bytes left of "hail
        // fell"). ROUGE-L's reading keeps "wind rose" and "hail fell" (each under 12 bytes on its own).
        RougeReport r = bytes.score(List.of("wind rose", "hail fell"), List.of(List.of("wind rose", "hail fell")));
        assertEquals(1.0, r.rouge1().recall(), EPS);
        // LCS marks all four reference words, but "hail" and "fell" are not in the n-gram reading that clips the
        // hits, so 2 hits; recall divides by the 4 sentence tokens, precision by the 3 n-gram tokens.
        assertEquals(2.0 / 4, r.rougeL().recall(), EPS);
        assertEquals(2.0 / 3, r.rougeL().precision(), EPS);
    }

    @Test
    void fIsTheHarmonicMeanOfPrintedRecallAndPrecision() {
        // R = 1/3, P = 1/2: ROUGE rounds them to 0.33333 and 0.50000 before taking F.
        RougeReport r = scorer.score(List.of("sun moon"), List.of(List.of("sun star sky")));
        assertEquals(2 * 0.33333 * 0.5 / (0.33333 + 0.5), r.rouge1().f(), EPS);
    }

    @Test
    void emptySummariesScoreZero() {
        RougeReport r = scorer.score(List.of(), List.of(List.of("a calm day")));
        assertEquals(new RougeScore(0, 0, 0), r.rouge1());
        assertEquals(new RougeScore(0, 0, 0), r.rougeL());
        assertThrows(IllegalArgumentException.class, () -> scorer.score(List.of("x"), List.of()));
    }

    @Test
    void preparedReferencesGiveTheSameScoresAndAreSharedAcrossThreads() throws Exception {
        List<List<String>> refs = List.of(List.of("Officials said the bridge will reopen in May."),
                List.of("The bridge reopens in May, officials said."));
        List<String> system = List.of("The bridge will reopen in May.", "Officials said so on Monday.");
        RougeScorer stemmed = new RougeScorer(RougeOptions.duc2006());
        RougeReport direct = stemmed.score(system, refs);
        PreparedReferences prepared = stemmed.prepare(refs);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RougeReport>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> stemmed.score(system, prepared)));
            }
            for (Future<RougeReport> f : futures) {
                assertEquals(direct, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThrows(IllegalArgumentException.class, () -> scorer.score(system, prepared));
    }
}
