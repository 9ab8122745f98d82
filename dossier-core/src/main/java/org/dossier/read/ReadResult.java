package org.dossier.read;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/**
 * What reading produced: the usable articles, and the inputs (or parts of inputs) that were skipped and why.
 *
 * @param articles articles in input order
 * @param skipped  problems met, one per skipped file or line
 */
public record ReadResult(List<Article> articles, List<Issue> skipped) {
    public ReadResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    /** A result with the articles and problems of both, in order. */
    public ReadResult plus(ReadResult other) {
        List<Article> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<Issue> s = new ArrayList<>(skipped);
        s.addAll(other.skipped);
        return new ReadResult(a, s);
    }

    /** A result holding one skipped input. */
    public static ReadResult skipped(String origin, String message) {
        return new ReadResult(List.of(), List.of(new Issue(origin, message)));
    }
}
