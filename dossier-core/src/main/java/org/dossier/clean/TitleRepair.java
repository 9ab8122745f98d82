package org.dossier.clean;

/**
 * Repairs a headline taken from the first line of a scraped page.
 *
 * <p>Pages often prefix the headline with their navigation trail ("Home | Breaking News | Storm Hits Coast") or
 * suffix it with the site name ("Storm Hits Coast | Harbour Gazette"). The headline is the longest segment of such
 * a line: navigation labels and site names are shorter than headlines.
 */
public final class TitleRepair {
    private TitleRepair() {
    }

    /** The headline without breadcrumb or site-name segments; blank input gives null. */
    public static String fix(String title) {
        if (title == null) {
            return null;
        }
        String t = TextRepair.repairLine(title);
        if (t.isEmpty()) {
            return null;
        }
        if (!t.contains(" | ") && !t.contains(" \u00BB ") && !t.contains(" > ") && !t.contains(" \u203A ")) {
            return t;
        }
        String best = t;
        int bestWords = -1;
        for (String part : BreadcrumbRule.split(t)) {
            int w = LineFeatures.words(part);
            if (w > bestWords) {
                best = part;
                bestWords = w;
            }
        }
        return best;
    }
}
