package org.dossier.clean.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closes a {@code <title>} element that was never closed.
 *
 * <p>The text of a {@code <title>} is raw text: a parser reads everything up to {@code </title>} as the title.
 * Damaged pages (truncated by a crawler, spliced by a broken template) sometimes lose that end tag, and then the
 * whole page, article included, disappears into the title. A real title never contains markup, so the first
 * tag-like {@code <} after {@code <title>} is taken as where the title should have ended.
 */
final class RunawayTitleRepair {

    private static final Pattern TITLE_START = Pattern.compile("<title\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    /** A {@code <} that starts a tag, an end tag or a comment. */
    private static final Pattern TAG_START = Pattern.compile("<[a-zA-Z/!]");

    private RunawayTitleRepair() {
    }

    /** {@code html} with its first title closed before any markup inside it; unchanged when it is well formed. */
    static String repair(String html) {
        Matcher start = TITLE_START.matcher(html);
        if (!start.find()) {
            return html;
        }
        int from = start.end();
        Matcher tag = TAG_START.matcher(html);
        if (!tag.find(from)) {
            return html;
        }
        int at = tag.start();
        if (html.regionMatches(true, at, "</title", 0, 7) && isEndOfTitleTag(html, at + 7)) {
            return html; // the title ends properly
        }
        return html.substring(0, at) + "</title>" + html.substring(at);
    }

    private static boolean isEndOfTitleTag(String html, int i) {
        return i < html.length() && (html.charAt(i) == '>' || Character.isWhitespace(html.charAt(i)));
    }
}
