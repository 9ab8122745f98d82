package org.dossier.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Citation;
import org.dossier.model.SourceRef;

/**
 * Writes the citation marks after a briefing item: one {@code [n]} per cited source, each of which reveals the
 * source sentences it stands for.
 *
 * <p>A mark is a {@code <button>} followed by a hidden note holding the source's name and the cited sentences.
 * The note shows on hover and keyboard focus through CSS alone, and {@code app.js} toggles it on click or tap
 * (and sets {@code aria-expanded}), so that it stays open while the reader compares. Without JavaScript the
 * hover and focus still work. The sentences are article text, so they are escaped like everything else.
 */
final class CitationMarks {
    private final Map<Integer, SourceRef> sources = new LinkedHashMap<>();
    private int next;

    CitationMarks(List<SourceRef> sources) {
        for (SourceRef s : sources) {
            this.sources.putIfAbsent(s.number(), s);
        }
    }

    /** The marks for {@code citations}, sources in order of first citation, sentences of one source together. */
    String marks(List<Citation> citations) {
        Map<Integer, List<String>> bySource = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<String> texts = bySource.computeIfAbsent(c.source(), n -> new ArrayList<>());
            if (c.text() != null && !c.text().isBlank() && !texts.contains(c.text())) {
                texts.add(c.text());
            }
        }
        StringBuilder out = new StringBuilder("<span class=\"cites\">");
        for (Map.Entry<Integer, List<String>> e : bySource.entrySet()) {
            String id = "cite-" + (++next);
            SourceRef source = sources.get(e.getKey());
            out.append("<span class=\"cite\"><button type=\"button\" class=\"cite-mark\" aria-expanded=\"false\" ")
                    .append("aria-controls=\"").append(id).append("\" aria-label=\"Source ").append(e.getKey())
                    .append("\">[").append(e.getKey()).append("]</button>")
                    .append("<span class=\"evidence\" id=\"").append(id).append("\" role=\"note\">")
                    .append("<span class=\"evidence-source\">[").append(e.getKey()).append("] ")
                    .append(Html.text(source == null ? "source " + e.getKey() : SourceNames.shortName(source)))
                    .append("</span>");
            for (String text : e.getValue()) {
                out.append("<span class=\"evidence-text\">").append(Html.text(text)).append("</span>");
            }
            out.append("</span></span>");
        }
        return out.append("</span>").toString();
    }

    /** Plain links to source entries, for "reported by" lines that cite no particular sentence. */
    String sourceLinks(List<Integer> numbers) {
        StringBuilder out = new StringBuilder("<span class=\"source-links\">");
        for (int n : numbers) {
            SourceRef s = sources.get(n);
            out.append("<a href=\"#source-").append(n).append('"');
            if (s != null) {
                out.append(" title=\"").append(Html.text(SourceNames.shortName(s))).append('"');
            }
            out.append(">[").append(n).append("]</a>");
        }
        return out.append("</span>").toString();
    }
}
