package org.dossier.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SAMPLE = "The mayor’s “final” offer — café talks";

    @Test
    void plainUtf8() throws InputException {
        assertEquals(SAMPLE, TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomLosesTheBom() throws InputException {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(SAMPLE, TextDecoder.decode(withBom));
    }

    @Test
    void windows1252KeepsCurlyQuotesAndDashes() throws InputException {
        byte[] cp1252 = SAMPLE.getBytes(Charset.forName("windows-1252"));
        assertEquals(SAMPLE, TextDecoder.decode(cp1252));
    }

    @Test
    void latin1AccentsDecode() throws InputException {
        byte[] latin1 = "Señora Müller".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Señora Müller", TextDecoder.decode(latin1));
    }

    @Test
    void utf16WithBom() throws InputException {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals(SAMPLE, TextDecoder.decode(withBom));
    }

    @Test
    void emptyAndBlankAreRefused() {
        assertEquals("empty file", assertThrows(InputException.class, () -> TextDecoder.decode(new byte[0]))
                .getMessage());
        assertEquals("empty file", assertThrows(InputException.class,
                () -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(png));
        assertEquals("binary file, not text", e.getMessage());
    }
}
