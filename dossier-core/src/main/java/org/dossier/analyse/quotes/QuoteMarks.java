package org.dossier.analyse.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.Paragraphs;
import org.dossier.analyse.QuotationMarks;

/**
 * Pairs the double quotation marks of an article into {@link QuotedRegion}s.
 *
 * <p>Marks understood: curly quotes ({@code “ ”}, and the low {@code „}), straight {@code "} and the
 * {@code ``...''} pairs of old newswire. A straight mark opens when nothing is open and it follows a space, a
 * bracket, a dash or the start of a paragraph; the next straight mark closes it. A curly opening mark inside an open
 * quotation starts a nested quotation (a speaker quoting someone else), which ends at its own closing mark.
 * Single quotes are ignored: they are apostrophes far more often than quote marks; a doubled {@code ''}, as old
 * newswire prints both ends of a quotation, is read like a straight mark.
 *
 * <p>News style leaves a quotation open at the end of a paragraph when the same speaker goes on in the next one,
 * and re-opens it there: such a quotation becomes one region with one piece per paragraph. A quotation still open at
 * the end of a paragraph whose successor does not start with a quote mark is closed at the paragraph end (a
 * forgotten mark is more likely than a quotation that runs on unmarked).
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** The quoted regions of {@code text}, in order. */
    static List<QuotedRegion> find(String text) {
        List<Paragraphs.Span> paragraphs = Paragraphs.of(text);
        List<QuotedRegion> out = new ArrayList<>();
        int open = -1;                 // opening mark of the region being read, -1 when none
        boolean straight = false;      // whether that region was opened by a straight mark
        int pieceStart = -1;
        int depth = 0;                 // nested curly quotations inside the open region
        List<TextSpan> pieces = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraphs.Span para = paragraphs.get(p);
            int i = para.start();
            if (open >= 0) { // carried over: skip the re-opening mark
                i += QuotationMarks.length(text, i, para.end());
                pieceStart = i;
            }
            while (i < para.end()) {
                int len = QuotationMarks.length(text, i, para.end());
                if (len == 0) {
                    i++;
                    continue;
                }
                char c = text.charAt(i);
                if (open < 0) {
                    if (opens(text, i, para.start(), para.end())) {
                        open = i;
                        straight = c == '"' || c == '\'';
                        pieceStart = i + len;
                        depth = 0;
                        pieces.clear();
                    }
                } else if (isCloser(text, i, open, pieceStart, straight)) {
                    if (depth > 0) {
                        depth--; // closes a quotation nested inside this one
                    } else {
                        pieces.add(TextSpan.of(text, pieceStart, i));
                        out.add(new QuotedRegion(open, i + len, pieces));
                        open = -1;
                        pieces.clear();
                    }
                } else if (c == '\u201C' || c == '\u201E' || c == '`') {
                    depth++; // a quotation inside the quotation
                }
                i += len;
            }
            if (open >= 0) {
                boolean continues = p + 1 < paragraphs.size()
                        && QuotationMarks.length(text, paragraphs.get(p + 1).start(), paragraphs.get(p + 1).end()) > 0
                        && opens(text, paragraphs.get(p + 1).start(), paragraphs.get(p + 1).start(),
                                paragraphs.get(p + 1).end())
                        && straight == (text.charAt(paragraphs.get(p + 1).start()) == '"'); // same style of marks
                if (pieceStart < para.end()) {
                    pieces.add(TextSpan.of(text, pieceStart, para.end()));
                }
                if (!continues) {
                    if (!pieces.isEmpty()) {
                        out.add(new QuotedRegion(open, para.end(), pieces));
                    }
                    open = -1;
                    pieces.clear();
                }
            }
        }
        return out;
    }


    /**
     * Whether the mark at {@code i} closes the open quotation: a straight mark closes straight quotes (a straight
     * mark inside curly ones is a nested quotation's and is ignored), a right curly mark closes curly ones, and so
     * does a left curly mark glued to the word before it, which is how mis-encoded closers usually look.
     */
    private static boolean isCloser(String text, int i, int open, int pieceStart, boolean straight) {
        char c = text.charAt(i);
        if (c == '"' || c == '\'') { // straight marks close the quotation a straight mark of the same kind opened
            return straight && c == text.charAt(open);
        }
        if (c == '\u201D') {
            return true;
        }
        return !straight && i > pieceStart && !Character.isWhitespace(text.charAt(i - 1));
    }

    /** Whether the mark at {@code i} can open a quotation. */
    private static boolean opens(String text, int i, int start, int end) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '`') {
            return true;
        }
        if (c == '\u201D') {
            return false;
        }
        // a straight mark, or the '' of old newswire: opening when what precedes it cannot end a word
        boolean before = i == start || Character.isWhitespace(text.charAt(i - 1))
                || "([{-\u2013\u2014:".indexOf(text.charAt(i - 1)) >= 0;
        int len = QuotationMarks.length(text, i, end);
        boolean after = i + len < end && !Character.isWhitespace(text.charAt(i + len));
        return before && after;
    }
}
