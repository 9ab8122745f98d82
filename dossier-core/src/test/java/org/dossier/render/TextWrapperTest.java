package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    @Test
    void fillsLinesGreedilyWithHangingIndent() {
        List<String> lines = new TextWrapper(16).wrap(TextWrapper.words("one two three four five six"), "[1] ", "    ");
        assertEquals(List.of("[1] one two", "    three four", "    five six"), lines);
    }

    @Test
    void leavesAnOverlongWordWholeOnItsOwnLine() {
        String url = "https://example.org/a/very/long/path/that/does/not/fit";
        List<String> lines = new TextWrapper(20).wrap(List.of("see", url, "now"), "", "");
        assertEquals(List.of("see", url, "now"), lines);
    }

    @Test
    void keepsGluedUnitsTogether() {
        List<String> lines = new TextWrapper(12).wrap(List.of("It", "rained.", "Yes. [1][2]"), "", "");
        assertEquals(List.of("It rained.", "Yes. [1][2]"), lines);
    }

    @Test
    void countsWideCharactersAsTwoColumnsAndAccentsAsNone() {
        assertEquals(4, DisplayWidth.of("大桥"));
        assertEquals(6, DisplayWidth.of("Bru\u0308cke")); // u + combining diaeresis is one column
        assertEquals(2, DisplayWidth.of("\ud83c\udf09")); // one emoji outside the BMP: two chars, two columns
        assertEquals(List.of("大桥大", "桥"), new TextWrapper(6).wrap(List.of("大桥大桥"), "", ""));
    }

    @Test
    void splitsWordsOnAnyWhitespace() {
        assertEquals(List.of("a", "b", "c"), TextWrapper.words(" a\tb\n\nc "));
        assertEquals(List.of(), TextWrapper.words(null));
        assertEquals(List.of(""), new TextWrapper(10).wrap(List.of(), "", ""));
    }
}
