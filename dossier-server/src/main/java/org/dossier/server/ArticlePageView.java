package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.store.StoredArticle;

/** One stored article: its metadata, a link back to its story, and its cleaned text paragraph by paragraph. */
final class ArticlePageView {
    private ArticlePageView() {
    }

    static String render(StoredArticle stored) {
        Article a = stored.article();
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"stored\">\n<h1 dir=\"auto\">")
                .append(Html.text(a.title() != null ? a.title() : "(no title)")).append("</h1>\n<p class=\"meta\">");
        List<String> bits = new ArrayList<>();
        for (String s : new String[] {a.outlet(), a.byline(), a.published() == null ? null : Dates.day(a.published())}) {
            if (s != null && !s.isBlank()) {
                bits.add(s);
            }
        }
        out.append(Html.text(String.join(" · ", bits)));
        if (stored.story() != null) {
            out.append(bits.isEmpty() ? "" : " · ").append("story <a href=\"/stories/")
                    .append(Html.text(stored.story())).append("\">").append(Html.text(stored.story())).append("</a>");
        }
        if (stored.duplicateOf() != null) {
            out.append(" · near-duplicate of <a href=\"/articles/").append(Html.text(stored.duplicateOf()))
                    .append("\">").append(Html.text(stored.duplicateOf())).append("</a>");
        }
        out.append(StoryPageView.url(a.url())).append("</p>\n<div class=\"text\">\n");
        for (String paragraph : a.text().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                out.append("<p dir=\"auto\">").append(Html.text(paragraph.strip())).append("</p>\n");
            }
        }
        out.append("</div>\n</article>\n");
        return PageLayout.page(a.title() != null ? a.title() : "Article " + stored.id(), null, out.toString());
    }
}
