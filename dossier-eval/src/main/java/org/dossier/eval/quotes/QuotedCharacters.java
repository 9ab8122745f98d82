package org.dossier.eval.quotes;

import java.util.List;

/**
 * Marks which characters of a text stand inside double quotation marks, to tell direct quotes from reported
 * speech in the gold annotations.
 *
 * <p>Written independently of the extractor's own quote pairing, on purpose: the gate should not grade the
 * extractor with its own rules. Each line is read on its own; a curly opening mark opens and a curly closing mark
 * closes; a straight mark, or the doubled {@code ''} of old newswire, toggles. The marks themselves count as
 * inside.
 */
final class QuotedCharacters {
    private final boolean[] inside;

    private QuotedCharacters(boolean[] inside) {
        this.inside = inside;
    }

    static QuotedCharacters of(String text) {
        boolean[] in = new boolean[text.length()];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = false;
                continue;
            }
            if (c == '\u201C' || c == '\u201E') {
                open = true;
                in[i] = true;
            } else if (c == '\u201D') {
                in[i] = true;
                open = false;
            } else if (c == '"') {
                in[i] = true;
                open = !open;
            } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') { // old newswire ''
                in[i] = true;
                in[i + 1] = true;
                open = !open;
                i++;
            } else {
                in[i] = open;
            }
        }
        return new QuotedCharacters(in);
    }

    /** Share of the characters of {@code fragments} that stand inside quotation marks (0 to 1). */
    double share(List<int[]> fragments) {
        int total = 0;
        int quoted = 0;
        for (int[] f : fragments) {
            for (int i = Math.max(0, f[0]); i < Math.min(inside.length, f[1]); i++) {
                total++;
                if (inside[i]) {
                    quoted++;
                }
            }
        }
        return total == 0 ? 0 : (double) quoted / total;
    }
}
