package org.dossier.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises lines that consist of nothing but a known label, such as "Accessibility links" or "please wait".
 *
 * <p>Lines and phrases are compared in {@link LineFeatures#normalise normalised} form, so case, punctuation and a
 * trailing colon do not matter. The whole line must match: a sentence that merely contains "breaking news" is
 * never dropped by this rule.
 */
public final class PhraseRule implements LineRule {
    private final String name;
    private final Furniture kind;
    private final Set<String> phrases = new HashSet<>();

    /** A rule that labels a line as {@code kind} when it equals one of {@code phrases}. */
    public PhraseRule(String name, Furniture kind, List<String> phrases) {
        this.name = name;
        this.kind = kind;
        for (String p : phrases) {
            this.phrases.add(LineFeatures.normalise(p));
        }
    }

    @Override
    public Optional<Furniture> judge(LineContext line) {
        return phrases.contains(line.normalised()) ? Optional.of(kind) : Optional.empty();
    }

    @Override
    public String name() {
        return name;
    }
}
