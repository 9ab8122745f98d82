package org.dossier.eval.rouge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ROUGE's length limits ({@code -l} words, {@code -b} bytes), applied to the lines of one summary before
 * tokenisation.
 *
 * <p>Lines are taken whole while the running total stays below the limit; the line that reaches it is cut to
 * exactly the limit and every later line is dropped. Words here are ROUGE's raw words, runs of non-whitespace in
 * the original line: "U.S.-led" is one word for the limit although it later yields three tokens. Bytes are those of
 * the line's UTF-8 encoding (leading and trailing whitespace removed), as the Perl script sees them.
 */
public final class LengthLimit {

    /** Perl's {@code \s} on bytes: ASCII whitespace only (a no-break space does not split words). */
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");

    private LengthLimit() {
    }

    /** The lines that survive the options' limit (all of them when there is none). */
    public static List<String> apply(List<String> lines, RougeOptions options) {
        if (options.wordLimit() > 0) {
            return firstWords(lines, options.wordLimit());
        }
        if (options.byteLimit() > 0) {
            return firstBytes(lines, options.byteLimit());
        }
        return lines;
    }

    /** The first {@code limit} words of the lines, cutting the line that reaches the limit. */
    public static List<String> firstWords(List<String> lines, int limit) {
        List<String> kept = new ArrayList<>();
        int total = 0;
        for (String line : lines) {
            String[] words = words(line);
            if (total + words.length < limit) {
                kept.add(line);
                total += words.length;
            } else {
                kept.add(String.join(" ", Arrays.copyOf(words, limit - total)));
                break;
            }
        }
        return kept;
    }

    /** The first {@code limit} UTF-8 bytes of the lines, cutting the line that reaches the limit. */
    public static List<String> firstBytes(List<String> lines, int limit) {
        List<String> kept = new ArrayList<>();
        int total = 0;
        for (String line : lines) {
            byte[] bytes = asciiTrim(line).getBytes(StandardCharsets.UTF_8);
            if (total + bytes.length < limit) {
                kept.add(line);
                total += bytes.length;
            } else {
                kept.add(decodeLeniently(Arrays.copyOf(bytes, limit - total)));
                break;
            }
        }
        return kept;
    }

    /** How many words ROUGE's {@code -l} limit counts in a line (runs of non-whitespace). */
    public static int wordCount(String line) {
        return words(line).length;
    }

    /** ROUGE's raw words of a line: runs of non-whitespace. */
    static String[] words(String line) {
        String trimmed = asciiTrim(line);
        return trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
    }

    /** The line without leading and trailing ASCII whitespace (the only whitespace Perl's byte regexes know). */
    static String asciiTrim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isAsciiWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && isAsciiWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Decodes bytes that may end inside a multi-byte character. The broken tail becomes U+FFFD, which separates
     * tokens just as the stray bytes do in ROUGE (only ASCII letters and digits form tokens).
     */
    private static String decodeLeniently(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("decoder set to REPLACE cannot fail", e);
        }
    }
}
