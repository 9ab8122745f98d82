package org.dossier.fuzz;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.dossier.read.ArticleChecks;
import org.dossier.read.Limits;

/**
 * What every reader promises about what it returns, whatever the input: checked by each fuzz target after each
 * input. A broken promise throws {@link AssertionError}, which Jazzer reports as a finding.
 */
final class Invariants {
    private static final ArticleChecks CHECKS = new ArticleChecks(Limits.defaults());

    private Invariants() {
    }

    /** Articles have an id and non-blank text; issues have an origin and a one-line message. */
    static void wellFormed(List<Article> articles, List<Issue> issues) {
        for (Article a : articles) {
            check(a.id() != null && !a.id().isEmpty(), "article without id");
            check(!a.text().isBlank(), "article " + a.id() + " has blank text");
            // The per-article checks every read article goes through must not fail on it either.
            ArticleChecks.Outcome outcome = CHECKS.check(a);
            check(outcome.article() != null || outcome.skipped() != null, "check lost article " + a.id());
            if (outcome.article() != null) {
                check(outcome.article().text().length() <= Limits.DEFAULT_MAX_ARTICLE_CHARS, "text over the limit");
            }
        }
        for (Issue i : issues) {
            wellFormed(i);
        }
    }

    static void wellFormed(Issue i) {
        check(i.origin() != null && i.message() != null && !i.message().isBlank(), "issue without message: " + i);
    }

    /** {@code start..end} is a span inside a text of {@code length} characters. */
    static void span(int start, int end, int length, String what) {
        check(0 <= start && start <= end && end <= length,
                what + " span " + start + ".." + end + " outside text of " + length);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
