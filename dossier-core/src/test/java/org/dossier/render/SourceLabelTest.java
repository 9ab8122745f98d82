package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.SourceRef;
import org.junit.jupiter.api.Test;

class SourceLabelTest {

    @Test
    void listsKnownPartsInOrder() {
        SourceRef full = new SourceRef(1, "id", "Title", "Outlet", "Byline", LocalDate.of(2024, 12, 1), null, null);
        assertEquals(List.of("Outlet", "Title", "Byline", "2024-12-01"), texts(full));
        SourceRef titleOnly = new SourceRef(1, "id", "  Title\nwith break ", null, "", null, null, "x.txt");
        assertEquals(List.of("Title with break"), texts(titleOnly));
    }

    @Test
    void fallsBackToOriginFileNameThenIdThenNumber() {
        assertEquals("report.txt", SourceLabel.shortName(source("id", "/runs/7/report.txt")));
        assertEquals("wire.jsonl#4", SourceLabel.shortName(source("id", "C:\\feeds\\wire.jsonl#4")));
        assertEquals("notes", SourceLabel.shortName(source("id", "notes/")));
        assertEquals("stdin", SourceLabel.shortName(source("id", "stdin")));
        assertEquals("article-9", SourceLabel.shortName(source("article-9", " ")));
        assertEquals("source 3", SourceLabel.shortName(new SourceRef(3, null, null, null, null, null, null, null)));
        assertNull(SourceLabel.fileName("/"));
    }

    @Test
    void cleanTextFlattensLinesAndDropsControlCharacters() {
        // ESC and the one-byte CSI (U+009B) go; what is left of an escape sequence is inert text.
        assertEquals("[31mred text", CleanText.oneLine("\u001b[31mred\r\n\t text\u009b"));
        assertEquals("a b", CleanText.oneLine("a\u00a0\u2009b"));
        assertNull(CleanText.oneLine(" \n\u0007 "));
        assertNull(CleanText.oneLine(null));
        assertEquals("Γέφυρα 港口 🌉", CleanText.oneLine("Γέφυρα  港口 🌉"));
    }

    private static SourceRef source(String id, String origin) {
        return new SourceRef(1, id, null, null, null, null, null, origin);
    }

    private static List<String> texts(SourceRef source) {
        return SourceLabel.parts(source).stream().map(SourceLabel.Part::text).toList();
    }
}
