package org.dossier.summarise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the dateline that wire stories put before their first sentence.
 *
 * <p>"WASHINGTON (Reuters) - The minister resigned." is shown as "The minister resigned.": the place and the agency
 * are not part of the fact and read badly in the middle of a summary. Only a prefix is removed, so the shown text
 * keeps the source's own words in their order. Recognised shapes, all ending in a dash or colon:
 * <ul>
 *   <li>a place in capitals, optionally followed by a region in ordinary case and an agency in brackets:
 *       "PORT ELLIS, Norland (AP) --", "KESTREL BAY -", "LONDON (Harbour Wire) —";</li>
 *   <li>an agency alone: "(AP) --";</li>
 *   <li>stray leading dashes left by scraped pages: "— -- ".</li>
 * </ul>
 * A capitalised first word that is an ordinary word ("THE" in a shouted headline) is not a dateline unless a dash
 * follows the capitals directly.
 */
public final class Datelines {
    private static final String DASH = "(?:--|—|–|-|:)";
    private static final Pattern LEADING_DASHES = Pattern.compile("^(?:\\s*(?:--|—|–|-)\\s*)+");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?"          // the place in capitals: "PORT ELLIS", "ST. KILDA"
                    + "(?:,\\s*[\\p{L}. ]{2,30}?)?"          // a region: ", Norland", ", N.Y."
                    + "\\s*(?:\\([^()]{1,40}\\))?"            // an agency: "(AP)"
                    + "\\s*" + DASH + "\\s+");
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\([^()]{1,40}\\)\\s*" + DASH + "\\s+");

    private Datelines() {
    }

    /** {@code sentence} without its leading dateline and stray dashes; unchanged when there is none. */
    public static String strip(String sentence) {
        String s = sentence.strip();
        for (int round = 0; round < 2; round++) {
            String before = s;
            s = LEADING_DASHES.matcher(s).replaceFirst("");
            Matcher m = DATELINE.matcher(s);
            if (m.find() && hasLowerCaseAfter(s, m.end())) {
                s = s.substring(m.end());
            } else {
                Matcher agency = AGENCY_ONLY.matcher(s);
                if (agency.find()) {
                    s = s.substring(agency.end());
                }
            }
            if (s.equals(before)) {
                break;
            }
        }
        return s.strip();
    }

    /** A dateline is followed by an ordinary sentence; refuse when the rest is empty or all capitals. */
    private static boolean hasLowerCaseAfter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
