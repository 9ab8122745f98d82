package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate thresholds against the three kinds of pairs they must tell apart, generated many times:
 * syndicated copies (same body, other furniture lines around it), updated versions (a paragraph added, a
 * sentence reworded), and independent reports of the same event (same people and place, one shared quote).
 */
class NearDuplicatePolicyTest {
    private static final int TRIALS = 300;

    @Test
    void separatesCopiesAndUpdatesFromOtherReportsOfTheSameEvent() {
        FictionalNews news = new FictionalNews(7);
        double minCopyJaccard = 1;
        double minUpdateContainment = 1;
        double maxOtherJaccard = 0;
        double maxOtherContainment = 0;
        for (int t = 0; t < TRIALS; t++) {
            String quote = "\"" + news.sentence() + "\" said " + news.person() + ".";
            String body = news.body(4 + news.nextInt(6)) + "\n\n" + quote;

            String copy = "Share this story\n\nAdvertisement\n\n" + body + "\n\nRead more: " + news.sentence();
            long[] a = Shingles.of(body);
            long[] c = Shingles.of(copy);
            assertTrue(NearDuplicatePolicy.isNearDuplicate(a, c), "syndicated copy not linked");
            minCopyJaccard = Math.min(minCopyJaccard, Shingles.jaccard(a, c));

            String[] paragraphs = body.split("\n\n");
            paragraphs[0] = paragraphs[0].replaceFirst("\\.", ", officials said.");
            String updated = String.join("\n\n", paragraphs) + "\n\n" + news.paragraph() + "\n\n" + news.paragraph();
            long[] u = Shingles.of(updated);
            assertTrue(NearDuplicatePolicy.isNearDuplicate(a, u), "updated version not linked");
            minUpdateContainment = Math.min(minUpdateContainment, Shingles.containment(a, u));

            String other = news.body(4 + news.nextInt(6)) + "\n\n" + quote + "\n\n" + news.paragraph();
            long[] o = Shingles.of(other);
            assertFalse(NearDuplicatePolicy.isNearDuplicate(a, o), "another report of the event was linked");
            maxOtherJaccard = Math.max(maxOtherJaccard, Shingles.jaccard(a, o));
            maxOtherContainment = Math.max(maxOtherContainment, Shingles.containment(a, o));
        }
        System.out.printf("near-duplicates over %d trials: copies Jaccard >= %.2f, updates containment >= %.2f, "
                + "other reports Jaccard <= %.2f, containment <= %.2f%n", TRIALS, minCopyJaccard,
                minUpdateContainment, maxOtherJaccard, maxOtherContainment);
        assertTrue(minCopyJaccard >= NearDuplicatePolicy.MIN_JACCARD + 0.1, "margin above the copy threshold");
        assertTrue(maxOtherJaccard <= NearDuplicatePolicy.MIN_JACCARD - 0.2, "margin below the copy threshold");
        assertTrue(maxOtherContainment <= NearDuplicatePolicy.MIN_CONTAINMENT - 0.2, "margin below containment");
    }

    @Test
    void aShortBriefQuotedInsideALongFeatureIsNotACopyOfIt() {
        FictionalNews news = new FictionalNews(11);
        String brief = news.paragraph();
        String feature = news.body(12) + "\n\n" + brief + "\n\n" + news.body(6);
        assertFalse(NearDuplicatePolicy.isNearDuplicate(Shingles.of(brief), Shingles.of(feature)));
    }

    @Test
    void shinglesIgnoreCasePunctuationAndSpacing() {
        long[] a = Shingles.of("The ferry to Port Alder sails at noon, the harbour master said.");
        long[] b = Shingles.of("the ferry to port alder  sails at noon the harbour master said");
        assertEquals(1.0, Shingles.jaccard(a, b));
        assertEquals(0, Shingles.of("  ... ").length);
    }

    @Test
    void lshBandsAreSharedByCopiesAndRarelyByStrangers() {
        FictionalNews news = new FictionalNews(3);
        String body = news.body(8);
        List<String> original = MinHash.bandKeys(MinHash.signature(Shingles.of(body)));
        List<String> copy = MinHash.bandKeys(MinHash.signature(Shingles.of("Advertisement\n\n" + body)));
        List<String> stranger = MinHash.bandKeys(MinHash.signature(Shingles.of(news.body(8))));
        assertTrue(shared(original, copy) >= MinHash.BANDS / 2, Arrays.toString(copy.toArray()));
        assertEquals(0, shared(original, stranger));
    }

    private static int shared(List<String> a, List<String> b) {
        List<String> common = new ArrayList<>(a);
        common.retainAll(b);
        return common.size();
    }
}
