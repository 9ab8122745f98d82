package org.dossier.group.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * An invented story of the shape that used to come out as one event: the same two leaders meet twice about the
 * same dispute, first in Calder City on a Tuesday for 80 minutes, weeks later in Port Sarne on a Saturday for
 * about 40 minutes; no article has a publication date, so no day can be resolved, and one report of the second
 * meeting recaps the first. Only the leads (place, weekday, length) tell the meetings apart.
 */
class UndatedSummitsTest {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<AnalysedArticle> story = new ArrayList<>();

    private void article(String title, String text) {
        int index = story.size();
        Article a = Article.builder("s" + index, text).title(title).build();
        story.add(new AnalysedArticle(index, a, splitter.split(index, text)));
    }

    private void twoSummits() {
        // the first meeting, Calder City, Tuesday, 80 minutes
        article("Olsen and Dorn talk water at last",
                "President Mara Olsen and Chancellor Ivo Dorn met on Tuesday on the sidelines of the Assembly of "
                + "Rivers in Calder City to discuss the dispute over the Lyria dam. The 80-minute meeting was the "
                + "first between the two leaders in two years. Officials called the talks frank. Olsen wants the "
                + "dam's flow shared; Dorn says the Lyria belongs to his farmers. Neither side gave ground on the "
                + "reservoir.");
        article("Leaders clash over Lyria dam",
                "Mara Olsen and Ivo Dorn held 80 minutes of talks on Tuesday in Calder City, where both had "
                + "addressed the Assembly of Rivers. The meeting on the Lyria dam ended without a deal. Dorn "
                + "insisted the reservoir must stay full for the harvest. Olsen warned that villages downstream "
                + "were running dry. Aides said the tone was businesslike.");
        article("Dam talks: frank, but no deal",
                "Chancellor Ivo Dorn called his meeting with President Mara Olsen frank and useful. The two spoke "
                + "for 80 minutes at the Assembly of Rivers in Calder City. They disagreed over the Lyria dam and "
                + "the reservoir. Olsen said villages downstream need the water. Dorn said farmers come first.");
        // the second meeting, Port Sarne, Saturday, about 40 minutes; the second article recaps the first
        article("Olsen and Dorn meet again on the Lyria",
                "PORT SARNE, Veldmark -- President Mara Olsen met Chancellor Ivo Dorn at the Coastal Summit in "
                + "Port Sarne on Saturday to talk again about the Lyria dam. The 40-minute meeting was calmer than "
                + "the last. Olsen said the reservoir question is now closer to a deal. Dorn agreed to let more "
                + "water pass downstream in dry months.");
        article("A thaw on the Lyria at the Coastal Summit",
                "The huddle between Mara Olsen and Ivo Dorn at the Coastal Summit on Saturday lasted a little more "
                + "than half an hour but produced the first hint of a deal on the Lyria dam. Dorn offered to open "
                + "the sluices in dry months. Olsen welcomed the offer to the villages downstream. The two leaders "
                + "last met in Calder City, where 80 minutes of talks on the reservoir ended without a deal. Port "
                + "Sarne was chosen for its neutral harbour.");
    }

    @Test
    void twoMeetingsOfTheSameLeadersAboutTheSameDisputeComeApart() {
        twoSummits();
        StoryEvents result = new EventSeparator().separate(story);
        assertEquals(2, result.events().size(), result.events().toString());
        StoryEvent first = result.eventOf(0).orElseThrow();
        StoryEvent second = result.eventOf(3).orElseThrow();
        assertEquals(List.of(0, 1, 2), first.articles());
        assertEquals(List.of(3, 4), second.articles());
        assertEquals("Calder City", first.where());
        assertEquals("Port Sarne", second.where());
        assertEquals(80, first.duration().minutes());
        assertNull(first.when(), "no publication date: a bare weekday cannot be dated");
        assertEquals("Tuesday", first.whenStated(), "but the day the sources state is kept, as written");
        assertEquals("Saturday", second.whenStated(), "the recap's Tuesday does not win the second meeting");
        assertTrue(first.sources().contains(4), "the recap is a source of the first meeting: " + first.sources());
    }

    @Test
    void withoutTheLeadsTheSharedSubjectGluesThemTogether() {
        // the reason for the lead evidence: words and names alone see one story of one dispute
        twoSummits();
        EventClusterer wordsOnly = new EventClusterer(new DocumentSimilarity.Weights(0.6, 0.4, 0.8),
                EventClusterer.STORY_THRESHOLD, false);
        StoryEvents result = new EventSeparator(wordsOnly).separate(story);
        assertEquals(1, result.events().size(), result.events().toString());
    }

    @Test
    void leadsContradictWhenTwoOfPlaceWeekdayAndLengthDisagreeAndNothingAgrees() {
        NameSpotter spotter = new NameSpotter();
        DurationFinder durations = new DurationFinder();
        LeadEvidence calder = LeadEvidence.read(List.of("The two met on Tuesday in Calder City for 80 minutes."),
                spotter, durations);
        LeadEvidence sarne = LeadEvidence.read(List.of("The 40-minute meeting in Port Sarne on Saturday was calm."),
                spotter, durations);
        LeadEvidence sameDayElsewhere = LeadEvidence.read(
                List.of("They met in Calder Hall on Tuesday, their aides said after the talks."), spotter, durations);
        LeadEvidence placeOnly = LeadEvidence.read(List.of("They met in Port Sarne."), spotter, durations);
        assertTrue(LeadEvidence.conflicts(calder, sarne, java.util.Set.of()));
        assertFalse(LeadEvidence.conflicts(calder, sameDayElsewhere, java.util.Set.of()), "the weekday agrees");
        assertFalse(LeadEvidence.conflicts(calder, placeOnly, java.util.Set.of()), "one disagreement is not enough");
        LeadEvidence tuesday = LeadEvidence.read(List.of("They met on Tuesday in Calder City."), spotter, durations);
        LeadEvidence saturday = LeadEvidence.read(List.of("They met on Saturday in Port Sarne."), spotter, durations);
        assertTrue(LeadEvidence.conflicts(tuesday, saturday, java.util.Set.of()));
        assertFalse(LeadEvidence.conflicts(tuesday, saturday, java.util.Set.of("Calder City", "Port Sarne")),
                "places most of the story names are its subject, not a venue: only the weekday is left");
    }
}
