package org.dossier.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void stripsWireDatelines() {
        assertEquals("The minister resigned on Friday.",
                Datelines.strip("KESTREL BAY (Harbour Wire) - The minister resigned on Friday."));
        assertEquals("Talks resumed.", Datelines.strip("PORT ELLIS, Norland -- Talks resumed."));
        assertEquals("Talks resumed.", Datelines.strip("GULLHAVEN, May 4 (Harbour Wire) -- Talks resumed."));
        assertEquals("Talks resumed.", Datelines.strip("ST. KILDA _ Talks resumed."));
        assertEquals("Talks resumed.", Datelines.strip("(Harbour Wire) -- Talks resumed."));
        assertEquals("A man was freed.", Datelines.strip("GULLHAVEN, Nor. --A man was freed."));
        assertEquals("The ferry sailed.", Datelines.strip("Kestrel Bay, Norland (AP) The ferry sailed."));
    }

    @Test
    void stripsStrayLeadingDashesTwice() {
        assertEquals("The mayor met the union.", Datelines.strip("— -- PORT ELLIS, Norland -- The mayor met the union."));
        assertEquals("In his letter, the mayor apologised.", Datelines.strip("_ In his letter, the mayor apologised."));
    }

    @Test
    void leavesOrdinarySentencesAlone() {
        assertEquals("NATO ministers met in Gullhaven - a first for the port.",
                Datelines.strip("NATO ministers met in Gullhaven - a first for the port."));
        assertEquals("AIDS - a disease once ignored - now leads the agenda.",
                Datelines.strip("AIDS - a disease once ignored - now leads the agenda."));
        assertEquals("-5 degrees was the low on Friday.", Datelines.strip("-5 degrees was the low on Friday."));
        assertEquals("The ferry sailed.", Datelines.strip("  The ferry sailed. "));
        assertEquals("U.S.-Norland talks resumed.", Datelines.strip("U.S.-Norland talks resumed."));
        assertEquals("The Harbour Board (HB) Chairman resigned.",
                Datelines.strip("The Harbour Board (HB) Chairman resigned."));
    }
}
