package org.dossier.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping to a fixed number of terminal columns.
 *
 * <p>The input is a list of <em>units</em>: pieces that must stay on one line. Usually a unit is a word, but a
 * caller can glue pieces together (the last word of a sentence and its citation marks, so that {@code [1][3]} never
 * starts a line on its own). Units are separated by one space. A unit wider than the line is put on a line of its
 * own and left whole rather than cut: a long URL split in two can no longer be copied or clicked. The exception is
 * text in scripts written without spaces (Chinese, Japanese): a unit that holds wide characters may be broken
 * between any two characters, as those scripts allow, otherwise a whole sentence would be one overlong "word".
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
            int room = width - lineWidth - (lineHasUnit ? 1 : 0);
            if (unitWidth > room && hasWideCharacter(unit)) {
                // Break next to wide characters: fill this line, then as many full lines as needed.
                if (lineHasUnit) {
                    line.append(' ');
                    lineWidth++;
                }
                boolean lineEmpty = !lineHasUnit;
                for (String segment : breakableSegments(unit)) {
                    int segmentWidth = DisplayWidth.of(segment);
                    if (lineWidth + segmentWidth > width && !lineEmpty) {
                        lines.add(stripTrailing(line.toString()));
                        line = new StringBuilder(restIndent);
                        lineWidth = DisplayWidth.of(restIndent);
                        segment = segment.stripLeading();
                        segmentWidth = DisplayWidth.of(segment);
                    }
                    line.append(segment);
                    lineWidth += segmentWidth;
                    lineEmpty = false;
                }
                lineHasUnit = true;
                continue;
            }
            if (lineHasUnit && unitWidth > room) {
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

    /**
     * The unit cut where a line may break inside it: before and after every wide character. Runs of narrow
     * characters (Latin words, numbers, citation marks) stay whole.
     */
    private static List<String> breakableSegments(String unit) {
        List<String> segments = new ArrayList<>();
        StringBuilder narrow = new StringBuilder();
        for (int i = 0; i < unit.length(); ) {
            int cp = unit.codePointAt(i);
            i += Character.charCount(cp);
            if (DisplayWidth.ofCodePoint(cp) == 2 && closesPhrase(cp) && (narrow.length() > 0 || !segments.isEmpty())) {
                // A line must not start with a closing mark such as "，" or "」": keep it with what precedes it.
                if (narrow.length() > 0) {
                    narrow.appendCodePoint(cp);
                } else {
                    int last = segments.size() - 1;
                    segments.set(last, segments.get(last) + new String(Character.toChars(cp)));
                }
            } else if (DisplayWidth.ofCodePoint(cp) == 2) {
                if (narrow.length() > 0) {
                    segments.add(narrow.toString());
                    narrow.setLength(0);
                }
                segments.add(new String(Character.toChars(cp)));
            } else if (DisplayWidth.ofCodePoint(cp) == 0 && !segments.isEmpty() && narrow.length() == 0) {
                // A combining mark belongs to the wide character before it.
                int last = segments.size() - 1;
                segments.set(last, segments.get(last) + new String(Character.toChars(cp)));
            } else {
                narrow.appendCodePoint(cp);
            }
        }
        if (narrow.length() > 0) {
            segments.add(narrow.toString());
        }
        return segments;
    }

    /** Full-width commas, stops, closing brackets and quotes: characters that end a phrase. */
    private static boolean closesPhrase(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean hasWideCharacter(String unit) {
        return unit.codePoints().anyMatch(cp -> DisplayWidth.ofCodePoint(cp) == 2);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
