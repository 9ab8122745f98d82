package org.dossier.render;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Briefing;
import org.dossier.model.Issue;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;

/**
 * Renders a briefing as CommonMark (GitHub-flavoured Markdown renders it the same way).
 *
 * <p>Layout: the headline as a level-1 heading, the facts line in italics, the summary as one paragraph, then
 * "Sources" as a numbered list and "Skipped inputs" as a bullet list:
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
            for (BriefingFacts.CitedSource cited : BriefingFacts.citedSources(sentence)) {
                paragraph.append(citationLink(cited));
            }
        }
        out.append(paragraph).append('\n');
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
