package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a chain of {@link LineRule}s over the lines of a page, top to bottom, and records which rule claimed each
 * line. A line that no rule claims is article text.
 *
 * <p>Lines are judged in page order so that a rule can see what was decided about the line above (a headline after
 * "Watch related report" is only furniture because of that lead-in).
 */
public final class LineClassifier {
    private final List<LineRule> rules;

    /** A classifier with the {@link StandardRules#all() standard chain}. */
    public LineClassifier() {
        this(StandardRules.all());
    }

    /** A classifier with a custom chain, asked in list order. */
    public LineClassifier(List<LineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** One decision per non-blank line of the page. */
    public List<Decision> classify(Page page) {
        List<Decision> out = new ArrayList<>(page.size());
        Furniture previous = null;
        for (int i = 0; i < page.size(); i++) {
            Decision d = judge(new LineContext(page, i, previous));
            out.add(d);
            previous = d.furniture();
        }
        return out;
    }

    /** The first rule's verdict on one line, or an article decision when no rule claims it. */
    public Decision judge(LineContext line) {
        for (LineRule rule : rules) {
            Optional<Furniture> kind = rule.judge(line);
            if (kind.isPresent()) {
                return new Decision(kind.get(), rule.name());
            }
        }
        return new Decision(null, "default");
    }

    /**
     * What the chain decided about one line.
     *
     * @param furniture the furniture kind, or null for article text
     * @param rule      the name of the deciding rule ("default" when none claimed the line)
     */
    public record Decision(Furniture furniture, String rule) {
        /** True when the line is article text. */
        public boolean isArticle() {
            return furniture == null;
        }
    }
}
