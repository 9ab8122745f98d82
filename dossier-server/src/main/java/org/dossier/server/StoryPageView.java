package org.dossier.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Agreement;
import org.dossier.model.Briefing;
import org.dossier.model.Discrepancy;
import org.dossier.model.EntityReport;
import org.dossier.model.EventReport;
import org.dossier.model.QuoteReport;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineItem;
import org.dossier.store.StoredArticle;

/**
 * The story page: the full briefing of one story, then the story's articles.
 *
 * <p>Sections in reading order: the summary, events, timeline, quotes by speaker, who is who, agreement,
 * discrepancies, sources. Every item ends with its {@link CitationMarks}. Sections without items are left out,
 * except the summary, which says so when it is empty. When the story has more articles than the server briefs,
 * the page says how many were left out and why.
 */
final class StoryPageView {
    private final StoryBriefing story;
    private final Briefing briefing;
    private final CitationMarks marks;
    private final StringBuilder out = new StringBuilder(16_384);

    private StoryPageView(StoryBriefing story) {
        this.story = story;
        this.briefing = story.briefing();
        this.marks = new CitationMarks(briefing.sources());
    }

    static String render(StoryBriefing story) {
        return new StoryPageView(story).render();
    }

    private String render() {
        String headline = story.story().headline() != null ? story.story().headline() : briefing.headline();
        out.append("<article class=\"briefing\">\n<h1 dir=\"auto\">").append(Html.text(headline)).append("</h1>\n");
        out.append("<p class=\"meta\">").append(StoryListPage.meta(story.story())).append("</p>\n");
        coverage();
        summary();
        events();
        timeline();
        quotes();
        entities();
        agreements();
        discrepancies();
        sources();
        articles();
        out.append("</article>\n");
        return PageLayout.page(headline == null ? "Story " + story.story().id() : headline, null, out.toString());
    }

    /**
     * Says which articles the briefing covers: always the cap (so a reader knows a big story is not briefed in
     * full), and how many articles were left out and why when some were.
     */
    private void coverage() {
        int capped = story.cappedOut();
        int copies = story.copiesLeftOut();
        int all = story.articles().size();
        if (capped == 0 && copies == 0) {
            out.append("<p class=\"facts\">Briefing of ").append(all == 1 ? "its article" : "all " + all + " articles")
                    .append(" (this server briefs at most the newest ").append(story.maxArticles())
                    .append(" articles of a story).</p>\n");
            return;
        }
        out.append("<p class=\"notice\">This briefing covers ").append(story.briefed().size()).append(" of the ")
                .append(all).append(" articles");
        List<String> why = new ArrayList<>();
        if (capped > 0) {
            why.add("the newest " + story.maxArticles() + " are briefed (" + capped + " older left out)");
        }
        if (copies > 0) {
            why.add(copies + (copies == 1 ? " near-duplicate copy" : " near-duplicate copies")
                    + " of other articles left out");
        }
        out.append(": ").append(Html.text(String.join("; ", why))).append(".</p>\n");
    }

    private void summary() {
        out.append("<section class=\"summary\" aria-labelledby=\"h-summary\">\n<h2 id=\"h-summary\">Summary</h2>\n");
        if (briefing.summary().isEmpty()) {
            out.append("<p class=\"empty\">No summary: no usable sentences were found.</p>\n</section>\n");
            return;
        }
        out.append("<p>");
        for (SummarySentence s : briefing.summary()) {
            out.append("<span class=\"sentence\" dir=\"auto\">").append(Html.text(s.text())).append("</span>")
                    .append(marks.marks(s.citations())).append('\n');
        }
        out.append("</p>\n</section>\n");
    }

    private void open(String cssClass, String title) {
        out.append("<section class=\"").append(cssClass).append("\" aria-labelledby=\"h-").append(cssClass)
                .append("\">\n<h2 id=\"h-").append(cssClass).append("\">").append(title).append("</h2>\n");
    }

    private void events() {
        if (briefing.events().isEmpty()) {
            return;
        }
        open("events", "Events");
        out.append("<ul>\n");
        for (EventReport e : briefing.events()) {
            out.append("<li><p class=\"heading\">").append(Html.text(eventHeading(e))).append("</p>");
            out.append("<p dir=\"auto\">").append(Html.text(e.what())).append(marks.marks(e.citations()))
                    .append("</p>");
            if (!e.who().isEmpty()) {
                out.append("<p class=\"who\">Who: ").append(Html.text(String.join(", ", e.who()))).append("</p>");
            }
            int total = briefing.sources().size();
            out.append("<p class=\"reported\">Reported by ").append(e.sources().size()).append(" of ").append(total)
                    .append(total == 1 ? " source " : " sources ").append(marks.sourceLinks(e.sources()))
                    .append("</p></li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    /** "E1 · Mon 10 March 2025 · Port Essling · 90 minutes". */
    static String eventHeading(EventReport e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.id());
        if (e.when() != null) {
            parts.add(Dates.weekday(e.when()) + (e.whenFromPublication() ? " (date of the first report)" : ""));
        } else if (e.whenStated() != null) {
            parts.add(e.whenStated());
        }
        if (e.where() != null) {
            parts.add(e.where());
        }
        if (e.duration() != null) {
            parts.add(e.duration());
        }
        return String.join(" · ", parts);
    }

    private void timeline() {
        if (briefing.timeline().isEmpty()) {
            return;
        }
        open("timeline", "Timeline");
        out.append("<ol>\n");
        for (TimelineItem t : briefing.timeline()) {
            out.append("<li><time datetime=\"").append(t.date()).append("\">")
                    .append(Html.text(Dates.atPrecision(t.date(), t.precision()))).append("</time>");
            if (t.eventId() != null) {
                out.append(" <span class=\"event-id\">").append(Html.text(t.eventId())).append("</span>");
            }
            out.append("<p dir=\"auto\">").append(Html.text(t.text())).append(marks.marks(t.citations()))
                    .append("</p></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private void quotes() {
        if (briefing.quotes().isEmpty()) {
            return;
        }
        open("quotes", "Quotes");
        Map<String, List<QuoteReport>> bySpeaker = new LinkedHashMap<>();
        for (QuoteReport q : briefing.quotes()) {
            bySpeaker.computeIfAbsent(speakerLabel(q), k -> new ArrayList<>()).add(q);
        }
        out.append("<dl>\n");
        for (Map.Entry<String, List<QuoteReport>> e : bySpeaker.entrySet()) {
            out.append("<dt dir=\"auto\">").append(Html.text(e.getKey())).append("</dt>\n");
            for (QuoteReport q : e.getValue()) {
                out.append("<dd class=\"").append(q.kind().equals("indirect") ? "indirect" : "direct")
                        .append("\"><span dir=\"auto\">").append(Html.text(quoteText(q))).append("</span>");
                if (!q.otherSpeakers().isEmpty()) {
                    out.append(" <em>(also attributed to ").append(Html.text(String.join(", ", q.otherSpeakers())))
                            .append(")</em>");
                }
                out.append(marks.marks(q.citations())).append("</dd>\n");
            }
        }
        out.append("</dl>\n</section>\n");
    }

    private static String speakerLabel(QuoteReport q) {
        if (q.speaker() == null) {
            return "Not attributed";
        }
        return q.anonymous() ? q.speaker() + " (not named)" : q.speaker();
    }

    /** Direct and partial quotes in quotation marks; reported speech marked as a paraphrase. */
    private static String quoteText(QuoteReport q) {
        return q.kind().equals("indirect") ? "(paraphrase) " + q.text() : "“" + q.text() + "”";
    }

    private void entities() {
        if (briefing.entities().isEmpty()) {
            return;
        }
        open("entities", "Who is who");
        out.append("<ul>\n");
        for (EntityReport e : briefing.entities()) {
            out.append("<li><strong dir=\"auto\">").append(Html.text(e.name())).append("</strong> <span class=\"kind\">")
                    .append(Html.text(e.kind())).append("</span>");
            if (!e.aliases().isEmpty()) {
                out.append(" · also: ").append(Html.text(String.join(", ", e.aliases())));
            }
            int n = e.mentions().size();
            out.append(" · mentioned by ").append(n).append(n == 1 ? " source" : " sources")
                    .append(marks.marks(e.citations())).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void agreements() {
        if (briefing.agreements().isEmpty()) {
            return;
        }
        open("agreements", "Agreement");
        out.append("<ul>\n");
        for (Agreement a : briefing.agreements()) {
            out.append("<li><span dir=\"auto\">").append(Html.text(a.claim())).append("</span> <em>reported by ")
                    .append(a.sourceCount()).append(" of ").append(a.sourceTotal()).append("</em>")
                    .append(marks.marks(a.citations())).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void discrepancies() {
        if (briefing.discrepancies().isEmpty()) {
            return;
        }
        open("discrepancies", "Discrepancies");
        out.append("<ul>\n");
        for (Discrepancy d : briefing.discrepancies()) {
            String verdict = d.verdict().name().toLowerCase(Locale.ROOT);
            out.append("<li class=\"").append(verdict).append("\"><strong dir=\"auto\">").append(Html.text(d.subject()))
                    .append("</strong> <span class=\"verdict\">").append(verdict).append("</span>: ");
            for (int i = 0; i < d.values().size(); i++) {
                Discrepancy.StatedValue v = d.values().get(i);
                if (i > 0) {
                    out.append(" <span class=\"versus\">versus</span> ");
                }
                out.append("<q dir=\"auto\">").append(Html.text(v.value())).append("</q>")
                        .append(marks.marks(v.citations()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void sources() {
        if (briefing.sources().isEmpty()) {
            return;
        }
        open("sources", "Sources");
        out.append("<ol>\n");
        for (SourceRef s : briefing.sources()) {
            out.append("<li id=\"source-").append(s.number()).append("\" value=\"").append(s.number()).append("\">");
            sourceLine(s.outlet(), s.title(), s.byline(), s.published() == null ? null : Dates.day(s.published()));
            out.append(' ').append(articleLink(s.id())).append(url(s.url())).append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    /** Briefed sources carry the article's input id; link to the stored article when it is one of ours. */
    private String articleLink(String inputId) {
        for (StoredArticle a : story.briefed()) {
            if (a.article().id().equals(inputId)) {
                return "<a class=\"text-link\" href=\"/articles/" + Html.text(a.id()) + "\">text</a>";
            }
        }
        return "";
    }

    private void sourceLine(String outlet, String title, String byline, String date) {
        List<String> parts = new ArrayList<>();
        if (outlet != null && !outlet.isBlank()) {
            parts.add("<span class=\"outlet\">" + Html.text(outlet) + "</span>");
        }
        if (title != null && !title.isBlank()) {
            parts.add("<cite dir=\"auto\">" + Html.text(title) + "</cite>");
        }
        if (byline != null && !byline.isBlank()) {
            parts.add("<span class=\"byline\">" + Html.text(byline) + "</span>");
        }
        if (date != null) {
            parts.add("<span class=\"date\">" + Html.text(date) + "</span>");
        }
        out.append(parts.isEmpty() ? "(untitled)" : String.join(" · ", parts));
    }

    /** A link only for http(s) URLs; any other URL is shown as inert text so the reader knows it exists. */
    static String url(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        return Html.linkable(url)
                .map(u -> "<br><a class=\"url\" href=\"" + Html.text(u) + "\" rel=\"noopener noreferrer nofollow\">"
                        + Html.text(u) + "</a>")
                .orElse("<br><span class=\"url inert\">" + Html.text(url) + "</span>");
    }

    private void articles() {
        open("articles", "Articles in this story");
        out.append("<ol class=\"article-list\">\n");
        for (StoredArticle a : story.articles()) {
            out.append("<li><a href=\"/articles/").append(Html.text(a.id())).append("\" dir=\"auto\">")
                    .append(Html.text(a.article().title() != null ? a.article().title() : "(no title)"))
                    .append("</a> <span class=\"meta\">");
            List<String> bits = new ArrayList<>();
            if (a.article().outlet() != null) {
                bits.add(a.article().outlet());
            }
            if (a.article().published() != null) {
                bits.add(Dates.day(a.article().published()));
            }
            if (a.duplicateOf() != null) {
                bits.add("near-duplicate copy");
            }
            if (!story.briefed().contains(a)) {
                bits.add("not briefed");
            }
            out.append(Html.text(String.join(" · ", bits))).append("</span></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }
}
