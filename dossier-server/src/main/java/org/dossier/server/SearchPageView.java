package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchResults;
import org.dossier.store.StoryGroup;

/** The search page: the search box's results, grouped by story, best group first. */
final class SearchPageView {
    private SearchPageView() {
    }

    /** The page for an empty search box: just the prompt. */
    static String empty() {
        return PageLayout.page("Search", null, "<h1>Search</h1>\n<p class=\"empty\">Type words in the search box: "
                + "all of them must match; use \"quotes\" for a phrase, a | b for either, -word to exclude.</p>\n");
    }

    static String render(String query, SearchResults results, Map<String, String> headlines) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>Search: <q>").append(Html.text(query)).append("</q></h1>\n<p class=\"facts\">")
                .append(results.matched()).append(results.matched() == 1 ? " article matches" : " articles match");
        if (!results.groups().isEmpty()) {
            out.append(", in ").append(results.groups().size())
                    .append(results.groups().size() == 1 ? " group" : " groups").append(" (best first)");
        }
        out.append("</p>\n");
        if (results.groups().isEmpty()) {
            out.append("<p class=\"empty\">Nothing found. Fewer or other words may help.</p>\n");
        }
        out.append("<ol class=\"results\">\n");
        for (StoryGroup g : results.groups()) {
            out.append("<li class=\"group\">");
            if (g.story() != null) {
                String headline = headlines.get(g.story());
                if (headline == null) {
                    headline = g.hits().get(0).article().article().title();
                }
                out.append("<h2><a href=\"/stories/").append(Html.text(g.story())).append("\" dir=\"auto\">")
                        .append(Html.text(headline != null ? headline : "Story " + g.story()))
                        .append("</a> <span class=\"story-id\">").append(Html.text(g.story())).append("</span></h2>\n");
            } else {
                out.append("<h2>Not in a story yet</h2>\n");
            }
            out.append("<ul class=\"hits\">\n");
            for (SearchHit h : g.hits()) {
                Article a = h.article().article();
                out.append("<li><a href=\"/articles/").append(Html.text(h.article().id())).append("\" dir=\"auto\">")
                        .append(Html.text(a.title() != null ? a.title() : "(no title)")).append("</a>");
                List<String> bits = new ArrayList<>();
                if (a.outlet() != null) {
                    bits.add(a.outlet());
                }
                if (a.published() != null) {
                    bits.add(Dates.day(a.published()));
                }
                if (!bits.isEmpty()) {
                    out.append(" <span class=\"meta\">").append(Html.text(String.join(" · ", bits))).append("</span>");
                }
                out.append("<p class=\"snippet\" dir=\"auto\">").append(snippet(h.snippet())).append("</p></li>\n");
            }
            out.append("</ul></li>\n");
        }
        out.append("</ol>\n");
        return PageLayout.page("Search: " + query, query, out.toString());
    }

    /**
     * The snippet with its matched words, which the store marks {@code [like this]}, highlighted. Each piece is
     * escaped on its own, so the markup added here is the only markup in the result.
     */
    static String snippet(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf('[', i);
            int close = open < 0 ? -1 : snippet.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                out.append(Html.text(snippet.substring(i)));
                break;
            }
            out.append(Html.text(snippet.substring(i, open))).append("<mark>")
                    .append(Html.text(snippet.substring(open + 1, close))).append("</mark>");
            i = close + 1;
        }
        return out.toString();
    }
}
