package org.dossier.clean;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises furniture by a regular expression found in a short line, such as "contributed to this report" or
 * "can be reached at".
 *
 * <p>The word limit protects article sentences: a credit or a prompt is short, so a long line that happens to
 * contain the pattern stays.
 */
public final class PatternRule implements LineRule {
    private final String name;
    private final Furniture kind;
    private final Pattern pattern;
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
        this.pattern = pattern;
        this.maxWords = maxWords;
    }

    @Override
    public Optional<Furniture> judge(LineContext line) {
        if (line.words() > maxWords) {
            return Optional.empty();
        }
        return pattern.matcher(line.text()).find() ? Optional.of(kind) : Optional.empty();
    }

    @Override
    public String name() {
        return name;
    }
}
