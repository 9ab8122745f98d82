package org.dossier.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private void assertSplit(String text, String... expected) {
        assertEquals(List.of(expected), splitter.sentences(text), () -> "splitting: " + text);
    }

    @Test
    void plainSentences() {
        assertSplit("The bridge opened on Monday. Traffic was light. Nobody complained!",
                "The bridge opened on Monday.", "Traffic was light.", "Nobody complained!");
    }

    @Test
    void titlesNeverEndASentence() {
        assertSplit("Mr. Lindqvist met Mrs. Okafor and Dr. Haas. Gen. Morrow and Sen. Pike were absent.",
                "Mr. Lindqvist met Mrs. Okafor and Dr. Haas.", "Gen. Morrow and Sen. Pike were absent.");
        assertSplit("Rep. Alvarez thanked Gov. Brandt at St. Anne's hospital.",
                "Rep. Alvarez thanked Gov. Brandt at St. Anne's hospital.");
    }

    @Test
    void titlesWithoutPeriodsAreOrdinaryWords() {
        assertSplit("Mr Obama arrived late. Mr Putin waited.", "Mr Obama arrived late.", "Mr Putin waited.");
    }

    @Test
    void acronymMidSentenceVersusSentenceEnd() {
        assertSplit("U.S. officials said the talks would resume.", "U.S. officials said the talks would resume.");
        assertSplit("The envoy flew back to the U.S. The next day she resigned.",
                "The envoy flew back to the U.S.", "The next day she resigned.");
        assertSplit("He praised U.S. President Carla Moss and the U.N. Security Council.",
                "He praised U.S. President Carla Moss and the U.N. Security Council.");
    }

    @Test
    void ambiguousAbbreviations() {
        assertSplit("Shares of Brightwater Inc. rose 4 percent. Rivals fell.",
                "Shares of Brightwater Inc. rose 4 percent.", "Rivals fell.");
        assertSplit("The deal was signed by Brightwater Inc. The merger closes in May.",
                "The deal was signed by Brightwater Inc.", "The merger closes in May.");
        assertSplit("They sell apples, pears, etc. and ship them daily.",
                "They sell apples, pears, etc. and ship them daily.");
        assertSplit("The vote ends at 8 p.m. Friday in most states.", "The vote ends at 8 p.m. Friday in most states.");
        assertSplit("Polls closed at 8 p.m. The count began at once.", "Polls closed at 8 p.m.",
                "The count began at once.");
        assertSplit("Talks with Halvorsen Corp. and Dunmore Ltd. stalled.",
                "Talks with Halvorsen Corp. and Dunmore Ltd. stalled.");
        assertSplit("It is Lopez vs. Grant tonight.", "It is Lopez vs. Grant tonight.");
    }

    @Test
    void datesAndNumbers() {
        assertSplit("The deadline is Jan. 1, and Feb. 14 is the fallback. Room No. 5 is ready.",
                "The deadline is Jan. 1, and Feb. 14 is the fallback.", "Room No. 5 is ready.");
        assertSplit("Growth hit 3.5 percent. The fund holds $1.2 billion and 1,000 homes.",
                "Growth hit 3.5 percent.", "The fund holds $1.2 billion and 1,000 homes.");
        assertSplit("The attack killed 224. Rescue teams arrived in 1999.",
                "The attack killed 224.", "Rescue teams arrived in 1999.");
    }

    @Test
    void sentencesGluedByAScraperAreSplit() {
        assertSplit("The ferry left on time.Passengers cheered as it went.", "The ferry left on time.",
                "Passengers cheered as it went.");
        assertSplit("See www.harbour.example.Org for details.", "See www.harbour.example.Org for details.");
        assertSplit("It grew 3.5 percent in the U.S.A last year.", "It grew 3.5 percent in the U.S.A last year.");
    }

    @Test
    void datelines() {
        assertSplit("GREEN BAY, Wis. (AP) -- The mill closed on Friday. Workers gathered outside.",
                "GREEN BAY, Wis. (AP) -- The mill closed on Friday.", "Workers gathered outside.");
        assertSplit("ELM RIDGE, Mont. _ Snow fell early this year.", "ELM RIDGE, Mont. _ Snow fell early this year.");
        assertSplit("She grew up in Kansas City, Mo. The family later moved west.",
                "She grew up in Kansas City, Mo.", "The family later moved west.");
        assertSplit("``Voters passed Prop. 12 last spring,'' the clerk said.",
                "``Voters passed Prop. 12 last spring,'' the clerk said.");
    }

    @Test
    void initials() {
        assertSplit("J.R.R. Tolkien wrote it. George W. Bush read it.", "J.R.R. Tolkien wrote it.",
                "George W. Bush read it.");
        assertSplit("The letter was signed by E. M. Forster in 1910.",
                "The letter was signed by E. M. Forster in 1910.");
    }

    @Test
    void urlsAndEmails() {
        assertSplit("Write to tips@harbour-gazette.example or visit www.harbour-gazette.example/news today. Thanks.",
                "Write to tips@harbour-gazette.example or visit www.harbour-gazette.example/news today.", "Thanks.");
        assertSplit("See https://example.org/a.b?c=1. Then reload.", "See https://example.org/a.b?c=1.",
                "Then reload.");
    }

    @Test
    void ellipses() {
        assertSplit("He paused... and then went on. Wait... Nothing happened.",
                "He paused... and then went on.", "Wait...", "Nothing happened.");
        assertSplit("She hesitated\u2026 Then she signed.", "She hesitated\u2026", "Then she signed.");
    }

    @Test
    void closingQuotesBelongToTheSentence() {
        assertSplit("He said \"enough.\" She left.", "He said \"enough.\"", "She left.");
        assertSplit("\u201CWhy?\u201D he asked. Nobody knew.", "\u201CWhy?\u201D he asked.", "Nobody knew.");
        assertSplit("The mayor called it \u201Ca disgrace.\u201D The council agreed.",
                "The mayor called it \u201Ca disgrace.\u201D", "The council agreed.");
    }

    @Test
    void embeddedQuotationStaysOneSentence() {
        assertSplit("\"A. B. C,\" he said.", "\"A. B. C,\" he said.");
        assertSplit("\"We came. We saw,\" she said. The crowd cheered.",
                "\"We came. We saw,\" she said.", "The crowd cheered.");
        assertSplit("\u201CIt is late. We must go. Now,\u201D the captain told the crew.",
                "\u201CIt is late. We must go. Now,\u201D the captain told the crew.");
        assertSplit("``We waited. Nobody came,'' the farmer said.", "``We waited. Nobody came,'' the farmer said.");
    }

    @Test
    void quotedSentencesFollowedByANewSentenceAreSplit() {
        assertSplit("\u201CWe waited. Nobody came.\u201D The farmer shrugged.",
                "\u201CWe waited.", "Nobody came.\u201D", "The farmer shrugged.");
    }

    @Test
    void questionExclamationAndParentheses() {
        assertSplit("Who pays? The city does! (The state refused.) Work starts soon.",
                "Who pays?", "The city does!", "(The state refused.)", "Work starts soon.");
        assertSplit("The group (known as the Hollow Front). It disbanded.",
                "The group (known as the Hollow Front).", "It disbanded.");
    }

    @Test
    void linesWithoutFinalPunctuationStandAlone() {
        assertSplit("Storm Hits Coast\nThe storm reached the coast at dawn.",
                "Storm Hits Coast", "The storm reached the coast at dawn.");
        assertSplit("Photo: the harbour at night\nBoats stayed in port.", "Photo: the harbour at night",
                "Boats stayed in port.");
    }

    @Test
    void hardWrappedLinesAreJoined() {
        assertSplit("The council met on Tuesday and\nvoted to close the bridge.",
                "The council met on Tuesday and\nvoted to close the bridge.");
    }

    @Test
    void bulletsAreSentences() {
        assertSplit("Key points:\n\u2022 Fares rise in May\n\u2022 Night buses return\n- Trams stay free\n1. Vote now\n2) Vote often",
                "Key points:", "\u2022 Fares rise in May", "\u2022 Night buses return", "- Trams stay free",
                "1. Vote now", "2) Vote often");
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String text = "First paragraph without a stop\n\nSecond one. It has two.\n\n\n\nThird.";
        List<Sentence> s = splitter.split(3, text);
        assertEquals(4, s.size());
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(0, 1, 2, 3), s.stream().map(Sentence::index).toList());
        for (Sentence x : s) {
            assertEquals(3, x.articleIndex());
            assertEquals(x.text(), text.substring(x.start(), x.end()));
        }
    }

    @Test
    void emptyAndBlankTexts() {
        assertEquals(List.of(), splitter.split(0, ""));
        assertEquals(List.of(), splitter.split(0, " \n\n \t\n"));
    }

    @Test
    void offsetsSkipLeadingWhitespace() {
        String text = "  \n  Hello there.   Bye.  ";
        List<Sentence> s = splitter.split(0, text);
        assertEquals("Hello there.", s.get(0).text());
        assertEquals(text.indexOf("Hello"), s.get(0).start());
        assertEquals("Bye.", s.get(1).text());
    }

    @Test
    void fastEnoughForLargeTexts() {
        StringBuilder b = new StringBuilder();
        String para = "Mr. Lindqvist said the U.S. plan, worth $1.2 billion, \"works. It really works,\" he said. "
                + "Talks resume Jan. 5 at 9 a.m. The mayor agreed!\n\n";
        while (b.length() < 1_000_000) {
            b.append(para);
        }
        String text = b.toString();
        // best of five runs: the first ones include JIT compilation. CPU time of this thread, not wall-clock time,
        // because the build machine is shared and a busy neighbour must not fail the test.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double mbPerSecond = 0;
        int n = 0;
        for (int run = 0; run < 5; run++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            n = splitter.split(0, text).size();
            double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
            mbPerSecond = Math.max(mbPerSecond, text.length() / 1e6 / seconds);
        }
        assertEquals(0, n % 3);
        org.junit.jupiter.api.Assertions.assertTrue(mbPerSecond > 5, "speed " + mbPerSecond + " MB/s");
    }
}
