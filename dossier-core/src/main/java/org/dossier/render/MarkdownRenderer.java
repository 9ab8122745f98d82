package org.dossier.render;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Agreement;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.EntityReport;
import org.dossier.model.EventReport;
import org.dossier.model.Issue;
import org.dossier.model.QuoteReport;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;
import org.dossier.model.TimelineItem;

/**
 * Renders a briefing as CommonMark (GitHub-flavoured Markdown renders it the same way).
 *
 * <p>Layout: the headline as a level-1 heading, the facts line in italics, the summary as one paragraph, the
 * sections of the story analysis that have items as level-2 headings with bullet lists (quotes nested under their
 * speaker, stated values under their discrepancy), then "Sources" as a numbered list and "Skipped inputs" as a
 * bullet list:
 *
 * <pre>
 * # Harbour bridge reopens after storm repairs
 *
 * *2 sources · 21 words*
 *
 * The harbour bridge reopened on Monday. [\[1\]](#source-1 "The bridge opened on Monday.")[\[2\]](#source-2 "...")
 *
 * ## Sources
 *
 * 1. &lt;a id="source-1"&gt;&lt;/a&gt;Harbour Gazette — Bridge reopens — 2025-03-10 — &lt;https://gazette.example/b&gt;
 * 2. &lt;a id="source-2"&gt;&lt;/a&gt;city-hall-notice.txt
 * </pre>
 *
 * <p>Each citation mark is a link to the anchor of its source entry, with the cited source sentence as the link
 * title, so that most Markdown viewers show it on hover (the same idea as the HTML page). Footnotes
 * ({@code [^1]}) were not used because viewers renumber them by first use, which would break the agreement between
 * {@code [2]} in the text and source 2 in the list.
 *
 * <p>Article-derived text is escaped with {@link MarkdownEscaper}, so it shows literally; URLs become links only
 * when they are http or https ({@link SafeUrl}), other URLs are shown as escaped text.
 */
public final class MarkdownRenderer implements BriefingRenderer {

    @Override
    public void render(Briefing briefing, Appendable out) throws IOException {
        out.append("# ").append(MarkdownEscaper.text(BriefingFacts.headline(briefing))).append("\n\n");
        out.append('*').append(BriefingFacts.counts(briefing));
        String focus = BriefingFacts.focus(briefing);
        if (focus != null) {
            out.append(BriefingFacts.DOT).append("focus: ").append(MarkdownEscaper.text(focus));
        }
        out.append("*\n\n");

        writeSummary(briefing.summary(), out);
        writeEvents(briefing, out);
        writeTimeline(briefing, out);
        writeQuotes(briefing, out);
        writeEntities(briefing, out);
        writeAgreements(briefing, out);
        writeDiscrepancies(briefing, out);

        if (!briefing.sources().isEmpty()) {
            out.append("\n## Sources\n\n");
            writeSources(briefing.sources(), out);
        }
        if (!briefing.skipped().isEmpty()) {
            out.append("\n## Skipped inputs\n\n");
            for (Issue issue : briefing.skipped()) {
                out.append("- ").append(MarkdownEscaper.text(CleanText.oneLineOr(issue.origin(), "(unknown input)")))
                        .append(": ").append(MarkdownEscaper.text(CleanText.oneLineOr(issue.message(), "skipped")))
                        .append('\n');
            }
        }
    }

    private static void writeSummary(List<SummarySentence> summary, Appendable out) throws IOException {
        if (summary.isEmpty()) {
            out.append("*No summary: no usable sentences were found.*\n");
            return;
        }
        // One source line per paragraph: Markdown joins lines anyway, and a sentence that happened to start with
        // "1." or "#" on a fresh line would otherwise need different escaping.
        StringBuilder paragraph = new StringBuilder();
        for (SummarySentence sentence : summary) {
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(MarkdownEscaper.text(sentence.text())).append(' ');
            paragraph.append(citationLinks(sentence.citations()));
        }
        out.append(paragraph).append('\n');
    }

    /** The citation links of any cited item, one per source: {@code [\[2\]](#source-2 "...")[\[5\]](...)}. */
    static String citationLinks(List<Citation> citations) {
        StringBuilder sb = new StringBuilder();
        for (BriefingFacts.CitedSource cited : BriefingFacts.citedSources(citations)) {
            sb.append(citationLink(cited));
        }
        return sb.toString();
    }

    /** Links to the source entries of {@code sources}, without tooltips: {@code [\[1\]](#source-1)}. */
    private static String sourceLinks(List<Integer> sources) {
        StringBuilder sb = new StringBuilder();
        for (int n : sources) {
            sb.append("[\\[").append(n).append("\\]](#").append(BriefingFacts.anchor(n)).append(')');
        }
        return sb.toString();
    }

    private static void heading(String title, Appendable out) throws IOException {
        out.append("\n## ").append(title).append("\n\n");
    }

    private static void writeEvents(Briefing briefing, Appendable out) throws IOException {
        if (briefing.events().isEmpty()) {
            return;
        }
        heading(SectionFacts.EVENTS, out);
        for (EventReport e : briefing.events()) {
            out.append("- **").append(MarkdownEscaper.text(SectionFacts.eventHeading(e))).append("**  \n  ")
                    .append(MarkdownEscaper.text(e.what())).append(' ').append(citationLinks(e.citations()));
            String who = SectionFacts.eventWho(e);
            if (who != null) {
                out.append("  \n  ").append(MarkdownEscaper.text(who));
            }
            out.append("  \n  ").append(MarkdownEscaper.text(SectionFacts.eventSources(e, briefing.sources().size())))
                    .append(' ').append(sourceLinks(e.sources())).append('\n');
        }
    }

    private static void writeTimeline(Briefing briefing, Appendable out) throws IOException {
        if (briefing.timeline().isEmpty()) {
            return;
        }
        heading(SectionFacts.TIMELINE, out);
        for (TimelineItem t : briefing.timeline()) {
            out.append("- **").append(MarkdownEscaper.text(SectionFacts.timelineDate(t.date(), t.precision())));
            String event = CleanText.oneLine(t.eventId());
            if (event != null) {
                out.append(" (").append(MarkdownEscaper.text(event)).append(')');
            }
            out.append("**: ").append(MarkdownEscaper.text(t.text())).append(' ')
                    .append(citationLinks(t.citations())).append('\n');
        }
    }

    private static void writeQuotes(Briefing briefing, Appendable out) throws IOException {
        if (briefing.quotes().isEmpty()) {
            return;
        }
        heading(SectionFacts.QUOTES, out);
        for (SectionFacts.SpeakerQuotes group : SectionFacts.bySpeaker(briefing.quotes())) {
            out.append("- **").append(MarkdownEscaper.text(group.label())).append("**\n");
            for (QuoteReport q : group.quotes()) {
                out.append("  - ").append(MarkdownEscaper.text(SectionFacts.quoteText(q)));
                String also = SectionFacts.alsoAttributed(q);
                if (also != null) {
                    out.append(" *(").append(MarkdownEscaper.text(also)).append(")*");
                }
                out.append(' ').append(citationLinks(q.citations())).append('\n');
            }
        }
    }

    private static void writeEntities(Briefing briefing, Appendable out) throws IOException {
        if (briefing.entities().isEmpty()) {
            return;
        }
        heading(SectionFacts.ENTITIES, out);
        for (EntityReport e : briefing.entities()) {
            out.append("- **").append(MarkdownEscaper.text(e.name())).append("**: ")
                    .append(MarkdownEscaper.text(SectionFacts.entityDetails(e))).append(' ')
                    .append(citationLinks(e.citations())).append('\n');
        }
    }

    private static void writeAgreements(Briefing briefing, Appendable out) throws IOException {
        if (briefing.agreements().isEmpty()) {
            return;
        }
        heading(SectionFacts.AGREEMENT, out);
        for (Agreement a : briefing.agreements()) {
            out.append("- ").append(MarkdownEscaper.text(a.claim())).append(" *")
                    .append(SectionFacts.agreementCount(a.sourceCount(), a.sourceTotal())).append("* ")
                    .append(citationLinks(a.citations())).append('\n');
        }
    }

    private static void writeDiscrepancies(Briefing briefing, Appendable out) throws IOException {
        if (briefing.discrepancies().isEmpty()) {
            return;
        }
        heading(SectionFacts.DISCREPANCIES, out);
        for (Discrepancy d : briefing.discrepancies()) {
            out.append("- **").append(MarkdownEscaper.text(SectionFacts.discrepancyHeading(d))).append("**:");
            for (int i = 0; i < d.values().size(); i++) {
                Discrepancy.StatedValue v = d.values().get(i);
                if (i > 0) {
                    out.append(' ').append(SectionFacts.VERSUS);
                }
                out.append(' ').append(MarkdownEscaper.text(SectionFacts.quoted(v.value()))).append(' ')
                        .append(citationLinks(v.citations()));
            }
            out.append('\n');
        }
    }

    /** {@code [\[2\]](#source-2 "cited sentence")}: the escaped brackets make the link text read "[2]". */
    static String citationLink(BriefingFacts.CitedSource cited) {
        StringBuilder sb = new StringBuilder();
        sb.append("[\\[").append(cited.source()).append("\\]](#").append(BriefingFacts.anchor(cited.source()));
        String tooltip = cited.tooltip();
        if (!tooltip.isEmpty()) {
            sb.append(" \"").append(MarkdownEscaper.linkTitle(tooltip)).append('"');
        }
        return sb.append(')').toString();
    }

    private static void writeSources(List<SourceRef> sources, Appendable out) throws IOException {
        // Markdown numbers an ordered list itself, counting up from the first item. That matches the citation
        // numbers when sources are numbered 1, 2, 3...; otherwise write the numbers explicitly in a bullet list.
        boolean consecutive = true;
        for (int i = 1; i < sources.size(); i++) {
            consecutive &= sources.get(i).number() == sources.get(i - 1).number() + 1;
        }
        for (SourceRef s : sources) {
            if (consecutive) {
                out.append(Integer.toString(s.number())).append(". ");
            } else {
                out.append("- **\\[").append(Integer.toString(s.number())).append("\\]** ");
            }
            out.append("<a id=\"").append(BriefingFacts.anchor(s.number())).append("\"></a>");
            List<SourceLabel.Part> parts = SourceLabel.parts(s);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.append(SourceLabel.SEPARATOR);
                }
                // Escape each part on its own: a part that starts with "1." must not look like a list item.
                out.append(MarkdownEscaper.text(parts.get(i).text()));
            }
            Optional<String> link = SafeUrl.forLink(s.url());
            String url = CleanText.oneLine(s.url());
            if (link.isPresent()) {
                out.append(SourceLabel.SEPARATOR).append('<').append(link.get()).append('>');
            } else if (url != null) {
                out.append(SourceLabel.SEPARATOR).append(MarkdownEscaper.text(url));
            }
            out.append('\n');
        }
    }
}
