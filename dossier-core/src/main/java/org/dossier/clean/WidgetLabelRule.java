package org.dossier.clean;

import java.util.List;
import java.util.Optional;

/**
 * Recognises lines made only of widget labels run together, the way share bars and comment toggles come out of a
 * scraper: "Share Tweet Email", "Facebook Twitter LinkedIn", "Show commentsHide Comments".
 *
 * <p>The line's letters (spaces removed) must split completely into words from the widget vocabulary; a
 * dynamic-programming pass finds such a split if there is one. A line that mentions comments is a comment widget,
 * any other a share widget.
 */
public final class WidgetLabelRule implements LineRule {
    private static final List<String> VOCABULARY = List.of(
            "share", "shares", "shared", "this", "on", "tweet", "email", "print", "facebook", "twitter", "x",
            "linkedin", "whatsapp", "reddit", "pinterest", "tumblr", "telegram", "messenger", "copy", "link",
            "comments", "comment", "show", "hide", "view", "load", "more", "post", "add", "reply", "save",
            "article", "story", "gift", "send", "flipboard", "pocket", "sms", "google", "plus", "mail");

    @Override
    public Optional<Furniture> judge(LineContext line) {
        if (line.words() > 10) {
            return Optional.empty();
        }
        String letters = LineFeatures.lettersOnly(line.text());
        if (letters.length() < 5 || !segments(letters)) {
            return Optional.empty();
        }
        return Optional.of(letters.contains("comment") ? Furniture.COMMENTS : Furniture.SHARE);
    }

    /** True when {@code s} is a concatenation of vocabulary words, at least two of them or one of 5+ letters. */
    private static boolean segments(String s) {
        int n = s.length();
        int[] parts = new int[n + 1]; // fewest words covering s[0, i), or -1 when impossible
        java.util.Arrays.fill(parts, -1);
        parts[0] = 0;
        for (int i = 0; i < n; i++) {
            if (parts[i] < 0) {
                continue;
            }
            for (String w : VOCABULARY) {
                if (s.startsWith(w, i)) {
                    int j = i + w.length();
                    if (parts[j] < 0 || parts[j] > parts[i] + 1) {
                        parts[j] = parts[i] + 1;
                    }
                }
            }
        }
        return parts[n] >= 2 || (parts[n] == 1 && n >= 5 && !s.equals("story") && !s.equals("article"));
    }

    @Override
    public String name() {
        return "widget-labels";
    }
}
