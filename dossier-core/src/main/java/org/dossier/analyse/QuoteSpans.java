package org.dossier.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations inside one paragraph that are <em>embedded</em> in a longer sentence, so that the splitter
 * does not cut inside them.
 *
 * <p>The rule Dossier follows: a quotation that closes inside the paragraph and is then continued by the sentence
 * around it is one utterance, and the sentence holds all of it, however many sentences the speaker said. A
 * quotation is continued when the character just before its closing mark is a comma, semicolon, colon or dash
 * ({@code "We came. We saw," she said.}) or when the first thing after the closing mark is a lower-case word or a
 * comma ({@code "Why? Who knows?" he asked.}). A quotation that ends with a full stop and is followed by a new
 * capitalised sentence is not embedded: the splitter cuts inside it as usual, because it is a series of sentences
 * that merely happen to be quoted.
 *
 * <p>Quote marks understood: curly double quotes, straight double quotes (an opening one follows a space, the start
 * of the paragraph, a bracket or a dash) and the {@code ``...''} pairs of old newswire text. Single quotes are left
 * alone: they are apostrophes far more often than quote marks.
 */
final class QuoteSpans {
    private final int[] opens;
    private final int[] closes;

    private QuoteSpans(int[] opens, int[] closes) {
        this.opens = opens;
        this.closes = closes;
    }

    /** Scans {@code text[start, end)} for embedded quotations. */
    static QuoteSpans find(String text, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        int i = start;
        while (i < end) {
            int mark = QuotationMarks.length(text, i, end);
            if (mark > 0 && isOpening(text, i, start, end)) {
                open = i;
                i += mark;
                continue;
            }
            if (mark > 0 && open >= 0) {
                int after = i + mark;
                if (isContinued(text, i, after, end)) {
                    spans.add(new int[] {open, i});
                }
                open = -1;
                i = after;
                continue;
            }
            i += Math.max(mark, 1);
        }
        int[] openings = new int[spans.size()];
        int[] closings = new int[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            openings[k] = spans.get(k)[0];
            closings[k] = spans.get(k)[1];
        }
        return new QuoteSpans(openings, closings);
    }

    /** True when offset {@code pos} lies inside an embedded quotation (after its opening, before its closing mark). */
    boolean protects(int pos) {
        for (int k = 0; k < opens.length; k++) {
            if (pos > opens[k] && pos < closes[k]) {
                return true;
            }
            if (opens[k] > pos) {
                return false;
            }
        }
        return false;
    }


    private static boolean isOpening(String text, int i, int start, int end) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '`') {
            return true;
        }
        if (c == '\u201D' || c == '\'') {
            return false;
        }
        // straight double quote: opening when what precedes it cannot end a word
        boolean before = i == start || Character.isWhitespace(text.charAt(i - 1)) || "([{-\u2013\u2014".indexOf(
                text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < end && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean isContinued(String text, int close, int after, int end) {
        if (close > 0 && ",;:-\u2013\u2014".indexOf(text.charAt(close - 1)) >= 0) {
            return true;
        }
        int j = after;
        while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= end) {
            return false;
        }
        char n = text.charAt(j);
        return n == ',' || n == ';' || Character.isLowerCase(n);
    }
}
