package org.dossier.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises photo captions and photo credits.
 *
 * <p>Strong cues (a "Photo:" label, an agency credit such as "Getty Images" or "AP Photo") are enough on any short
 * line. A position marker such as "(R)" or "(left)", which also appears in ordinary sentences about party members,
 * counts only on a line that does not end like a sentence or that sits above the article body.
 */
public final class CaptionRule implements LineRule {
    private static final Pattern STRONG = Pattern.compile(
            "^(photo|image|picture|caption|file photo|pictured|photograph)\\s*[:|\u2014\u2013-]"
                    + "|\\b(getty images|ap photo|afp photo|afp via|reuters/|photo by|photograph by|photo credit"
                    + "|image copyright|image caption|shutterstock)\\b"
                    // a trailing credit: "... on Monday. (Photo: Outlet/Name)" or "... this weekend. Photo: A/B"
                    + "|(\\(|[.!?]\\s+)(photo|photograph|image|picture)s?\\s*:\\s*[^.!?]{1,60}\\)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITION = Pattern.compile(
            "\\((l|r|c|left|right|centre|center|front|back|top|bottom|pictured|file)\\)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<Furniture> judge(LineContext line) {
        if (line.words() > 50) {
            return Optional.empty();
        }
        String t = line.text();
        if (mentionsPictures(t) && STRONG.matcher(t).find()) {
            return Optional.of(Furniture.CAPTION);
        }
        boolean weakPlace = !line.endsLikeSentence() || line.inHeader();
        return weakPlace && POSITION.matcher(t).find() ? Optional.of(Furniture.CAPTION) : Optional.empty();
    }

    /**
     * Words at least one of which every branch of {@link #STRONG} contains. Checking them first is much cheaper than
     * the case-insensitive search of the whole pattern, and a line without any of them cannot match it.
     */
    private static final List<String> STRONG_WORDS = List.of(
            "photo", "image", "picture", "caption", "getty", "afp", "reuters/", "shutterstock");

    private static boolean mentionsPictures(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : STRONG_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return "caption";
    }
}
