package org.dossier.store;

import org.dossier.clean.CleanedPage;
import org.dossier.clean.LineRole;
import org.dossier.clean.LineVerdict;

/**
 * The header of a scraped page: the lines above the article body that cleaning dropped as furniture, such as the
 * headline of a page that came without a title, its dateline and its own address.
 *
 * <p>Cleaning is right to keep these lines out of the text a briefing quotes, but they identify the story better
 * than any sentence of the body, so the store keeps them (stored field {@code header}, not searched) for the story
 * clusterer, which reads them when an article is placed and again when the stories are rebuilt from the stored
 * articles. Only the lines nearest the body are kept ({@value #MAX_LINES} lines, {@value #MAX_CHARS} characters):
 * the headline and dateline sit right above the body, while what comes first on a page is usually navigation.
 */
public final class PageHeader {
    /** Lines kept: the ones right above the body. */
    static final int MAX_LINES = 4;
    /** Characters kept in all: a header is a few short lines; a longer one is a menu or a teaser list. */
    static final int MAX_CHARS = 600;

    private PageHeader() {
    }

    /** The header of a cleaned page, or null when nothing above its body was dropped. */
    public static String of(CleanedPage page) {
        int firstKept = -1;
        for (int i = 0; i < page.lines().size(); i++) {
            if (page.lines().get(i).kept()) {
                firstKept = i;
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (int i = (firstKept < 0 ? page.lines().size() : firstKept) - 1; i >= 0 && taken < MAX_LINES; i--) {
            LineVerdict line = page.lines().get(i);
            String text = line.raw().strip();
            if (text.isEmpty() || line.role() != LineRole.FURNITURE) { // the title line is the title already
                continue;
            }
            if (out.length() + text.length() + 1 > MAX_CHARS) {
                break;
            }
            out.insert(0, text + "\n");
            taken++;
        }
        return out.length() == 0 ? null : out.toString().strip();
    }

    /**
     * The headline among a header's lines, for a page that came without a title: the first line of 4 to 25 words
     * that is neither an address nor mostly digits (a dateline). Null when none qualifies.
     */
    public static String headline(String header) {
        if (header == null) {
            return null;
        }
        for (String line : header.split("\n")) {
            String text = line.strip();
            int words = text.isEmpty() ? 0 : text.split("\\s+").length;
            if (words < 4 || words > 25 || text.contains("http") || text.contains("www.")) {
                continue;
            }
            int letters = 0;
            int digits = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                } else if (Character.isDigit(c)) {
                    digits++;
                }
            }
            if (letters > 3 * digits) {
                return text;
            }
        }
        return null;
    }
}
