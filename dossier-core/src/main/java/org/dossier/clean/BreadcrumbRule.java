package org.dossier.clean;

import java.util.Optional;

/**
 * Recognises navigation trails such as "Home | World | Europe" or "News > Politics > Elections".
 *
 * <p>A breadcrumb has at least two separators and short segments (six words at most each); a sentence that
 * happens to contain a pipe does not.
 */
public final class BreadcrumbRule implements LineRule {

    @Override
    public Optional<Furniture> judge(LineContext line) {
        return isBreadcrumb(line.text()) ? Optional.of(Furniture.NAVIGATION) : Optional.empty();
    }

    /** True when {@code text} is a trail of at least three short segments separated by | > » or /. */
    static boolean isBreadcrumb(String text) {
        if (!hasTwoSeparators(text)) {
            return false; // fewer than three segments: no need to split (this runs on every line of every page)
        }
        String[] parts = split(text);
        if (parts.length < 3) {
            return false;
        }
        for (String p : parts) {
            if (p.isBlank() || LineFeatures.words(p) > 6 && p != parts[parts.length - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A necessary condition for {@link #split} to give three segments or more: two separator characters, each with
     * white space on both sides. ({@code Character.isWhitespace} accepts every character {@code \s} does, so no
     * line that the split would cut is missed.)
     */
    private static boolean hasTwoSeparators(String text) {
        int found = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i - 1))
                    && Character.isWhitespace(text.charAt(i + 1)) && ++found == 2) {
                return true;
            }
        }
        return false;
    }

    /** The characters that separate the segments of a trail. */
    private static final String SEPARATORS = "|>\u00BB/\u203A";

    /** The segments of a trail, trimmed. */
    static String[] split(String text) {
        String[] parts = text.split("\\s+[|>\u00BB/\u203A]\\s+");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    @Override
    public String name() {
        return "breadcrumb";
    }
}
