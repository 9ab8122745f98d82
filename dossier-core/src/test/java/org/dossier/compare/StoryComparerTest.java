package org.dossier.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.group.events.StoryEvents;
import org.dossier.group.events.Timeline;
import org.dossier.model.Agreement;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.Discrepancy.Kind;
import org.dossier.model.Discrepancy.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The compare stage on small invented stories: one behaviour per story (bounds, conflicts, different events,
 * characterisations, counts, agreements).
 */
class StoryComparerTest {
    private final StoryComparer comparer = new StoryComparer();

    private Comparison compare(List<AnalysedArticle> articles) {
        return comparer.compare(articles, Stories.oneEvent(articles));
    }

    private static List<Discrepancy> ofKind(Comparison c, Kind kind) {
        return c.discrepancies().stream().filter(d -> d.kind() == kind).toList();
    }

    private static Set<String> values(Discrepancy d) {
        return d.values().stream().map(Discrepancy.StatedValue::value).collect(Collectors.toSet());
    }

    @Test
    void aBoundIsCompatibleWithAFigureInsideIt() {
        Comparison c = compare(Stories.of(
                "The two ministers met for 35 minutes at the lighthouse in Larkford on Tuesday.",
                "The ministers of Orm and Vell spoke for more than 30 minutes at the lighthouse meeting."));
        List<Discrepancy> d = ofKind(c, Kind.DURATION);
        assertEquals(1, d.size(), c.toString());
        assertEquals(Verdict.COMPATIBLE, d.get(0).verdict());
        assertEquals(Set.of("35 minutes", "more than 30 minutes"), values(d.get(0)));
    }

    @Test
    void differentPlainFiguresForTheSameMeetingConflict() {
        Comparison c = compare(Stories.of(
                "The two ministers met for 35 minutes at the lighthouse in Larkford.",
                "Officials said the ministers met for 50 minutes, longer than planned.",
                "After a 35-minute meeting, the ministers left without speaking to reporters."));
        List<Discrepancy> d = ofKind(c, Kind.DURATION);
        assertEquals(1, d.size(), c.toString());
        assertEquals(Verdict.CONFLICTING, d.get(0).verdict());
        Discrepancy.StatedValue first = d.get(0).values().get(0);
        assertEquals("35 minutes", first.value(), "the figure most sources give comes first");
        assertEquals(List.of(1, 3), first.citations().stream().map(Citation::source).toList());
    }

    @Test
    void roundingAndSameFigureInOtherWordsAreNoDiscrepancy() {
        Comparison c = compare(Stories.of(
                "The leaders met for about 90 minutes in the old town hall.",
                "The leaders met for an hour and a half in the old town hall.",
                "The 90-minute meeting in the old town hall ended with a handshake."));
        assertTrue(ofKind(c, Kind.DURATION).isEmpty(), c.toString());
    }

    @Test
    void valuesAboutDifferentEventsAreNotCompared() {
        LocalDate monday = LocalDate.of(2025, 6, 2);
        LocalDate friday = LocalDate.of(2025, 6, 6);
        List<AnalysedArticle> articles = Stories.dated(new LocalDate[] {monday, friday, friday},
                "The mayors of Orvik and Telmar met for 90 minutes in Orvik on Monday.",
                "The mayors met again in Telmar on Friday, this time for 35 minutes.",
                "On Friday in Telmar the mayors held a 35-minute meeting, after Monday's 90-minute talks in Orvik.");
        StoryEvents events = new StoryEvents(List.of(
                Stories.event("E1", List.of(0), List.of(0, 1, 2), monday, "Orvik"),
                Stories.event("E2", List.of(1, 2), List.of(1, 2), friday, "Telmar")), new Timeline(List.of()));
        Comparison c = comparer.compare(articles, events);
        assertTrue(c.discrepancies().isEmpty(), c.discrepancies().toString());
    }

    @Test
    void aTollReportedAWeekLaterIsANewFigureNotAConflict() {
        LocalDate first = LocalDate.of(2025, 6, 2);
        LocalDate later = LocalDate.of(2025, 6, 10);
        List<AnalysedArticle> articles = Stories.dated(new LocalDate[] {first, first, later},
                "The fever outbreak in Orvik has killed five people and sickened dozens, health officials said.",
                "Health officials in Orvik said the fever outbreak has killed five people so far.",
                "The fever outbreak in Orvik has now killed nine people, health officials said.");
        assertTrue(ofKind(compare(articles), Kind.COUNT).isEmpty());
        List<AnalysedArticle> sameDay = Stories.dated(new LocalDate[] {first, first, first},
                "The fever outbreak in Orvik has killed five people and sickened dozens, health officials said.",
                "Health officials in Orvik said the fever outbreak has killed five people so far.",
                "The fever outbreak in Orvik has now killed nine people, health officials said.");
        List<Discrepancy> d = ofKind(compare(sameDay), Kind.COUNT);
        assertEquals(1, d.size(), d.toString());
        assertEquals(Verdict.CONFLICTING, d.get(0).verdict());
    }

    @Test
    void figuresOfTheSameUnitAboutDifferentThingsAreNotCompared() {
        // one story, many shared words, but the two percentages measure different things
        Comparison c = compare(Stories.of(
                "At the Orvik council meeting, officials said 12 percent of the harbour budget would go on dredging.",
                "At the Orvik council meeting, officials said ferry fares would rise by 40 percent next spring."));
        assertTrue(ofKind(c, Kind.NUMBER).isEmpty(), c.toString());
    }

    @Test
    void aDifferentDayForTheSameMeetingConflicts() {
        LocalDate tuesday = LocalDate.of(2025, 6, 3);
        LocalDate wednesday = LocalDate.of(2025, 6, 4);
        List<AnalysedArticle> articles = Stories.dated(new LocalDate[] {tuesday, tuesday, wednesday},
                "The mayors of Orvik and Telmar met in Orvik on Monday to discuss the ferry contract.",
                "Monday's meeting in Orvik lasted until late in the evening, aides said.",
                "The mayors met in Orvik on Tuesday and agreed to keep the ferry running.");
        LocalDate monday = LocalDate.of(2025, 6, 2);
        StoryEvents events = new StoryEvents(List.of(
                Stories.event("E1", List.of(0, 1, 2), List.of(0, 1, 2), monday, "Orvik")), new Timeline(List.of()));
        List<Discrepancy> d = ofKind(comparer.compare(articles, events), Kind.DATE);
        assertEquals(1, d.size(), d.toString());
        assertEquals(Verdict.CONFLICTING, d.get(0).verdict());
        assertEquals("Monday (Mon 2 June 2025)", d.get(0).values().get(0).value(), "the event's day comes first");
        assertEquals(List.of(1, 2), d.get(0).values().get(0).citations().stream().map(Citation::source).toList());
        assertEquals("Tuesday (Tue 3 June 2025)", d.get(0).values().get(1).value());
    }

    @Test
    void aRecapOfTheOtherMeetingsDayIsNoDateDiscrepancy() {
        LocalDate monday = LocalDate.of(2025, 6, 2);
        LocalDate friday = LocalDate.of(2025, 6, 6);
        List<AnalysedArticle> articles = Stories.dated(new LocalDate[] {monday, friday, friday},
                "The mayors of Orvik and Telmar met in Orvik on Monday.",
                "The mayors met again on Friday, after Monday's talks in Orvik.",
                "On Friday the mayors held a second meeting in Telmar.");
        StoryEvents events = new StoryEvents(List.of(
                Stories.event("E1", List.of(0), List.of(0, 1, 2), monday, "Orvik"),
                Stories.event("E2", List.of(1, 2), List.of(1, 2), friday, "Telmar")), new Timeline(List.of()));
        assertTrue(ofKind(comparer.compare(articles, events), Kind.DATE).isEmpty());
    }

    @Test
    void twoMeetingsMergedIntoOneEventAreToldApartByTheirOwnNames() {
        // no dates: the event separator would see one event; each pair of outlets names its own town
        Comparison c = compare(Stories.of(
                "The two mayors met for 90 minutes in Orvik. The talks in Orvik were constructive.",
                "In Orvik the mayors talked for 90 minutes. Aides described the meeting as productive.",
                "The mayors met again in Telmar, for 35 minutes. The talks in Telmar were tense.",
                "A 35-minute meeting in Telmar ended early. The talks were difficult, an aide said in Telmar."));
        assertTrue(c.discrepancies().stream().noneMatch(d -> d.verdict() == Verdict.CONFLICTING),
                c.discrepancies().toString());
        for (Discrepancy d : c.discrepancies()) {
            Set<Integer> cited = d.values().stream().flatMap(v -> v.citations().stream())
                    .map(Citation::source).collect(Collectors.toSet());
            assertTrue(Set.of(1, 2).containsAll(cited) || Set.of(3, 4).containsAll(cited), d.toString());
        }
    }

    @Test
    void nearSynonymsAreCompatibleAndOppositesConflict() {
        Comparison synonyms = compare(Stories.of(
                "The talks between the two delegations were constructive, officials said.",
                "A spokesman described the meeting as productive and businesslike."));
        List<Discrepancy> s = ofKind(synonyms, Kind.CHARACTERISATION);
        assertEquals(1, s.size(), synonyms.toString());
        assertEquals(Verdict.COMPATIBLE, s.get(0).verdict());
        assertEquals(Set.of("constructive", "productive", "businesslike"), values(s.get(0)));

        Comparison opposites = compare(Stories.of(
                "The talks between the two delegations were constructive, officials said.",
                "Witnesses said the talks were tense and at times heated."));
        List<Discrepancy> o = ofKind(opposites, Kind.CHARACTERISATION);
        assertEquals(1, o.size(), opposites.toString());
        assertEquals(Verdict.CONFLICTING, o.get(0).verdict());
    }

    @Test
    void wordsThatDoNotCharacteriseTheMeetingAreIgnored() {
        Comparison c = compare(Stories.of(
                "The meeting was held after a difficult week for the harbour town.",
                "The talks were not productive, one delegate complained.",
                "The ministers held their first direct talks since the storm."));
        assertTrue(ofKind(c, Kind.CHARACTERISATION).isEmpty(), c.toString());
    }

    @Test
    void countsOfTheSameThingAreCompared() {
        Comparison c = compare(Stories.of(
                "Police said 40 boats joined the protest flotilla in the bay on Sunday morning.",
                "About 35 boats joined the protest flotilla in the bay on Sunday, police said."));
        List<Discrepancy> d = ofKind(c, Kind.COUNT);
        assertEquals(1, d.size(), c.toString());
        assertEquals(Verdict.CONFLICTING, d.get(0).verdict());
        assertEquals("number of boats", d.get(0).subject());
    }

    @Test
    void roundedAmountsAreCompatible() {
        Comparison c = compare(Stories.of(
                "The council will pay 4.2 million euros to repair the flood wall along the river.",
                "The council agreed to pay 4 million euros to repair the river flood wall."));
        List<Discrepancy> d = ofKind(c, Kind.NUMBER);
        assertEquals(1, d.size(), c.toString());
        assertEquals(Verdict.COMPATIBLE, d.get(0).verdict());
    }

    @Test
    void partsOfAWholeAndUnrelatedFiguresAreNotDiscrepancies() {
        Comparison c = compare(Stories.of(
                "Inspectors have checked the first five boats, and the coast guard holds 14 boats in the port.",
                "The coast guard holds 14 boats in the port; the other nine will be checked next week.",
                "Harbour fees rose 3.5 percent in January, and 40 percent of the grain trade passes the strait."));
        assertTrue(c.discrepancies().isEmpty(), c.discrepancies().toString());
    }

    @Test
    void aClaimSeveralOutletsStateIsOneAgreementCitingEach() {
        Comparison c = compare(Stories.of(
                "The ferry company will resume crossings to Holm island on Thursday after the storm damage.",
                "Crossings to Holm island will resume on Thursday after the storm damage, the ferry company said.",
                "A bakery in the port opened a new shop."));
        assertEquals(1, c.agreements().size(), c.agreements().toString());
        Agreement a = c.agreements().get(0);
        assertEquals(2, a.sourceCount());
        assertEquals(3, a.sourceTotal());
        assertEquals(Set.of(1, 2), a.citations().stream().map(Citation::source).collect(Collectors.toSet()));
        assertEquals(a.claim(), a.citations().get(0).text(), "the claim is the first cited sentence");
    }

    @Test
    void capsAreRespectedAndChecked() {
        StoryComparer none = StoryComparer.builder().maxAgreements(0).maxDiscrepancies(0).build();
        List<AnalysedArticle> articles = Stories.of(
                "The two ministers met for 35 minutes at the lighthouse in Larkford.",
                "The two ministers met for 50 minutes at the lighthouse in Larkford.");
        Comparison c = none.compare(articles, Stories.oneEvent(articles));
        assertTrue(c.agreements().isEmpty());
        assertTrue(c.discrepancies().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> StoryComparer.builder().maxAgreements(-1));
    }

    @Test
    void aSingleArticleOrNoEventsIsFine() {
        List<AnalysedArticle> one = Stories.of("The two ministers met for 35 minutes at the lighthouse.");
        assertTrue(comparer.compare(one, null).agreements().isEmpty());
        List<AnalysedArticle> two = Stories.of(
                "The two ministers met for 35 minutes at the lighthouse in Larkford.",
                "The two ministers met for 50 minutes at the lighthouse in Larkford.");
        assertEquals(1, comparer.compare(two, null).discrepancies().size());
    }
}
