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

/**
 * ROUGE-1.5.5's length limits ({@code -l} words, {@code -b} bytes), applied to the lines of one summary before
 * tokenisation, exactly as the Perl script reads its one-sentence-per-line input.
 *
 * <p>The input is treated as the lines of a file: an element holding a line break counts as several lines, and
 * empty lines are skipped. Lines are taken whole while the running total stays below the limit; the line that
 * reaches it is cut to exactly the limit and every later line is dropped.
 * <ul>
 *   <li>Words are ROUGE's raw words: what Perl's {@code split(/\s+/, line)} returns, so "U.S.-led" is one word for
 *       the limit although it later yields three tokens, and a line that starts with whitespace counts one extra
 *       (empty) first word, as in Perl.</li>
 *   <li>Bytes are those of the line's UTF-8 encoding (the Perl script reads bytes). Lines are not trimmed and the
 *       spaces that join lines do not count.</li>
 * </ul>
 *
 * <p>ROUGE-1.5.5 reads the text twice, once for n-grams and once, sentence by sentence, for ROUGE-L. Under a byte
 * limit the second reader never adds up the bytes of earlier lines: it keeps every line shorter than the limit and
 * stops at the first line that is at least as long, cut to the limit. {@link #applyForLcs} reproduces that, so
 * ROUGE-L under {@code -b} matches the Perl figures too.
 */
public final class LengthLimit {

    private LengthLimit() {
    }

    /** The lines that survive the options' limit for n-gram counting (all non-empty lines when there is none). */
    public static List<String> apply(List<String> lines, RougeOptions options) {
        if (options.wordLimit() > 0) {
            return firstWords(lines, options.wordLimit());
        }
        if (options.byteLimit() > 0) {
            return firstBytes(lines, options.byteLimit());
        }
        return fileLines(lines);
    }

    /** Whether ROUGE-1.5.5's sentence reader keeps other lines than its n-gram reader: only under a byte limit. */
    public static boolean readsSentencesDifferently(RougeOptions options) {
        return options.wordLimit() == 0 && options.byteLimit() > 0;
    }

    /** The lines that ROUGE-1.5.5's sentence reader (used for ROUGE-L) keeps under the options' limit. */
    public static List<String> applyForLcs(List<String> lines, RougeOptions options) {
        if (readsSentencesDifferently(options)) {
            return lcsReaderBytes(lines, options.byteLimit());
        }
        return apply(lines, options);
    }

    /** The first {@code limit} words of the lines, cutting the line that reaches the limit. */
    public static List<String> firstWords(List<String> lines, int limit) {
        List<String> kept = new ArrayList<>();
        int total = 0;
        for (String line : fileLines(lines)) {
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
        for (String line : fileLines(lines)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
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

    /** ROUGE-1.5.5's sentence reader under {@code -b}: each line is compared with the limit on its own. */
    static List<String> lcsReaderBytes(List<String> lines, int limit) {
        List<String> kept = new ArrayList<>();
        for (String line : fileLines(lines)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < limit) {
                kept.add(line);
            } else {
                kept.add(decodeLeniently(Arrays.copyOf(bytes, limit)));
                break;
            }
        }
        return kept;
    }

    /** How many words ROUGE's {@code -l} limit counts in a line. */
    public static int wordCount(String line) {
        return words(line).length;
    }

    /**
     * The lines as the Perl script sees them after writing them to a file: split at line feeds (a carriage return
     * stays, as Perl's {@code chomp} leaves it), empty lines dropped.
     */
    static List<String> fileLines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String element : lines) {
            if (element.indexOf('\n') < 0) {
                if (!element.isEmpty()) {
                    out.add(element);
                }
                continue;
            }
            for (String line : element.split("\n", -1)) {
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /**
     * Perl's {@code split(/\s+/, line)} on bytes: fields between runs of ASCII whitespace; a leading run yields an
     * empty first field, trailing empty fields are dropped (so an all-whitespace line has no words).
     */
    static String[] words(String line) {
        List<String> fields = new ArrayList<>();
        int n = line.length();
        int i = 0;
        int start = 0;
        while (i < n) {
            if (isAsciiWhitespace(line.charAt(i))) {
                fields.add(line.substring(start, i));
                while (i < n && isAsciiWhitespace(line.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        fields.add(line.substring(start));
        int size = fields.size();
        while (size > 0 && fields.get(size - 1).isEmpty()) {
            size--;
        }
        return fields.subList(0, size).toArray(String[]::new);
    }

    /** The whitespace of Perl's byte regexes: space, tab, line feed, vertical tab, form feed, carriage return. */
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
