package org.dossier.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.group.SentenceRef;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;
import org.dossier.model.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizerTest {
    private final List<AnalysedArticle> story = FerryStrikeStory.articles();

    private static List<SummarySentence> summarise(List<AnalysedArticle> articles, int words, String focus) {
        return new Summarizer(new SummaryOptions(words, focus)).summarise(articles);
    }

    private static int words(List<SummarySentence> summary) {
        return summary.stream().mapToInt(s -> Words.count(s.text())).sum();
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 25, 40, 60, 120, 400})
    void staysWithinTheWordBudget(int budget) {
        List<SummarySentence> summary = summarise(story, budget, null);
        assertFalse(summary.isEmpty(), "something fits in " + budget + " words");
        assertTrue(words(summary) <= budget, words(summary) + " words for a budget of " + budget);
    }

    @Test
    void aLargerBudgetSaysMore() {
        assertTrue(words(summarise(story, 120, null)) > words(summarise(story, 25, null)));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 25, 120})
    void everyShownSentenceUsesOnlyItsSourceWordsInOrder(int budget) {
        for (SummarySentence s : summarise(story, budget, null)) {
            Citation shown = s.citations().get(0);
            assertTrue(isWordSubsequence(s.text(), shown.text()), s.text());
            for (Citation c : s.citations()) {
                AnalysedArticle source = story.get(c.source() - 1);
                assertEquals(source.sentences().get(c.sentence()).text(), c.text(), "citation text is the source's");
            }
        }
    }

    @Test
    void aFactFromThreeOutletsAppearsOnceAndCitesAllThree() {
        List<SummarySentence> summary = summarise(story, 120, null);
        List<SummarySentence> meeting = summary.stream().filter(s -> s.text().contains("90")).toList();
        assertEquals(1, meeting.size(), () -> "the meeting is told once: " + texts(summary));
        Set<Integer> sources = meeting.get(0).citations().stream().map(Citation::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(1, 2, 3), sources);
        assertEquals(3, meeting.get(0).citations().size(), "one citation per source");
    }

    @Test
    void theShownWordingIsCitedFirst() {
        for (SummarySentence s : summarise(story, 120, null)) {
            assertTrue(isWordSubsequence(s.text(), s.citations().get(0).text()));
        }
    }

    @Test
    void datelinesAreNotShown() {
        for (SummarySentence s : summarise(story, 400, null)) {
            assertFalse(s.text().startsWith("PORT ELLIS"), s.text());
        }
    }

    @Test
    void questionsAndShortLinesAreLeftOut() {
        for (SummarySentence s : summarise(story, 400, null)) {
            assertFalse(s.text().endsWith("?"), s.text());
            assertTrue(Words.count(s.text()) >= SentenceFilter.MIN_WORDS, s.text());
        }
    }

    @Test
    void aFocusPullsTheSummaryTowardsTheQuery() {
        String focus = "ticket fares increase";
        List<SummarySentence> generic = summarise(story, 45, null);
        List<SummarySentence> focused = summarise(story, 45, focus);
        assertTrue(mentionsFares(focused) > mentionsFares(generic),
                () -> "generic: " + texts(generic) + "\nfocused: " + texts(focused));
        assertTrue(words(focused) <= 45);
    }

    @Test
    void earlierNewsComesFirstWhenDatesDiffer() {
        List<SummarySentence> summary = summarise(story, 120, "ticket fares and the strike");
        LocalDate previous = LocalDate.MIN;
        for (SummarySentence s : summary) {
            LocalDate earliest = s.citations().stream().map(c -> story.get(c.source() - 1).article().published())
                    .min(LocalDate::compareTo).orElseThrow();
            assertFalse(earliest.isBefore(previous), () -> "out of date order: " + texts(summary));
            previous = earliest;
        }
    }

    @Test
    void sentencesFromOneArticleKeepTheirOrder() {
        List<SummarySentence> summary = summarise(story, 400, null);
        for (int source = 1; source <= story.size(); source++) {
            int last = -1;
            for (SummarySentence s : summary) {
                Citation shown = s.citations().get(0);
                if (shown.source() == source) {
                    assertTrue(shown.sentence() > last, () -> "article order broken: " + texts(summary));
                    last = shown.sentence();
                }
            }
        }
    }

    @Test
    void theLeadPriorFavoursEarlySentencesAndFadesWithClusterSize() {
        ConceptWeights w = ConceptWeights.shipped().withLeadPrior(6);
        assertTrue(w.leadPriorFactor(0, 2) > w.leadPriorFactor(1, 2));
        assertTrue(w.leadPriorFactor(0, 2) > w.leadPriorFactor(0, 25));
        assertEquals(1 + 6.0 / 2, w.leadPriorFactor(0, 2), 1e-9);
        assertTrue(w.leadPriorFactor(500, 25) > 1, "never a penalty, only a head start");
    }

    @Test
    void anEarlierSentenceBeatsASlightlyRicherLaterOne() {
        // sentence 3 has six content bigrams, sentence 6 has seven; without the lead prior the later one would win
        AnalysedArticle harbour = FerryStrikeStory.article(0, "harbour", null, null, null,
                "Who will pay for the repairs to the harbour fleet this winter?",
                "Which boats will be back in service before the ferry strike ends?",
                "How long can the islands manage with only one working ferry?",
                "Engineers found a long crack in the hull of the ferry Kestrel.",
                "Will the harbour board ask the government for emergency money now?",
                "Can the crews repair the boats while they are still on strike?",
                "Divers found a deep dent in the brass keel of the tug Marlin.");
        List<SummarySentence> summary = summarise(List.of(harbour), 13, null);
        assertEquals(1, summary.size());
        assertEquals(3, summary.get(0).citations().get(0).sentence());
    }

    @Test
    void sentencesOfOneUndatedArticleFollowTheArticle() {
        AnalysedArticle single = FerryStrikeStory.article(0, "one", "Lighthouse", null, null,
                "Volunteers repainted the old lighthouse on Gull Point in bright white this week.",
                "The lighthouse has guided fishing boats into the bay for more than a century.",
                "A small museum about the keepers will open inside the tower in the summer.");
        List<SummarySentence> summary = summarise(List.of(single), 400, null);
        assertEquals(3, summary.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, summary.get(i).citations().get(0).sentence());
        }
    }

    @Test
    void theTailOfASentenceCutAfterAnAbbreviationIsNotShown() {
        AnalysedArticle badlySplit = FerryStrikeStory.article(0, "split", null, null, null,
                "The harbour clinic treated four deck hands for smoke injuries, according to Dr.",
                "Ada Monk, the senior physician at the harbour clinic on the western quay of Port Ellis.",
                "The ferry company said the fire on the old car deck was put out within an hour by its crew.");
        List<SummarySentence> summary = summarise(List.of(badlySplit), 400, null);
        for (SummarySentence s : summary) {
            assertFalse(s.text().startsWith("Ada Monk"), s.text());
            assertFalse(s.text().endsWith("Dr."), s.text());
        }
        assertEquals(1, summary.size());
    }

    @Test
    void emptyInputGivesAnEmptySummary() {
        assertTrue(summarise(List.of(), 100, null).isEmpty());
    }

    @Test
    void oneTinyArticleIsSummarisedByItsOwnSentence() {
        AnalysedArticle tiny = FerryStrikeStory.article(0, "tiny", null, null, null,
                "The bridge reopened.");
        List<SummarySentence> summary = summarise(List.of(tiny), 50, null);
        assertEquals(1, summary.size());
        assertEquals("The bridge reopened.", summary.get(0).text());
        assertEquals(List.of(new Citation(1, 0, "The bridge reopened.")), summary.get(0).citations());
    }

    @Test
    void whenNoSentencePassesTheFiltersItFallsBackToLeadingSentences() {
        AnalysedArticle awkward = FerryStrikeStory.article(0, "awkward", null, null, null,
                "Is the old bridge safe?", "Nobody knows yet.", "Crews are checking.");
        List<SummarySentence> summary = summarise(List.of(awkward), 6, null);
        assertFalse(summary.isEmpty());
        assertTrue(words(summary) <= 6);
        for (SummarySentence s : summary) {
            assertEquals(s.citations().get(0).text(), s.text());
        }
    }

    @Test
    void aBudgetShorterThanEverySentenceCutsTheBestOneAtAWordBoundary() {
        AnalysedArticle lighthouse = FerryStrikeStory.article(0, "one", "Lighthouse", null, null,
                "Volunteers repainted the old lighthouse on Gull Point in bright white this week.",
                "The lighthouse has guided fishing boats into the bay for more than a century.");
        List<SummarySentence> summary = summarise(List.of(lighthouse), 4, null);
        assertEquals(1, summary.size());
        assertEquals(4, Words.count(summary.get(0).text()));
        assertTrue(isWordSubsequence(summary.get(0).text(), summary.get(0).citations().get(0).text()));
    }

    @Test
    void theSameInputGivesTheSameSummary() {
        for (String focus : new String[] {null, "ferry fares"}) {
            List<SummarySentence> first = summarise(story, 60, focus);
            List<SummarySentence> second = summarise(FerryStrikeStory.articles(), 60, focus);
            assertEquals(first, second);
        }
    }

    @Test
    void aSentenceThatLeansOnItsNeighbourIsAvoidedWhenBetterOnesFit() {
        List<SummarySentence> summary = summarise(story, 120, null);
        for (SummarySentence s : summary) {
            assertFalse(s.text().startsWith("He said"), s.text());
        }
    }

    /** Whether the words of {@code shown} occur in {@code source} in the same order. */
    static boolean isWordSubsequence(String shown, String source) {
        String[] want = shown.strip().split("\\s+");
        String[] have = source.strip().split("\\s+");
        int j = 0;
        for (String w : want) {
            while (j < have.length && !have[j].equals(w)) {
                j++;
            }
            if (j == have.length) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static long mentionsFares(List<SummarySentence> summary) {
        return summary.stream().filter(s -> s.text().toLowerCase().contains("fare")).count();
    }

    private static List<String> texts(List<SummarySentence> summary) {
        List<String> out = new ArrayList<>();
        for (SummarySentence s : summary) {
            out.add(s.text() + " " + s.citations().stream().map(c -> "[" + c.source() + "]")
                    .collect(Collectors.joining()));
        }
        return out;
    }

    @Test
    void aDanglingAttributionLosesToAnEquallyInformativeSentenceThatNamesItsSource() {
        AnalysedArticle quay = FerryStrikeStory.article(0, "quay", null, null, null,
                "The island council met the ferry union on the western quay of Port Ellis on Tuesday.",
                "The striking crews will sail again on Monday if the harbour board signs the offer, they said.",
                "Union leaders said the striking crews will sail again on Monday if the harbour board signs.");
        AnalysedArticle bay = FerryStrikeStory.article(1, "bay", null, null, null,
                "Talks between the island council and the ferry union continued late into Tuesday night.",
                "The striking crews could sail again on Monday if the harbour board signs the pay offer.");
        List<SummarySentence> summary = summarise(List.of(quay, bay), 40, null);
        for (SummarySentence s : summary) {
            assertFalse(s.text().endsWith("they said."), s.text());
        }
    }

    @Test
    void aSentenceLeaningOnItsPredecessorFollowsIt() {
        List<ReadingOrder.Item> ordered = List.of(
                new ReadingOrder.Item(new SentenceRef(0, 0), List.of(new SentenceRef(0, 0))),
                new ReadingOrder.Item(new SentenceRef(1, 0), List.of(new SentenceRef(1, 0))),
                new ReadingOrder.Item(new SentenceRef(0, 1), List.of(new SentenceRef(0, 1))));
        Map<SentenceRef, String> shown = Map.of(
                new SentenceRef(0, 0), "Harbour master Ada Quist met the union on Tuesday morning.",
                new SentenceRef(1, 0), "The ferry union asked for a four percent rise this year.",
                new SentenceRef(0, 1), "She said the talks would continue through the weekend.");
        List<ReadingOrder.Item> kept = Summarizer.keepAntecedents(ordered, shown);
        assertEquals(new SentenceRef(0, 0), kept.get(0).shown());
        assertEquals(new SentenceRef(0, 1), kept.get(1).shown());
        assertEquals(new SentenceRef(1, 0), kept.get(2).shown());
    }
}
