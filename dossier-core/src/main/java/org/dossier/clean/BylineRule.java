package org.dossier.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises author lines: "By Jane Roe", "By JANE ROE and Sam Poe, Associated Press", "Written by ...", and desk
 * bylines such as "Metro Desk" or "WT24 Desk".
 *
 * <p>A "By ..." line must be short and must not end like a sentence, so "By noon the square was empty." stays.
 */
public final class BylineRule implements LineRule {
    /** "By" (any case) then a capitalised word; only the "by" part ignores case. */
    static final Pattern BY = Pattern.compile("^(?i:(written |posted |reported |story )?by)\\s+\\p{Lu}");
    static final Pattern DESK = Pattern.compile(
            "^[\\p{L}\\d&.'\u2019 -]{1,40}\\s(desk|bureau|staff|newsroom|news service|web team|news team)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STAFF = Pattern.compile("^(staff|special) (reporter|writer|correspondent)s?$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<Furniture> judge(LineContext line) {
        String t = line.text();
        int words = line.words();
        boolean byLine = words <= 12 && !line.endsLikeSentence() && BY.matcher(t).find();
        boolean desk = words <= 5 && DESK.matcher(t).matches();
        boolean staff = STAFF.matcher(t).matches();
        return byLine || desk || staff ? Optional.of(Furniture.BYLINE) : Optional.empty();
    }

    @Override
    public String name() {
        return "byline";
    }
}
