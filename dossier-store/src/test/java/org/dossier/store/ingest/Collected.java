package org.dossier.store.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/** A sink that keeps what a source produced, for assertions. */
final class Collected implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<Issue> skipped = new ArrayList<>();
    long position;

    static Collected from(ArticleSource source) throws IOException {
        Collected c = new Collected();
        source.read(c);
        return c;
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void skipped(Issue issue) {
        skipped.add(issue);
    }

    @Override
    public void position(long bytes) {
        position = bytes;
    }

    String messages() {
        return skipped.toString();
    }
}
