package org.dossier.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void theTitleOfTheMostCentralArticleWins() {
        List<AnalysedArticle> story = FerryStrikeStory.articles();
        String headline = new Headlines().choose(story, List.of());
        // the fares piece is the outlier of the story, so its title must not be chosen
        assertTrue(!headline.equals("Fares to rise in April"), headline);
        assertTrue(story.stream().anyMatch(a -> headline.equals(a.article().title())), headline);
    }

    @Test
    void withoutTitlesTheFirstSummarySentenceIsCutAtAWordBoundary() {
        AnalysedArticle untitled = FerryStrikeStory.article(0, "x", null, null, null,
                "Ferry workers in Port Ellis walked off the job on Monday.");
        String text = "Ferry workers in Port Ellis walked off the job on Monday, halting every crossing to the "
                + "Kestrel Islands for the first time in twenty years.";
        SummarySentence first = new SummarySentence(text, List.of(new Citation(1, 0, text)));
        String headline = new Headlines().choose(List.of(untitled), List.of(first));
        assertTrue(headline.length() <= Headlines.MAX_CHARS, headline);
        assertTrue(headline.endsWith("…"), headline);
        assertTrue(text.startsWith(headline.substring(0, headline.length() - 1)), headline);
    }

    @Test
    void theOutletNameIsRemovedFromTheTitle() {
        assertEquals("Talks resume", Headlines.withoutOutletSuffix("Talks resume | Harbour Gazette", "Harbour Gazette"));
        assertEquals("Talks - resume", Headlines.withoutOutletSuffix("Talks - resume", "Harbour Gazette"));
    }

    @Test
    void shortTextIsNotCut() {
        assertEquals("Ferry strike ends.", Headlines.truncate(" Ferry strike ends. ", 90));
    }

    @Test
    void nothingToGoOnGivesAnEmptyHeadline() {
        assertEquals("", new Headlines().choose(List.of(), List.of()));
    }
}
