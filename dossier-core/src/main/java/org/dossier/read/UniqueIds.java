package org.dossier.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/**
 * Keeps article ids unique within one run. Two inputs may both carry {@code "id": "42"}: both articles are kept
 * (an id is a label chosen by a stranger, not proof that two texts are the same article), and the later one is
 * renamed after where it was read ({@code feed.jsonl#7}), with a note. {@code dossier ingest} agrees: its store
 * keys articles by URL or text, never by the input's id, so both are stored there too.
 */
final class UniqueIds {
    private final Map<String, String> firstOrigin = new HashMap<>();

    /** {@code article}, or a copy under a new id when its id was seen before (the rename is added to notes). */
    Article unique(Article article, List<Issue> notes) {
        String origin = article.origin() != null ? article.origin() : article.id();
        String first = firstOrigin.putIfAbsent(article.id(), origin);
        if (first == null) {
            return article;
        }
        String id = origin;
        for (int n = 2; firstOrigin.containsKey(id); n++) {
            id = origin + "~" + n;
        }
        firstOrigin.put(id, origin);
        notes.add(new Issue(origin, "duplicate id '" + article.id() + "' (first used by " + first
                + "): kept as '" + id + "'"));
        return new Article(id, article.title(), article.text(), article.outlet(), article.byline(),
                article.published(), article.url(), article.origin());
    }
}
