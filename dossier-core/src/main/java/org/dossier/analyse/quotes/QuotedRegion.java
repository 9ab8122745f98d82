package org.dossier.analyse.quotes;

import java.util.List;

/**
 * One run of text between quotation marks, possibly carried over several paragraphs.
 *
 * @param open   offset of the opening mark
 * @param close  offset just past the closing mark (or the end of the paragraph when the quote is never closed)
 * @param pieces the quoted words without the marks, one piece per paragraph
 */
record QuotedRegion(int open, int close, List<TextSpan> pieces) {
    QuotedRegion {
        pieces = List.copyOf(pieces);
    }

    int innerStart() {
        return pieces.get(0).start();
    }

    int innerEnd() {
        return pieces.get(pieces.size() - 1).end();
    }

    /** The quoted words, paragraphs joined by a space. */
    String words() {
        if (pieces.size() == 1) {
            return pieces.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (TextSpan p : pieces) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    boolean contains(int offset) {
        return offset >= open && offset < close;
    }
}
