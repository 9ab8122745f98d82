package org.dossier.analyse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.read.ArticleLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotes and speakers of the team's example story ({@code examples/harbour-talks}), checked against the ground
 * truth in {@code examples/labels/story.md} (its "Quotes and speakers" table, numbers Q1, Q2, ...).
 */
class HarbourTalksQuotesTest {
    private static final Path STORY = Path.of("..", "examples", "harbour-talks");
    private static List<AnalysedArticle> articles;
    private static List<Quote> quotes;
    private static List<MergedQuote> merged;

    @BeforeAll
    static void extract() {
        List<Article> loaded = new ArticleLoader().load(List.of(STORY.toString())).articles();
        articles = new ArrayList<>();
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        for (int i = 0; i < loaded.size(); i++) {
            Article clean = cleaner.clean(loaded.get(i));
            articles.add(new AnalysedArticle(i, clean, splitter.split(i, clean.text())));
        }
        QuoteExtractor extractor = new QuoteExtractor();
        quotes = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            quotes.addAll(extractor.extract(a));
        }
        merged = new QuoteMerger().merge(quotes);
    }

    private static MergedQuote mergedWith(String words) {
        return merged.stream().filter(m -> m.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no merged quote with " + words));
    }

    private static List<Quote> quotesWith(String words) {
        return quotes.stream().filter(q -> q.text().replace('\u2019', '\'').contains(words)).toList();
    }

    @Test
    void eightArticlesRead() {
        assertEquals(8, articles.size());
    }

    @Test
    void q1VarnholtQuotedByFiveOutletsIsOneQuote() {
        MergedQuote q1 = mergedWith("to sign anything");
        assertEquals(5, q1.articles().size(), q1.articles().toString());
        assertEquals("Ilse Varnholt", q1.speaker().name());
        assertEquals(QuoteKind.DIRECT, q1.kind());
        assertTrue(q1.text().contains("stop shouting across the water"), q1.text());
    }

    @Test
    void q2HeSaidIsAredoWhenTheQuoteIsSplitMidSentence() {
        List<Quote> q2 = quotesWith("not a bargaining chip");
        assertTrue(q2.size() >= 4, q2.toString());
        for (Quote q : q2) {
            assertEquals("Tomas Aredo", q.speaker().name(), q.toString());
        }
        assertTrue(q2.stream().anyMatch(q -> q.speaker().mention().text().equals("he")
                && q.text().contains("never will be")), "NNS: split quote with 'he said' in the middle");
    }

    @Test
    void q5MalloryQuotedByFourOutlets() {
        MergedQuote q5 = mergedWith("need a working group");
        assertEquals(4, q5.articles().size(), q5.articles().toString());
        assertEquals("J.R. Mallory", q5.speaker().name());
    }

    @Test
    void q8VarnholtAfterTheSecondMeetingMerged() {
        MergedQuote q8 = mergedWith("talked about boats and bills");
        assertEquals(4, q8.articles().size(), q8.articles().toString());
        assertEquals("Ilse Varnholt", q8.speaker().name());
    }

    @Test
    void anonymousSourcesStayAnonymous() {
        for (String words : List.of("leave Brennholm empty-handed", "remaining nine", "traded for a handshake",
                "frank but businesslike")) {
            List<Quote> found = quotesWith(words);
            assertFalse(found.isEmpty(), words);
            for (Quote q : found) {
                assertTrue(q.speaker().anonymous(), words + " -> " + q.speaker());
                assertEquals(SpeakerKind.ANONYMOUS, q.speaker().kind());
            }
        }
    }

    @Test
    void theOfficialInTheCourierIsTheSeniorDunmereOfficial() {
        Quote q11 = quotesWith("leave Brennholm empty-handed").get(0);
        assertEquals("the official", q11.speaker().mention().text());
        assertTrue(q11.speaker().name().startsWith("A senior Dunmere official"), q11.speaker().name());
    }

    @Test
    void pronounsResolvedToThePeopleOfTheStory() {
        assertTrue(quotesWith("believe it when").stream()
                .allMatch(q -> q.speaker().name().equals("Pell Ardanza")), "Q6 Pell Ardanza");
        assertTrue(quotesWith("That money pays for the new berths").stream()
                .allMatch(q -> q.speaker().name().equals("Rafe Moncada")), "Q7 Rafe Moncada");
        assertTrue(quotesWith("Dues will stay where they are").stream()
                .allMatch(q -> q.speaker().name().equals("Tomas Aredo")), "Q9 Tomas Aredo");
    }

    @Test
    void q3AndQ3bShareAnOpeningButAreDifferentQuotes() {
        long distinct = merged.stream().filter(m -> m.text().contains("Both leaders chose to keep talking")).count();
        assertEquals(2, distinct);
    }
}
