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
 *
 * <p>The floating search is cheaper still when it cannot succeed, which is on almost every line. Each floating
 * branch is read once for a <em>mandatory literal</em>: the longest run of plain characters outside any group,
 * class or quantifier ({@code "\\bcan be reached at\\b"} has {@code "can be reached at"}; {@code
 * "\\bnewsletters?\\b..."} has {@code "newsletter"}), which every match contains. A line in which no branch's
 * literal occurs (compared in {@link #fold folded case}, the way the regular expression compares case) cannot
 * match, and is not searched. When some branch has no such literal, every line is searched as before.
 */
public final class PatternRule implements LineRule {
    private final String name;
    private final Furniture kind;
    /** The top-level branches that start with {@code ^}, or null when there are none. */
    private final Pattern anchored;
    /** The other top-level branches, or null when there are none. */
    private final Pattern floating;
    private final int maxWords;
    /** One mandatory literal per floating branch, folded; null when some branch has none (no pre-check). */
    private final String[] floatingLiterals;
    /** Shortest literal worth the pre-check: shorter ones occur in too many lines to rule anything out. */
    private static final int MIN_LITERAL = 3;

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
        this.floatingLiterals = others.isEmpty() ? null : literalsOf(others, pattern.flags());
    }

    /** The folded mandatory literal of every branch, or null when one branch has none or the flags forbid it. */
    private static String[] literalsOf(List<String> branches, int flags) {
        if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return null; // white space or escapes would not mean what the scan below assumes
        }
        String[] out = new String[branches.size()];
        for (int i = 0; i < out.length; i++) {
            String literal = mandatoryLiteral(branches.get(i));
            if (literal == null || literal.length() < MIN_LITERAL) {
                return null;
            }
            out[i] = fold(literal);
        }
        return out;
    }

    /**
     * The longest run of plain characters that every match of {@code branch} contains: characters outside any
     * group and character class, not escaped, and not made optional or repeatable by a quantifier ({@code "s?"}
     * removes the s from the run). Anything the scan does not understand ends the current run, which can only make
     * the result shorter, never wrong; an inline flag group such as {@code (?x)} gives null.
     */
    static String mandatoryLiteral(String branch) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            if (c == '\\') {
                if (i + 1 < branch.length() && branch.charAt(i + 1) == 'Q') {
                    return null; // quoted text: not worth understanding here
                }
                i = skipEscape(branch, i);
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            if (c == '[') {
                i = skipClass(branch, i);
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            if (c == '(') {
                if (branch.startsWith("(?", i) && i + 2 < branch.length() && ":=!<>".indexOf(branch.charAt(i + 2)) < 0) {
                    return null; // an inline flag, such as (?x) or (?-i), changes how the rest reads
                }
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - 1); // the quantified character may be absent
                }
                if (c == '{') {
                    int close = branch.indexOf('}', i);
                    i = close < 0 ? branch.length() - 1 : close; // past "{0,80}"
                }
            } else if (depth == 0 && ".^$+|".indexOf(c) < 0) {
                run.append(c);
                i++;
                continue;
            }
            best = longer(best, run);
            run.setLength(0);
            i++;
        }
        return longer(best, run);
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** The index just past the escape sequence that starts at {@code i} (a backslash). */
    private static int skipEscape(String regex, int i) {
        int j = i + 1;
        if (j >= regex.length()) {
            return j;
        }
        char kind = regex.charAt(j);
        if ((kind == 'p' || kind == 'P' || kind == 'x' || kind == 'N') && j + 1 < regex.length()
                && regex.charAt(j + 1) == '{') {
            int close = regex.indexOf('}', j);
            return close < 0 ? regex.length() : close + 1; // \p{Lu}, \x{2014}
        }
        if (kind == 'k' && j + 1 < regex.length() && regex.charAt(j + 1) == '<') {
            int close = regex.indexOf('>', j);
            return close < 0 ? regex.length() : close + 1; // \k<name>
        }
        int length = switch (kind) {
            case 'p', 'P', 'c' -> 2; // \pL, \cM
            case 'x' -> 3; // \x41
            case 'u' -> 5; // \u2014
            default -> 1;
        };
        j = Math.min(regex.length(), j + length);
        while (j < regex.length() && (kind == '0' || Character.isDigit(kind)) && Character.isDigit(regex.charAt(j))) {
            j++; // \0 octal digits, or the further digits of a back reference
        }
        return j;
    }

    /** The index just past the character class that starts at {@code i}, nested classes and escapes included. */
    private static int skipClass(String regex, int i) {
        int depth = 0;
        int j = i;
        while (j < regex.length()) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                if (j + 1 < regex.length() && regex.charAt(j + 1) == ']') {
                    j++; // "[]...]": a leading ']' is a member
                } else if (j + 2 < regex.length() && regex.charAt(j + 1) == '^' && regex.charAt(j + 2) == ']') {
                    j += 2; // "[^]...]"
                }
            } else if (c == ']' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return j;
    }

    /**
     * Text in folded case, character by character: {@code toLowerCase(toUpperCase(c))}, which is how a
     * case-insensitive Unicode pattern compares a character with a letter of the pattern. A pattern literal
     * matches a stretch of text only if the folded literal occurs in the folded text.
     */
    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(out);
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
                || floating != null && mayMatchFloating(line) && floating.matcher(text).find();
        return match ? Optional.of(kind) : Optional.empty();
    }

    /** False when no floating branch's mandatory literal occurs in the line, so that the search would fail. */
    private boolean mayMatchFloating(LineContext line) {
        if (floatingLiterals == null) {
            return true;
        }
        String folded = line.folded();
        for (String literal : floatingLiterals) {
            if (folded.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String name() {
        return name;
    }
}
