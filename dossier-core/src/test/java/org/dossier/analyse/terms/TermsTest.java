package org.dossier.analyse.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void tokensAreLowerCaseAlphanumericRunsAndKeepNumbers() {
        assertEquals(List.of("the", "90", "minute", "talks", "cost", "1200", "and", "3.5", "tonnes"),
                new ContentTokenizer().tokens("The 90-minute talks cost $1,200 and 3.5 tonnes."));
    }

    @Test
    void tokensSplitOnApostrophesAndKeepAccentedLetters() {
        assertEquals(List.of("mayor", "s", "café", "reopened"),
                new ContentTokenizer().tokens("Mayor's café reopened!"));
    }

    @Test
    void theEnglishStopwordListIsLoadedFromItsResource() {
        Stopwords english = Stopwords.english();
        assertTrue(english.size() > 150);
        assertTrue(english.contains("the"));
        assertTrue(english.contains("said"));
        assertFalse(english.contains("ferry"));
        assertFalse(english.contains("#"));
    }

    @Test
    void lightStemmerJoinsCommonInflections() {
        assertEquals(LightStemmer.stem("minute"), LightStemmer.stem("minutes"));
        assertEquals(LightStemmer.stem("meet"), LightStemmer.stem("meeting"));
        assertEquals(LightStemmer.stem("talk"), LightStemmer.stem("talked"));
        assertEquals(LightStemmer.stem("believe"), LightStemmer.stem("believing"));
        assertEquals(LightStemmer.stem("policy"), LightStemmer.stem("policies"));
        assertEquals(LightStemmer.stem("plan"), LightStemmer.stem("planned"));
        assertEquals(LightStemmer.stem("agree"), LightStemmer.stem("agreed"));
        assertEquals(LightStemmer.stem("box"), LightStemmer.stem("boxes"));
    }

    @Test
    void lightStemmerLeavesShortWordsNumbersAndNonPluralsAlone() {
        assertEquals("bus", LightStemmer.stem("bus"));
        assertEquals("2015", LightStemmer.stem("2015"));
        assertEquals("glass", LightStemmer.stem("glass"));
        assertEquals("census", LightStemmer.stem("census"));
        assertEquals("bring", LightStemmer.stem("bring"));
    }

    @Test
    void analyzerDropsStopwordsAndStems() {
        TermAnalyzer analyzer = new TermAnalyzer();
        assertEquals(analyzer.contentTerms("met for 90 minutes"), List.of("met", "90", LightStemmer.stem("minutes")));
        assertEquals(List.of("90", LightStemmer.stem("minute"), LightStemmer.stem("meeting")),
                analyzer.contentTerms("the 90-minute meeting"));
    }

    @Test
    void longTokensAndDecimalsSurviveTheTokenBuffer() {
        String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
        assertEquals(List.of(longWord.toLowerCase(java.util.Locale.ROOT), "3.14159265358979323846264338327950288"),
                new ContentTokenizer().tokens(longWord + ", 3.14159265358979323846264338327950288."));
    }

    @Test
    void clusterTermsMatchTheAnalyzerSentenceBySentence() {
        TermAnalyzer analyzer = new TermAnalyzer();
        List<String> texts = List.of("The ferry workers met the ferry owners for 90 minutes.",
                "Owners and workers said the 90-minute meeting ended without a deal.", "It was the third meeting.");
        List<org.dossier.model.Sentence> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new org.dossier.model.Sentence(0, i, i, 0, texts.get(i).length(), texts.get(i)));
        }
        org.dossier.model.Article article = org.dossier.model.Article.builder("a", String.join(" ", texts)).build();
        ClusterTerms terms = ClusterTerms.of(List.of(new org.dossier.model.AnalysedArticle(0, article, sentences)),
                analyzer);
        for (int s = 0; s < texts.size(); s++) {
            List<String> expected = analyzer.contentTerms(texts.get(s));
            int[] ids = terms.sequence(0, s);
            assertEquals(expected.size(), ids.length);
            for (int i = 0; i < ids.length; i++) {
                assertEquals(expected.get(i), terms.term(ids[i]));
            }
        }
    }

    @Test
    void theStemmerIsPluggable() {
        TermAnalyzer upper = new TermAnalyzer(Stopwords.of(Set.of("The")), String::toUpperCase);
        assertEquals(List.of("FERRY", "SAILS"), upper.contentTerms("The ferry sails"));
    }
}
