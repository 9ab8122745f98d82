package org.dossier.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Sentence;
import org.junit.jupiter.api.Test;

class SentenceGrouperTest {
    private final SentenceGrouper grouper = new SentenceGrouper();

    private static AnalysedArticle article(int index, String... sentences) {
        List<Sentence> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            parts.add(new Sentence(index, parts.size(), 0, start, text.length(), s));
        }
        return new AnalysedArticle(index, Article.builder("a" + index, text.toString()).build(), parts);
    }

    private final List<AnalysedArticle> coverage = List.of(
            article(0, "The council and the bus drivers met for 90 minutes on Friday at the depot.",
                    "Passengers waited in the rain for hours at Elm Street."),
            article(1, "Bus fares in Tamsworth will rise next spring, the council said.",
                    "The 90-minute meeting between the council and the bus drivers at the depot ended on Friday "
                            + "without a deal."),
            article(2, "\"We will not drive until the rota is fixed,\" said driver Ada Monk.",
                    "Council officials met the bus drivers at the depot on Friday for 90 minutes."),
            article(3, "Driver Ada Monk said: \"We will not drive until the rota is fixed.\"",
                    "A new cycle lane opens on the ring road in June."));

    @Test
    void paraphrasesOfOneFactFromThreeOutletsShareAGroup() {
        SentenceGroups groups = grouper.group(coverage);
        SentenceGroup meeting = groups.groupOf(0, 0);
        assertEquals(List.of(new SentenceRef(0, 0), new SentenceRef(1, 1), new SentenceRef(2, 1)),
                meeting.members());
        assertEquals(3, meeting.articleCount());
    }

    @Test
    void theSameQuoteWithDifferentAttributionSharesAGroup() {
        SentenceGroups groups = grouper.group(coverage);
        assertEquals(groups.groupOf(2, 0), groups.groupOf(3, 0));
    }

    @Test
    void sentencesAboutDifferentThingsStayApart() {
        SentenceGroups groups = grouper.group(coverage);
        assertTrue(groups.groupOf(0, 1).isSingleton());
        assertTrue(groups.groupOf(1, 0).isSingleton());
        assertTrue(groups.groupOf(3, 1).isSingleton());
        assertNotEquals(groups.groupOf(0, 0), groups.groupOf(2, 0));
    }

    @Test
    void everySentenceBelongsToExactlyOneGroup() {
        SentenceGroups groups = grouper.group(coverage);
        int members = groups.groups().stream().mapToInt(g -> g.members().size()).sum();
        assertEquals(8, members);
        for (SentenceGroup g : groups.groups()) {
            assertEquals(g, groups.groups().get(g.id()));
            for (SentenceRef r : g.members()) {
                assertEquals(g, groups.groupOf(r));
            }
        }
        assertEquals(2, groups.repeated().size());
    }

    @Test
    void aSentenceSharingOnlyTheStorysNamesIsNotChainedIn() {
        // A and B are the same fact, B and C share a lot, but A and C share little: single-link grouping would
        // put all three together
        List<AnalysedArticle> chain = List.of(
                article(0, "Harbour pilots at Gullhaven refused night shifts over missing radar checks."),
                article(1, "Harbour pilots at Gullhaven refused night shifts over missing radar checks and "
                        + "unpaid overtime since winter."),
                article(2, "Unpaid overtime since winter angered harbour pilots at Gullhaven, union records show."));
        SentenceGroups groups = grouper.group(chain);
        assertEquals(groups.groupOf(0, 0), groups.groupOf(1, 0));
        assertNotEquals(groups.groupOf(0, 0), groups.groupOf(2, 0));
    }

    @Test
    void emptyInputGivesNoGroups() {
        assertTrue(grouper.group(List.of()).groups().isEmpty());
    }

    @Test
    void groupsADucSizedClusterQuickly() {
        // 25 articles of 40 sentences drawn from a shared invented vocabulary, with some copied sentences
        Random random = new Random(7);
        String[] vocabulary = new String[600];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = "w" + Integer.toString(i, 36) + "x";
        }
        List<String> pool = new ArrayList<>();
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int a = 0; a < 25; a++) {
            String[] sentences = new String[40];
            for (int s = 0; s < sentences.length; s++) {
                if (!pool.isEmpty() && random.nextInt(10) == 0) {
                    sentences[s] = pool.get(random.nextInt(pool.size()));
                    continue;
                }
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 22; w++) {
                    b.append(vocabulary[(int) Math.abs(random.nextGaussian() * 150) % vocabulary.length]).append(' ');
                }
                sentences[s] = b.toString().strip() + ".";
                pool.add(sentences[s]);
            }
            articles.add(article(a, sentences));
        }
        grouper.group(articles); // warm-up
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            SentenceGroups groups = grouper.group(articles);
            best = Math.min(best, System.nanoTime() - start);
            assertTrue(groups.repeated().size() >= 50, "copied sentences are found");
        }
        // generous bound: the machine is shared; typical runs take a few milliseconds
        assertTrue(best < 250_000_000L, "grouping 1000 sentences took " + best / 1_000_000 + " ms");
    }
}
