package org.dossier.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LengthLimitTest {

    private static final List<String> LINES = List.of("Rain fell on Tuesday.", "The river rose fast.", "Roads shut.");

    @Test
    void keepsWholeLinesBelowTheLimitAndCutsTheLineThatReachesIt() {
        assertEquals(List.of("Rain fell on Tuesday.", "The river"), LengthLimit.firstWords(LINES, 6));
    }

    @Test
    void aLineThatEndsExactlyAtTheLimitIsKeptWholeAndTheRestDropped() {
        assertEquals(List.of("Rain fell on Tuesday.", "The river rose fast."), LengthLimit.firstWords(LINES, 8));
    }

    @Test
    void aLimitAboveTheLengthKeepsEverything() {
        assertEquals(LINES, LengthLimit.firstWords(LINES, 100));
    }

    @Test
    void wordsAreWhitespaceRunsNotTokens() {
        // "U.S.-led" is one word for the limit although it later yields three tokens.
        assertEquals(List.of("U.S.-led forces"), LengthLimit.firstWords(List.of("U.S.-led   forces   moved in"), 2));
    }

    @Test
    void leadingWhitespaceCountsAsAnEmptyWordLikePerlsSplit() {
        assertArrayEquals(new String[] {"", "calm", "seas"}, LengthLimit.words("  calm seas  "));
        assertArrayEquals(new String[0], LengthLimit.words(" \t "));
        assertEquals(List.of(" calm"), LengthLimit.firstWords(List.of("  calm seas"), 2));
    }

    @Test
    void linesAreFileLines() {
        // An element with a line feed is two lines of ROUGE's input; empty lines do not exist for it.
        assertEquals(List.of("Rain fell.", "Rivers rose."),
                LengthLimit.fileLines(List.of("Rain fell.\nRivers rose.", "")));
        assertEquals(List.of("Rain fell.", "Rivers"), LengthLimit.firstWords(List.of("Rain fell.\nRivers rose."), 3));
    }

    @Test
    void rougeLsReaderComparesEachLineWithTheByteLimitOnItsOwn() {
        List<String> lines = List.of("abcd", "efgh", "ijklmnop", "qr");
        // The n-gram reader counts 4 + 4 bytes, then cuts the third line to the remaining 2 bytes.
        assertEquals(List.of("abcd", "efgh", "ij"), LengthLimit.apply(lines, RougeOptions.stemmedNoLimit()
                .withByteLimit(10)));
        // ROUGE-1.5.5's sentence reader never adds the lines up: it keeps short lines whole and stops at the first
        // line at least as long as the limit, cut to the limit.
        assertEquals(List.of("abcd", "efgh", "ijklmn"), LengthLimit.applyForLcs(lines, RougeOptions.stemmedNoLimit()
                .withByteLimit(6)));
        assertEquals(List.of("abcd", "efgh", "ijklmnop", "qr"), LengthLimit.applyForLcs(lines,
                RougeOptions.stemmedNoLimit().withByteLimit(10)));
    }

    @Test
    void byteLimitCountsUtf8Bytes() {
        assertEquals(List.of("Rain", "fell"), LengthLimit.firstBytes(List.of("Rain", "fell on"), 8));
        // "é" takes two bytes: cutting after its first byte leaves a replacement character, a token separator.
        List<String> cut = LengthLimit.firstBytes(List.of("abc", "d\u00e9fg"), 5);
        assertEquals("abc", cut.get(0));
        assertEquals(List.of("d"), new RougeTokenizer(false, false).tokenize(cut.get(1)));
    }

    @Test
    void optionsChooseTheLimit() {
        RougeOptions none = RougeOptions.stemmedNoLimit();
        assertEquals(LINES, LengthLimit.apply(LINES, none));
        assertEquals(List.of("Rain fell"), LengthLimit.apply(LINES, none.withWordLimit(2)));
        assertEquals(List.of("Rain fe"), LengthLimit.apply(LINES, none.withByteLimit(7)));
    }
}
