package org.dossier.server;

import java.util.List;
import java.util.Locale;
import org.dossier.store.StoredStory;
import org.dossier.store.StoryOrder;

/** The home page: the stories of the store, newest or biggest first, a page at a time. */
final class StoryListPage {
    private StoryListPage() {
    }

    static String render(StoryOrder order, int offset, int limit, StoreService.StoryPage page) {
        String sort = order.name().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        out.append("<h1>Stories</h1>\n<nav class=\"switch\" aria-label=\"Sort stories\">");
        for (StoryOrder o : StoryOrder.values()) {
            String name = o.name().toLowerCase(Locale.ROOT);
            String label = o == StoryOrder.NEWEST ? "Newest" : "Biggest";
            out.append("<a href=\"/?sort=").append(name).append('"');
            if (o == order) {
                out.append(" aria-current=\"page\"");
            }
            out.append('>').append(label).append("</a>");
        }
        out.append("</nav>\n");
        if (page.total() == 0) {
            out.append("<p class=\"empty\">No stories yet. Add articles with <code>dossier ingest</code>; they are "
                    + "grouped into stories as they arrive.</p>\n");
            return PageLayout.page("Stories", null, out.toString());
        }
        out.append("<p class=\"facts\">").append(page.total()).append(page.total() == 1 ? " story" : " stories")
                .append(offset > 0 || page.stories().size() < page.total()
                        ? ", showing " + (Math.min(offset, page.total()) + 1) + "–"
                        + (Math.min(offset, page.total()) + page.stories().size()) : "")
                .append("</p>\n<ol class=\"stories\">\n");
        for (StoredStory s : page.stories()) {
            out.append("<li class=\"story\"><a class=\"headline\" href=\"/stories/").append(Html.text(s.id()))
                    .append("\">").append(Html.text(s.headline() != null ? s.headline() : "(no headline)"))
                    .append("</a>\n<p class=\"meta\">").append(meta(s)).append("</p></li>\n");
        }
        out.append("</ol>\n");
        pager(out, sort, offset, limit, page.total());
        return PageLayout.page("Stories", null, out.toString());
    }

    /** "12 articles · 5 sources: A, B, C and 2 more · 10–14 March 2025", escaped; no sources part when none is named. */
    static String meta(StoredStory s) {
        StringBuilder m = new StringBuilder();
        m.append("<span class=\"size\">").append(s.size()).append(s.size() == 1 ? " article" : " articles")
                .append("</span>");
        List<String> names = s.sources();
        if (!names.isEmpty()) {
            m.append(" · <span class=\"sources\">").append(names.size()).append(names.size() == 1 ? " source: "
                    : " sources: ").append(Html.text(String.join(", ", names.subList(0, Math.min(3, names.size())))));
            if (names.size() > 3) {
                m.append(" and ").append(names.size() - 3).append(" more");
            }
            m.append("</span>");
        }
        m.append(" · <span class=\"span\">").append(Html.text(Dates.span(s.first(), s.last()))).append("</span>");
        return m.toString();
    }

    private static void pager(StringBuilder out, String sort, int offset, int limit, int total) {
        boolean newer = offset > 0;
        boolean older = offset + limit < total;
        if (!newer && !older) {
            return;
        }
        out.append("<nav class=\"pager\" aria-label=\"More stories\">");
        if (newer) {
            out.append("<a href=\"/?sort=").append(sort).append("&amp;offset=").append(Math.max(0, offset - limit))
                    .append("&amp;limit=").append(limit).append("\">← Previous</a>");
        }
        if (older) {
            out.append("<a href=\"/?sort=").append(sort).append("&amp;offset=").append(offset + limit)
                    .append("&amp;limit=").append(limit).append("\">Next →</a>");
        }
        out.append("</nav>\n");
    }
}
