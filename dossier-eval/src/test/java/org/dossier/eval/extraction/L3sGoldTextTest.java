package org.dossier.eval.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class L3sGoldTextTest {

    @Test
    void keepsHeadlineAndFullTextSpansAndDropsTheOtherClasses() {
        String annotated = """
                <html><body>
                <span class="x-nc-sel0">Home News Sport</span>
                <h1><span class="x-nc-sel1">Lake freezes early</span></h1>
                <span class="x-nc-sel3">12 December, by Staff</span>
                <p><span class="x-nc-sel2">Skaters were out on the ice</span>
                   <a href="#"><span class="x-nc-sel2">on Sunday</span></a></p>
                <div class="x-nc-sel4">Other stories</div>
                <div class="x-nc-sel5"><p>Great photos!</p></div>
                </body></html>
                """;
        String gold = L3sGoldText.of(annotated, L3sGoldText.ARTICLE).replaceAll("\\s+", " ").strip();
        assertEquals("Lake freezes early Skaters were out on the ice on Sunday", gold);
    }
}
