package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises furniture by a regular expression found in a short line, such as "contributed to this report" or
 * "can be reached at".
 *
 * <p>The word limit protects article sentences: a credit or a prompt is short, so a long line that happens to
 * contain the pattern stays.
 *
 * <p>Speed: the rule runs on every short line of every page, and most patterns are long alternations whose
 * branches are anchored at the start of the line ({@code ^leave a reply|^be the first to comment|...}). A plain
 * {@code find()} retries every branch at every position of the line, although an anchored branch can only match at
 * position 0. So the pattern's top-level branches are split in two: the anchored ones are tried once, at the start
 * ({@code lookingAt()}), the others searched for as usual. A line matches the split pattern exactly when it matches
 * the original one (a search for {@code A|B} succeeds iff a search for {@code A} or for {@code B} does), so the
 * verdicts do not change; only the work does.
 */
public final class PatternRule implements LineRule {
    private final String name;
    private final Furniture kind;
    /** The top-level branches that start with {@code ^}, or null when there are none. */
    private final Pattern anchored;
    /** The other top-level branches, or null when there are none. */
    private final Pattern floating;
    private final int maxWords;

    /**
     * @param name     name for reports
     * @param kind     the furniture kind of matching lines
     * @param regex    searched for anywhere in the line, case-insensitively unless the regex says otherwise
     * @param maxWords lines longer than this are never matched
     */
    public PatternRule(String name, Furniture kind, String regex, int maxWords) {
        this(name, kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), maxWords);
    }

    /** As above, with a compiled pattern (so that callers can choose case sensitivity). */
    public PatternRule(String name, Furniture kind, Pattern pattern, int maxWords) {
        this.name = name;
        this.kind = kind;
        this.maxWords = maxWords;
        List<String> starts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String branch : topLevelBranches(pattern.pattern())) {
            (branch.startsWith("^") ? starts : others).add(branch);
        }
        this.anchored = starts.isEmpty() ? null : Pattern.compile(group(starts), pattern.flags());
        this.floating = others.isEmpty() ? null : Pattern.compile(group(others), pattern.flags());
    }

    private static String group(List<String> branches) {
        return "(?:" + String.join("|", branches) + ")";
    }

    /**
     * The branches of a regular expression's top-level alternation: split at every {@code |} that is outside
     * parentheses and character classes and not escaped. {@code "^a|b(c|d)"} gives {@code "^a"} and {@code "b(c|d)"}.
     */
    static List<String> topLevelBranches(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // the escaped character is a literal, whatever it is
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // "[]...]": a leading ']' is a member, not the end
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    @Override
    public Optional<Furniture> judge(LineContext line) {
        if (line.words() > maxWords) {
            return Optional.empty();
        }
        String text = line.text();
        boolean match = anchored != null && anchored.matcher(text).lookingAt()
                || floating != null && floating.matcher(text).find();
        return match ? Optional.of(kind) : Optional.empty();
    }

    @Override
    public String name() {
        return name;
    }
}
