package org.dossier.clean.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to turn the bytes of an HTML page into characters.
 *
 * <p>The order of evidence:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE) wins, as in browsers;</li>
 *   <li>a declaration in the first few kilobytes: {@code <meta charset=...>} or
 *       {@code <meta http-equiv="Content-Type" content="...; charset=...">};</li>
 *   <li>otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual encoding of old Western
 *       pages, and a superset of ISO-8859-1 for printable characters).</li>
 * </ol>
 * One correction to the declaration: pages that <em>declare</em> a single-byte Western encoding (ISO-8859-1,
 * Windows-1252, ASCII) but whose bytes are valid UTF-8 with multi-byte sequences are read as UTF-8. Crawlers and
 * content systems often re-save pages as UTF-8 without touching the meta tag, and valid multi-byte UTF-8 is
 * practically never produced by genuine Latin-1 text (it would need sequences like "Ã©" on purpose).
 * ISO-8859-1 is read as Windows-1252, as the HTML standard requires, so curly quotes in the 0x80-0x9F range survive.
 *
 * <p>Stateless and thread-safe.
 */
public final class CharsetDetector {

    /** How far into the page a charset declaration is looked for (the HTML standard says 1024 bytes; be lenient). */
    private static final int SNIFF_BYTES = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charset for {@code bytes}; never null. */
    public Charset detect(byte[] bytes) {
        Charset bom = fromByteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            if (isSingleByteWestern(declared) && hasNonAscii(bytes) && isValidUtf8(bytes)) {
                return StandardCharsets.UTF_8;
            }
            return declared;
        }
        return isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Decodes {@code bytes} with the detected charset, dropping a byte-order mark. */
    public String decode(byte[] bytes) {
        Charset charset = detect(bytes);
        String text = new String(bytes, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static Charset fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The charset named by the first meta declaration, if Java knows it. */
    static Charset declared(byte[] bytes) {
        // The declaration itself is ASCII, so reading the head as Latin-1 is safe whatever the real encoding.
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset c = byName(m.group(1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Charset byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return null;
        }
        // A page cannot really be UTF-16 if its declaration was readable as ASCII: the HTML standard says UTF-8.
        if (n.startsWith("utf-16") || n.equals("unicode")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("iso-8859-1") || n.equals("iso8859-1") || n.equals("iso8859_1") || n.equals("latin1")
                || n.equals("us-ascii") || n.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isSingleByteWestern(Charset c) {
        return c.equals(WINDOWS_1252) || c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
    }

    /** Any byte above 0x7F; in bytes that are valid UTF-8 such a byte is part of a multi-byte sequence. */
    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
