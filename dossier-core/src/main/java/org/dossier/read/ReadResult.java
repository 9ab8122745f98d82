package org.dossier.read;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/**
 * What reading produced: the usable articles, the inputs (or parts of inputs) that were skipped and why, and notes
 * on articles that were kept but changed on the way (a text cut to the length limit, a future date dropped, an id
 * renamed because another input used it first).
 *
 * @param articles articles in input order
 * @param skipped  problems met, one per skipped file or line
 * @param notes    changes made to kept articles, one line each
 */
public record ReadResult(List<Article> articles, List<Issue> skipped, List<Issue> notes) {
    public ReadResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** A result without notes: what every reader returns. */
    public ReadResult(List<Article> articles, List<Issue> skipped) {
        this(articles, skipped, List.of());
    }

    /** A result with the articles, problems and notes of both, in order. */
    public ReadResult plus(ReadResult other) {
        List<Article> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<Issue> s = new ArrayList<>(skipped);
        s.addAll(other.skipped);
        List<Issue> n = new ArrayList<>(notes);
        n.addAll(other.notes);
        return new ReadResult(a, s, n);
    }

    /** A result holding one skipped input. */
    public static ReadResult skipped(String origin, String message) {
        return new ReadResult(List.of(), List.of(new Issue(origin, message)));
    }
}
