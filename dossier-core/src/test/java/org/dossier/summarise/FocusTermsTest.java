package org.dossier.summarise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.analyse.terms.LightStemmer;
import org.dossier.analyse.terms.TermAnalyzer;
import org.junit.jupiter.api.Test;

class FocusTermsTest {
    private final ClusterTerms terms = ClusterTerms.of(FerryStrikeStory.articles(), new TermAnalyzer());

    private int id(String word) {
        return terms.idOf(LightStemmer.stem(word));
    }

    @Test
    void queryWordsFoundInTheArticlesAreQueryTerms() {
        FocusTerms focus = FocusTerms.of("Will ticket fares rise?", terms);
        assertTrue(focus.isQueryTerm(id("fares")));
        assertTrue(focus.isQueryTerm(id("ticket")));
        assertFalse(focus.isQueryTerm(id("mayor")));
    }

    @Test
    void instructionWordsOfTheQueryAreIgnored() {
        FocusTerms focus = FocusTerms.of("Discuss the details of the night shifts", terms);
        assertTrue(focus.isQueryTerm(id("shifts")));
        assertTrue(terms.idOf(LightStemmer.stem("details")) < 0 || !focus.isQueryTerm(id("details")));
    }

    @Test
    void wordsThatKeepCompanyWithTheQueryAreNeighbours() {
        // "deck" and "crews" occur only in sentences about night shifts
        FocusTerms focus = FocusTerms.of("night shifts", terms);
        assertTrue(focus.isNeighbour(id("deck")));
        assertTrue(focus.isNeighbour(id("crews")));
        assertFalse(focus.isNeighbour(id("night")), "query terms are not their own neighbours");
        assertFalse(focus.isNeighbour(id("fishermen")));
    }

    @Test
    void noFocusOrAnUnknownQueryMeansNoFocus() {
        assertTrue(FocusTerms.of(null, terms).isEmpty());
        assertTrue(FocusTerms.of("volcano eruption", terms).isEmpty());
    }
}
