package org.dossier.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void blankLinesSeparateAndWhitespaceOnlyLinesCountAsBlank() {
        String text = "\n  First line\nstill first\n \t\n\n\nSecond  \n\nThird";
        List<Paragraphs.Span> spans = Paragraphs.of(text);
        assertEquals(3, spans.size());
        assertEquals(List.of("First line\nstill first", "Second", "Third"), Paragraphs.texts(text));
        assertEquals(List.of(0, 1, 2), spans.stream().map(Paragraphs.Span::index).toList());
        assertEquals(text.indexOf("First"), spans.get(0).start());
    }

    @Test
    void emptyText() {
        assertEquals(List.of(), Paragraphs.of(""));
        assertEquals(List.of(), Paragraphs.of("\n\n  \n"));
    }
}
