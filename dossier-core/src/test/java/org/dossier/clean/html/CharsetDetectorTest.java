package org.dossier.clean.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharsetDetectorTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final CharsetDetector detector = new CharsetDetector();

    @Test
    void byteOrderMarkWins() {
        byte[] utf16 = "\uFEFF<html>Gr\u00fc\u00dfe</html>".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(StandardCharsets.UTF_16LE, detector.detect(utf16));
        assertEquals("<html>Gr\u00fc\u00dfe</html>", detector.decode(utf16));
    }

    @Test
    void followsTheMetaDeclarationInBothForms() {
        String page = "<html><head>%s</head><body>Smörgåsbord</body></html>";
        byte[] short1 = String.format(page, "<meta charset='ISO-8859-15'>").getBytes(Charset.forName("ISO-8859-15"));
        assertEquals(Charset.forName("ISO-8859-15"), detector.detect(short1));
        String declaration = "<META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
        byte[] httpEquiv = String.format(page, declaration).getBytes(WINDOWS_1252);
        assertEquals(WINDOWS_1252, detector.detect(httpEquiv));
        assertEquals(true, detector.decode(httpEquiv).contains("Smörgåsbord"));
    }

    @Test
    void readsLatin1AsWindows1252SoCurlyQuotesSurvive() {
        byte[] bytes = "<meta charset=iso-8859-1><p>\u201cYes,\u201d she said.</p>".getBytes(WINDOWS_1252);
        assertEquals(true, detector.decode(bytes).contains("\u201cYes,\u201d"));
    }

    @Test
    void trustsValidUtf8OverALatin1LabelThatARecrawlLeftBehind() {
        byte[] bytes = "<meta charset=iso-8859-1><p>Caf\u00e9 cr\u00e8me</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, detector.detect(bytes));
        assertEquals(true, detector.decode(bytes).contains("Caf\u00e9 cr\u00e8me"));
    }

    @Test
    void withoutDeclarationUsesUtf8WhenValidElseWindows1252() {
        assertEquals(StandardCharsets.UTF_8, detector.detect("<p>na\u00efve</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, detector.detect("<p>plain</p>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(WINDOWS_1252, detector.detect("<p>na\u00efve</p>".getBytes(WINDOWS_1252)));
    }

    @Test
    void ignoresUnknownCharsetNames() {
        byte[] bytes = "<meta charset=\"x-no-such-charset\"><p>text</p>".getBytes(StandardCharsets.US_ASCII);
        assertEquals(StandardCharsets.UTF_8, detector.detect(bytes));
    }
}
