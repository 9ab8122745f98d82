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
 *   <li>a place in capitals, then up to three of: a region or date after a comma, a bracketed agency or
 *       province: "PORT ELLIS, Norland (AP) --", "KESTREL BAY _", "LONDON, May 4 (Harbour Wire) —";</li>
 *   <li>an agency alone: "(AP) --";</li>
 *   <li>the web style without a dash: a place in ordinary case and a known agency, "Kestrel Bay (AP) The
 *       ferry...";</li>
 *   <li>stray leading dashes left by scraped pages: "— -- ".</li>
 * </ul>
 * The text after the dash must start like a sentence (capital, digit or quotation mark), so "AIDS - a disease
 * that..." keeps its first word.
 */
public final class Datelines {
    /** What separates a dateline from its sentence; wire copy in DUC uses an underscore for a dash. */
    private static final String DASH = "(?:--|—|–|-|_|:)";
    private static final Pattern LEADING_DASHES = Pattern.compile("^(?:\\s*(?:--|—|–|-|_)(?=\\s))+\\s*");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?"                  // the place in capitals: "PORT ELLIS"
                    + "(?:\\s*\\([^()]{1,40}\\)|,\\s*[\\p{L}\\d. ]{2,30}?){0,3}" // "(AP)", ", Norland", ", May 4"
                    + "\\s*(?:(?:--|—)\\s*|" + DASH + "\\s+)"        // "--" may touch the text: "Ill. --A man"
                    + "(?=[\\p{Lu}\\d\"“‘'`])");                      // and a sentence starts right after
    private static final Pattern AGENCY_ONLY = Pattern.compile(
            "^\\([^()]{1,40}\\)\\s*" + DASH + "\\s+(?=[\\p{Lu}\\d\"“‘'`])");
    /**
     * Web style: "Kestrel Bay, Norland (AP) The ferry..." with a known agency tag and no dash. The tag is taken
     * from a list because any bracketed acronym would also match "The Harbour Board (HB) Chairman said...".
     */
    private static final Pattern PLACE_AND_AGENCY = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.' ]{1,30}(?:,\\s*[\\p{L}. ]{2,30})?\\s*)?"
                    + "\\((?:CNN|AP|AFP|UPI|Reuters|Bloomberg|BBC|NBC|CBS|ABC|CNBC|EFE|DPA|PTI|IANS|Xinhua|TASS)\\)\\s*"
                    + "(?:" + DASH + "\\s*)?(?=[\\p{Lu}\\d\"“‘'`])");

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
                // both remaining shapes need a bracket near the start; most sentences have none, so skip the
                // regular expressions for them (this runs on every sentence of every article)
                int bracket = s.indexOf('(');
                if (bracket >= 0 && bracket < 70) {
                    Matcher agency = AGENCY_ONLY.matcher(s);
                    Matcher web = PLACE_AND_AGENCY.matcher(s);
                    if (agency.find()) {
                        s = s.substring(agency.end());
                    } else if (web.find()) {
                        s = s.substring(web.end());
                    }
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
