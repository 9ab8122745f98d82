package org.dossier.analyse.entities;

import static org.dossier.analyse.entities.Stories.entity;
import static org.dossier.analyse.entities.Stories.holding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker();

    @Test
    void surnamesAndTitlesJoinTheFullName() {
        List<Entity> es = linker.link(Stories.of(
                "President Ida Marr of Veska met Prime Minister Jon Falk in Torvik. Ida Marr spoke first.",
                "Marr said the meeting went well. Mr Falk did not comment, and Ms Marr left at six."));
        Entity marr = entity(es, "Ida Marr");
        assertEquals(EntityKind.PERSON, marr.kind());
        assertTrue(marr.isCalled("Marr") && marr.isCalled("Ms Marr") && marr.isCalled("President Ida Marr"));
        assertEquals(Map.of(0, 2, 1, 2), marr.mentionsPerSource());
        assertTrue(entity(es, "Jon Falk").isCalled("Mr Falk"));
    }

    @Test
    void twoPeopleSharingASurnameAreNotMergedThroughIt() {
        List<Entity> es = linker.link(Stories.of(
                "Anna Berg and her brother Tomas Berg run the yard.", "Berg said the yard would stay open."));
        assertNotSame(holding(es, "Anna Berg"), holding(es, "Tomas Berg"));
        assertNotSame(holding(es, "Berg"), holding(es, "Anna Berg"));
        assertNotSame(holding(es, "Berg"), holding(es, "Tomas Berg"));
    }

    @Test
    void acronymsJoinTheirExpansion() {
        List<Entity> es = linker.link(Stories.of(
                "The Coastal Fisheries Agency (CFA) closed the bay. The United Nations sent an observer.",
                "CFA inspectors returned on Monday, a U.N. spokesman said, and the UN thanked them."));
        Entity agency = entity(es, "Coastal Fisheries Agency");
        assertTrue(agency.isCalled("CFA"));
        assertEquals(EntityKind.ORGANISATION, agency.kind());
        Entity un = entity(es, "United Nations");
        assertTrue(un.isCalled("U.N.") && un.isCalled("UN"), un.aliases().toString());
    }

    @Test
    void theAliasTableJoinsVariantsWhoseLettersDiffer() {
        List<Entity> es = linker.link(Stories.of(
                "Islamic State fighters left the town.", "ISIL lost ground, and Daesh radio went silent."));
        Entity is = entity(es, "Islamic State");
        assertTrue(is.isCalled("ISIL") && is.isCalled("Daesh"));
        assertEquals(EntityKind.ORGANISATION, is.kind());
    }

    @Test
    void aRoleJoinsTheOnlyPersonWithThatRoleAndCountry() {
        List<Entity> es = linker.link(Stories.of(
                "Veskan President Ida Marr met President Lars Hoff of Orland.",
                "The talks ended early, the Veskan president said. Aides to the president were silent."));
        assertSame(holding(es, "the Veskan president"), holding(es, "President Ida Marr"));
        Entity unclear = holding(es, "the president");
        assertEquals(EntityKind.ROLE, unclear.kind(), "two presidents: the bare role stays unlinked");
    }

    @Test
    void aRoleNextToANameJoinsIt() {
        List<Entity> es = linker.link(Stories.of(
                "The plan was drawn up by Lena Dahl, Orland's transport secretary, over the winter.",
                "Orland's transport secretary will present it in May."));
        Entity dahl = entity(es, "Lena Dahl");
        assertEquals(3, dahl.mentionCount());
        assertEquals(Map.of(0, 2, 1, 1), dahl.mentionsPerSource());
    }

    @Test
    void aCountryAndItsCapitalStayApart() {
        List<Entity> es = linker.link(Stories.of(
                "Officials in Washington said the U.S. would send aid.", "The U.S. embassy confirmed it."));
        assertNotSame(holding(es, "Washington"), holding(es, "U.S."));
        assertEquals(EntityKind.PLACE, holding(es, "U.S.").kind());
    }

    @Test
    void theCanonicalNameIsTheLongestFrequentForm() {
        List<Entity> es = linker.link(Stories.of(
                "Jon Falk arrived. Falk waved. Prime Minister Jon Falk spoke.",
                "Jon Falk left. Falk said little.",
                "Jon Edvard Falk, as the register has it, was born in Torvik."));
        Entity falk = holding(es, "Falk");
        assertEquals("Jon Falk", falk.canonical());
        assertSame(falk, holding(es, "Jon Edvard Falk"));
    }

    @Test
    void aSurnameWithAnotherRoleDoesNotJoinTheFullName() {
        List<Entity> es = linker.link(Stories.of(
                "The old fort was built under Gov. Henrik Sand in the last century.",
                "President Sand visited the fort on Sunday."));
        assertNotSame(holding(es, "President Sand"), holding(es, "Gov. Henrik Sand"));
    }

    @Test
    void aNameGivenAsAnotherNameJoinsIt() {
        List<Entity> es = linker.link(Stories.of(
                "The Harbour Pilots' Guild, whose members are known locally as the Red Caps, went on strike.",
                "The Red Caps returned to work on Friday."));
        assertSame(holding(es, "Harbour Pilots' Guild"), holding(es, "Red Caps"));
    }
}
