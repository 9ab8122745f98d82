package org.dossier.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;

/**
 * The small pieces of wording every human-readable format shares, so that text, Markdown and HTML say the same.
 */
final class BriefingFacts {
    /** Shown when the pipeline could not find a headline (for example when every input was skipped). */
    static final String UNTITLED = "Briefing";

    /** A middle dot with spaces: separates the facts on the line under the headline. */
    static final String DOT = " \u00b7 ";

    private BriefingFacts() {
    }

    /** The headline on one line, or {@value #UNTITLED} when there is none. */
    static String headline(Briefing briefing) {
        return CleanText.oneLineOr(briefing.headline(), UNTITLED);
    }

    /** The focus query on one line, or {@code null} for a generic summary. */
    static String focus(Briefing briefing) {
        return CleanText.oneLine(briefing.focus());
    }

    /**
     * The line under the headline without the focus part: "5 sources · 118 words". Renderers append
     * {@code " · focus: ..."} themselves because the focus text needs format-specific escaping.
     */
    static String counts(Briefing briefing) {
        return plural(briefing.sources().size(), "source") + DOT + plural(briefing.summaryWords(), "word");
    }

    /**
     * The fragment name of source {@code number}'s entry ({@code source-2}), the same in Markdown and HTML so that
     * links into either page look alike.
     */
    static String anchor(int number) {
        return "source-" + number;
    }

    /** "1 source", "2 sources". */
    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * The sources a summary sentence cites, one entry per source number, in citation order (so the source whose
     * wording is shown comes first). A sentence may cite two sentences of one source; one mark {@code [2]} then
     * stands for both, and {@link CitedSource#sentences()} holds both texts for the hover title.
     */
    static List<CitedSource> citedSources(SummarySentence sentence) {
        return citedSources(sentence.citations());
    }

    /** As {@link #citedSources(SummarySentence)}, for the citations of any briefing item (event, quote, ...). */
    static List<CitedSource> citedSources(List<Citation> citations) {
        Map<Integer, List<String>> bySource = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<String> texts = bySource.computeIfAbsent(c.source(), k -> new ArrayList<>());
            String text = CleanText.oneLine(c.text());
            if (text != null && !texts.contains(text)) {
                texts.add(text);
            }
        }
        List<CitedSource> out = new ArrayList<>(bySource.size());
        bySource.forEach((source, texts) -> out.add(new CitedSource(source, texts)));
        return out;
    }

    /**
     * One citation mark: a source number and the cleaned source sentences it points at.
     *
     * @param source    1-based source number, as printed in {@code [2]}
     * @param sentences the cited source sentences on one line each; may be empty when the citations carried no text
     */
    record CitedSource(int source, List<String> sentences) {
        CitedSource {
            sentences = List.copyOf(sentences);
        }

        /** The cited sentences joined for a tooltip, or the empty string. */
        String tooltip() {
            return String.join(" \u2026 ", sentences);
        }
    }
}
