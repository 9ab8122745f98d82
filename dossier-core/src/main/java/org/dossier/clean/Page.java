package org.dossier.clean;

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
    private final String[] blocks;
    // Every rule asks for these, several times per line: computed once per page.
    private final int[] words;
    private final int[] blockWords;
    private final String[] normalised;
    private String normalisedTitle;
    private final String[] folded;
    private final boolean[] proseLine;
    private final int bodyStart;
    private final int bodyEnd;

    /** Lower-case words a hard-wrapped line can end with but a heading or label practically never does. */
    private static final java.util.Set<String> DANGLING = java.util.Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
            "which", "who", "as", "is", "are", "was", "were", "has", "have", "had", "be", "will", "would", "its",
            "his", "her", "their", "our", "your", "you", "we", "they", "he", "she", "it", "this", "than", "said");

    /**
     * @param title       the (already repaired) headline, or null
     * @param lines       the repaired non-blank lines, in order
     * @param lineNumbers each line's 1-based number in the page
     */
    public Page(String title, List<String> lines, List<Integer> lineNumbers) {
        this.title = title;
        this.lines = List.copyOf(lines);
        this.lineNumbers = List.copyOf(lineNumbers);
        this.blocks = wrappedBlocks();
        this.words = new int[this.lines.size()];
        this.blockWords = new int[this.lines.size()];
        this.normalised = new String[this.lines.size()];
        this.folded = new String[this.lines.size()];
        this.proseLine = new boolean[this.lines.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = LineFeatures.words(this.lines.get(i));
            proseLine[i] = words[i] >= LineFeatures.PROSE_WORDS && LineFeatures.endsLikeSentence(this.lines.get(i));
            blockWords[i] = blocks[i] == this.lines.get(i) ? words[i] : LineFeatures.words(blocks[i]);
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (LineFeatures.isProse(blocks[i])) {
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

    /** The headline in {@link LineFeatures#normalise normalised} form (computed once), or null when unknown. */
    public String normalisedTitle() {
        String n = normalisedTitle;
        if (n == null && title != null) {
            n = LineFeatures.normalise(title);
            normalisedTitle = n;
        }
        return n;
    }

    /** Number of non-blank lines. */
    public int size() {
        return lines.size();
    }

    /** The repaired text of non-blank line {@code i} (0-based among non-blank lines). */
    public String line(int i) {
        return lines.get(i);
    }

    /** Number of words in line {@code i}. */
    public int words(int i) {
        return words[i];
    }

    /** Number of words in the wrapped paragraph of line {@code i} ({@link #block}). */
    public int blockWords(int i) {
        return blockWords[i];
    }

    /** Line {@code i} in {@link LineFeatures#normalise normalised} form, for comparing with labels. */
    public String normalised(int i) {
        String n = normalised[i];
        if (n == null) {
            n = LineFeatures.normalise(lines.get(i));
            normalised[i] = n;
        }
        return n;
    }

    /** Line {@code i} in folded case ({@link PatternRule#fold}), computed once. */
    public String folded(int i) {
        String f = folded[i];
        if (f == null) {
            f = PatternRule.fold(lines.get(i));
            folded[i] = f;
        }
        return f;
    }

    /** Whether line {@code i} itself (not its wrapped paragraph) is {@link LineFeatures#isProse prose}. */
    public boolean isProseLine(int i) {
        return proseLine[i];
    }

    /** The 1-based page line number of non-blank line {@code i}. */
    public int lineNumber(int i) {
        return lineNumbers.get(i);
    }

    /**
     * Groups adjacent lines into wrapped paragraphs. Line {@code i} runs on into line {@code i + 1} when the two are
     * adjacent in the page (no blank line between), line {@code i} is long and does not end like a sentence, and
     * either the next line starts in lower case or line {@code i} ends with a comma, semicolon, hyphen or a word
     * such as "the" or "by" that cannot end a heading.
     */
    private String[] wrappedBlocks() {
        int n = lines.size();
        boolean[] runsOn = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            runsOn[i] = runsOn(i);
        }
        String[] out = new String[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n - 1 && runsOn[end]) {
                end++;
            }
            String text = end == start ? lines.get(start) : String.join(" ", lines.subList(start, end + 1));
            for (int k = start; k <= end; k++) {
                out[k] = text;
            }
            start = end + 1;
        }
        return out;
    }

    private boolean runsOn(int i) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (lineNumbers.get(i + 1) != lineNumbers.get(i) + 1 || line.length() < 40
                || LineFeatures.endsLikeSentence(line) || LineFeatures.isBullet(next)) {
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (last == ',' || last == ';' || last == '-') {
            return true;
        }
        int space = line.lastIndexOf(' ');
        return DANGLING.contains(line.substring(space + 1));
    }

    /** Index of the first prose line: everything before it is header. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Index of the last prose line: everything after it is footer. */
    public int bodyEnd() {
        return bodyEnd;
    }

    /**
     * The text of the hard-wrapped paragraph that line {@code i} belongs to, or the line itself when it stands
     * alone. Old wire copy and some scrapers break paragraphs into lines of fixed width; such a line does not end
     * like a sentence, but its paragraph does, and the position rules judge the paragraph.
     */
    public String block(int i) {
        return blocks[i];
    }
}
