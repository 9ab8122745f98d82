package org.dossier.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping to a fixed number of terminal columns.
 *
 * <p>The input is a list of <em>units</em>: pieces that must stay on one line. Usually a unit is a word, but a
 * caller can glue pieces together (the last word of a sentence and its citation marks, so that {@code [1][3]} never
 * starts a line on its own). Units are separated by one space. A unit wider than the line is put on a line of its
 * own and left whole rather than cut: a long URL split in two can no longer be copied or clicked.
 *
 * <p>Widths are measured with {@link DisplayWidth}, so wide CJK characters count as two columns.
 */
final class TextWrapper {
    private final int width;

    /** @param width maximum line width in columns, indentation included; at least 1 */
    TextWrapper(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        this.width = width;
    }

    /** Splits {@code text} into whitespace-separated words (empty list for null or blank text). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /**
     * Wraps the units into lines.
     *
     * @param units       the pieces to lay out, in order
     * @param firstIndent put before the first line (for example a list marker such as {@code "[12] "})
     * @param restIndent  put before every following line (for a hanging indent, spaces as wide as the marker)
     * @return the lines, without line terminators or trailing spaces; one line holding only the indent when
     *         there are no units
     */
    List<String> wrap(List<String> units, String firstIndent, String restIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstIndent);
        int lineWidth = DisplayWidth.of(firstIndent);
        boolean lineHasUnit = false;
        for (String unit : units) {
            int unitWidth = DisplayWidth.of(unit);
            if (lineHasUnit && lineWidth + 1 + unitWidth > width) {
                lines.add(line.toString());
                line = new StringBuilder(restIndent);
                lineWidth = DisplayWidth.of(restIndent);
                lineHasUnit = false;
            }
            if (lineHasUnit) {
                line.append(' ');
                lineWidth++;
            }
            line.append(unit);
            lineWidth += unitWidth;
            lineHasUnit = true;
        }
        lines.add(stripTrailing(line.toString()));
        return lines;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
