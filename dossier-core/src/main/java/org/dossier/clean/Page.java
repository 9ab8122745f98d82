package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * A scraped page seen as the cleaner sees it: its title and its non-blank lines (already repaired), plus where the
 * article proper seems to begin and end.
 *
 * <p>The <em>body</em> runs from the first to the last prose line ({@link LineFeatures#isProse}); lines above it
 * form the header, lines below it the footer. Furniture clusters in both, which is why several rules only act
 * there.
 */
public final class Page {
    private final String title;
    private final List<String> lines;
    private final List<Integer> lineNumbers;
    private final int bodyStart;
    private final int bodyEnd;

    /**
     * @param title       the (already repaired) headline, or null
     * @param lines       the repaired non-blank lines, in order
     * @param lineNumbers each line's 1-based number in the page
     */
    Page(String title, List<String> lines, List<Integer> lineNumbers) {
        this.title = title;
        this.lines = List.copyOf(lines);
        this.lineNumbers = List.copyOf(lineNumbers);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (LineFeatures.isProse(lines.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        this.bodyStart = first < 0 ? 0 : first;
        this.bodyEnd = last < 0 ? lines.size() - 1 : last;
    }

    /** The headline, or null when unknown. */
    public String title() {
        return title;
    }

    /** Number of non-blank lines. */
    public int size() {
        return lines.size();
    }

    /** The repaired text of non-blank line {@code i} (0-based among non-blank lines). */
    public String line(int i) {
        return lines.get(i);
    }

    /** The 1-based page line number of non-blank line {@code i}. */
    public int lineNumber(int i) {
        return lineNumbers.get(i);
    }

    /** Index of the first prose line: everything before it is header. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Index of the last prose line: everything after it is footer. */
    public int bodyEnd() {
        return bodyEnd;
    }

    /** All non-blank lines, for rules that need to look further than one neighbour. */
    public List<String> lines() {
        return new ArrayList<>(lines);
    }
}
