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

    /** A templated quake bulletin, filled in for one town: every sentence is the same template, names aside. */
    private static String bulletin(String town, String mayor, int magnitude, int homes, String day) {
        return "A magnitude " + magnitude + ".2 earthquake struck near " + town + " early on " + day
                + ", the regional seismic office said in its automated bulletin. The tremor was felt across the "
                + "district and lasted for several seconds, according to the office.\n\n"
                + "Mayor " + mayor + " said " + homes + " homes had been checked for damage and that no injuries "
                + "had been reported so far. Residents were advised to stay away from damaged buildings until "
                + "engineers had inspected them.\n\n"
                + "The office said aftershocks were possible over the coming days and that it would publish an "
                + "update if the situation changed. Schools in " + town + " would open as usual.";
    }

    @Test
    void twoStoriesFromOneTemplateAreNotCopiesButACopyOfOneIs() {
        String kelby = bulletin("Kelby", "Anneli Dravik", 4, 120, "Tuesday");
        String orsund = bulletin("Orsund", "Piet Halloran", 5, 45, "Friday");
        // the template's words are most of the text: by words alone they look like copies
        assertTrue(NearDuplicatePolicy.isNearDuplicate(Shingles.of(kelby), Shingles.of(orsund)));
        // but what is particular to each (town, mayor, numbers, day) differs
        assertFalse(NearDuplicatePolicy.isNearDuplicate(Shingles.profile(kelby), Shingles.profile(orsund)));
        assertTrue(NearDuplicatePolicy.isNearDuplicate(Shingles.profile(kelby),
                Shingles.profile("Advertisement\n\n" + kelby + "\n\nShare this article")));
    }

    @Test
    void anUpdateIsACopyButAFollowUpReusingTheBackgroundIsNot() {
        FictionalNews news = new FictionalNews(5);
        String lead = "The " + news.place() + " ferry service was suspended on Monday after " + news.person()
                + " ordered checks on all 12 vessels. " + news.sentence();
        String background = news.body(4);
        String original = lead + "\n\n" + background;
        String update = "Update: " + news.sentence() + "\n\n" + original + "\n\n" + news.paragraph();
        String followUp = "Ferries were running again on Thursday, " + news.person() + " told the council. "
                + news.sentence() + "\n\n" + background;
        Shingles.Profile o = Shingles.profile(original);
        assertTrue(NearDuplicatePolicy.isNearDuplicate(o, Shingles.profile(update)), "an update keeps the opening");
        // the follow-up shares most of its words with the original: only its opening tells them apart
        assertTrue(NearDuplicatePolicy.isNearDuplicate(o.all(), Shingles.profile(followUp).all()));
        assertFalse(NearDuplicatePolicy.isNearDuplicate(o, Shingles.profile(followUp)), "a follow-up is new news");
    }

    @Test
    void distinctiveShinglesAreThoseWithANameOrANumber() {
        Shingles.Profile p = Shingles.profile("The harbour board met again to discuss the rota. "
                + "It heard from dockers at length about the new rota and the pay.");
        assertEquals(0, p.distinctive().length, "capitals that open a sentence are not names");
        Shingles.Profile named = Shingles.profile("The board met with Ilse Varnholt to discuss 14 boats.");
        assertTrue(named.distinctive().length > 0);
        assertTrue(named.distinctive().length < named.all().length);
        assertEquals(Math.min(Shingles.LEAD_WORDS, named.all().length), named.lead().length);
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
