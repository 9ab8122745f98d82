package org.dossier.read;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/**
 * The checks every article read from outside goes through, the same for {@code brief} and {@code ingest}, after
 * its reader and before cleaning:
 *
 * <ul>
 *   <li><b>Length</b>: a text over {@link Limits#maxArticleChars()} is cut at the last paragraph break (else
 *       sentence end, else space) before the limit and kept, with a note;</li>
 *   <li><b>Date in the future</b>: a publication date more than a day after today (a day of slack for time
 *       zones) is a placeholder or a typo. The article is kept but its date is dropped, with a note: a false date
 *       would put the article's relative dates ("yesterday") and its place in the timeline in the future;</li>
 *   <li><b>Language</b>: with {@link Limits#englishOnly()}, an article that {@link LanguageGuess} finds clearly
 *       not English is skipped with a report, since every later stage reads English.</li>
 * </ul>
 *
 * <p>Checking twice changes nothing (a cut text is under the limit, a dropped date is gone), so a reader that
 * calls another reader may check too. Stateless apart from its settings, and thread-safe.
 */
public final class ArticleChecks {
    private final Limits limits;
    private final Clock clock;

    /** Checks against {@code limits}, with today's date from the system clock. */
    public ArticleChecks(Limits limits) {
        this(limits, Clock.systemDefaultZone());
    }

    /** Checks against {@code limits}, with today's date from {@code clock} (tests fix the day). */
    public ArticleChecks(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * The outcome for one article.
     *
     * @param article the article to use, possibly changed (cut text, dropped date); null when skipped
     * @param skipped why the article was skipped, or null
     * @param notes   what was changed in a kept article, one line each
     */
    public record Outcome(Article article, Issue skipped, List<Issue> notes) {
        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    /** Checks one article. */
    public Outcome check(Article article) {
        String where = article.origin() != null ? article.origin() : article.id();
        List<Issue> notes = new ArrayList<>(2);
        if (limits.englishOnly()) {
            var language = LanguageGuess.notEnglish(article.text());
            if (language.isPresent()) {
                return new Outcome(null, new Issue(where, "not English (looks like " + language.get()
                        + "); --any-language keeps such articles"), List.of());
            }
        }
        Article out = article;
        if (out.text().length() > limits.maxArticleChars()) {
            int length = out.text().length();
            out = out.withText(cut(out.text(), limits.maxArticleChars()));
            notes.add(new Issue(where, "text cut to " + out.text().length() + " of its " + length
                    + " characters (limit " + limits.maxArticleChars() + "; --max-article-chars)"));
        }
        LocalDate today = LocalDate.now(clock);
        if (out.published() != null && out.published().isAfter(today.plusDays(1))) {
            notes.add(new Issue(where, "publication date " + out.published() + " is in the future: ignored"));
            out = new Article(out.id(), out.title(), out.text(), out.outlet(), out.byline(), null, out.url(),
                    out.origin());
        }
        return new Outcome(out, null, notes);
    }

    /** {@code text} cut to at most {@code max} characters at the best break in the second half of the window. */
    static String cut(String text, int max) {
        int floor = max / 2;
        int paragraph = text.lastIndexOf("\n\n", max);
        if (paragraph >= floor) {
            return text.substring(0, paragraph).strip();
        }
        for (int i = max - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return text.substring(0, i + 1);
            }
        }
        for (int i = max; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i).strip();
            }
        }
        // No break at all in half the limit: cut hard, but never between the two halves of a surrogate pair.
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
