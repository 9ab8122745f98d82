package org.dossier.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes of unknown encoding into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.
 *
 * <p>Scraped news arrives in all of these. Valid UTF-8 is almost never an accident in other encodings, so strict
 * UTF-8 is tried first; Windows-1252 is the superset of Latin-1 that browsers use for "ISO-8859-1" pages, and it
 * keeps curly quotes and dashes that Latin-1 would turn into control characters.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; refuses binary content with an {@link InputException}. */
    public static String decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = decodeLenient(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            if (looksBinary(bytes)) {
                throw new InputException("binary file, not text");
            }
            text = decodeStrictUtf8(bytes);
            if (text == null) {
                text = decodeLenient(bytes, 0, WINDOWS_1252);
            }
        }
        if (text.isBlank()) {
            throw new InputException("empty file");
        }
        return text;
    }

    /**
     * True when the bytes are not text: a NUL byte, or more than 5% control characters other than tab, newline,
     * carriage return and form feed, in the first 8 KB.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeStrictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeLenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
