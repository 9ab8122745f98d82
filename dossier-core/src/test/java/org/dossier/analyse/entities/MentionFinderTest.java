package org.dossier.analyse.entities;

import static org.dossier.analyse.entities.Stories.mentions;
import static org.dossier.analyse.entities.Stories.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

    @Test
    void titlesAreTakenOffTheNameAndMakeItAPerson() {
        List<Mention> ms = mentions("Prime Minister Hella Strand met Gen. Oskar Lind in Torvik on Tuesday.");
        Mention strand = named(ms, "Hella Strand");
        assertEquals("Prime Minister", strand.title());
        assertEquals(EntityKind.PERSON, strand.kind());
        assertEquals("Prime Minister Hella Strand", strand.text());
        assertEquals("Gen.", named(ms, "Oskar Lind").title());
        assertEquals(EntityKind.PLACE, named(ms, "Torvik").kind());
        assertTrue(ms.stream().noneMatch(m -> m.name().contains("Tuesday")));
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        String text = "Crowds gathered early. Later, Mayor Rosa Quint opened the bridge.";
        Mention quint = named(mentions(text), "Rosa Quint");
        assertEquals("Mayor Rosa Quint", text.substring(quint.start(), quint.end()));
        assertEquals(1, quint.sentenceIndex());
    }

    @Test
    void aCapitalThatOnlyOpensTheSentenceIsNotAName() {
        List<Mention> ms = mentions("Officials in Marbury said the ferry would sail. Several officials disagreed.");
        assertTrue(ms.stream().noneMatch(m -> m.name().startsWith("Officials") || m.name().equals("Several")),
                ms.toString());
        assertEquals(EntityKind.PLACE, named(ms, "Marbury").kind());
    }

    @Test
    void acronymsDottedOrNot() {
        List<Mention> ms = mentions("The U.N. and NATO sent observers to the border.");
        assertTrue(named(ms, "U.N.").acronym());
        assertTrue(named(ms, "NATO").acronym());
    }

    @Test
    void organisationsFromTheirWords() {
        List<Mention> ms = mentions("The Harbour Workers' Union and the Ministry of Fisheries issued a statement, "
                + "the Lakeside Times reported.");
        assertEquals(EntityKind.ORGANISATION, named(ms, "Harbour Workers' Union").kind());
        assertEquals(EntityKind.ORGANISATION, named(ms, "Ministry of Fisheries").kind());
        assertEquals(EntityKind.ORGANISATION, named(ms, "Lakeside Times").kind());
    }

    @Test
    void wordsBeforeATitleQualifyThePerson() {
        List<Mention> ms = mentions("Orland's Prime Minister Piet Kaas greeted Russian President Anna Volkova.");
        assertEquals("Orland", named(ms, "Piet Kaas").qualifier());
        assertEquals("Russian", named(ms, "Anna Volkova").qualifier());
        assertTrue(ms.stream().noneMatch(m -> m.name().equals("Russian")), "a demonym alone is no name");
    }

    @Test
    void roleMentionsAfterTheOrAPossessive() {
        List<Mention> ms = mentions("Talks with the Veskan president ended at noon. "
                + "Orland's foreign minister left early, and the commander of the Coast Watch stayed.");
        Mention president = named(ms, "president");
        assertEquals(EntityKind.ROLE, president.kind());
        assertEquals("Veskan", president.qualifier());
        assertEquals("the Veskan president", president.text());
        assertEquals("Orland", named(ms, "foreign minister").qualifier());
        assertEquals("Coast Watch", named(ms, "commander").qualifier());
    }

    @Test
    void particlesStayInsideNames() {
        List<Mention> ms = mentions("Ahmed bin Salem met Karel van Dijk and Omar al-Rashid in the capital.");
        named(ms, "Ahmed bin Salem");
        named(ms, "Karel van Dijk");
        named(ms, "Omar al-Rashid");
    }

    @Test
    void aLoneSurnameOfAPersonIsAPersonInTheWholeArticle() {
        List<Mention> ms = mentions("Quint opens bridge\n\nMayor Rosa Quint cut the ribbon on Saturday.");
        assertEquals(EntityKind.PERSON, named(ms, "Quint").kind());
    }

    @Test
    void capitalisedDatelinesAreTitleCased() {
        List<Mention> ms = mentions("NEW MARBURY — The ferry sailed at dawn.");
        assertEquals(EntityKind.PLACE, named(ms, "New Marbury").kind());
        assertFalse(named(ms, "New Marbury").acronym());
    }

    @Test
    void contractionsAndHyphenatedAdjectivesAreNotNames() {
        List<Mention> ms = mentions("\"I'll wait,\" he said of the Veskan-led plan.");
        assertTrue(ms.stream().noneMatch(m -> m.name().startsWith("I") || m.name().contains("led")), ms.toString());
    }
}
