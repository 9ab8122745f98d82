package org.dossier.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * Renders a briefing as plain text for a terminal: no colours, no markup, lines wrapped to a fixed width.
 *
 * <p>The page reads top to bottom: the headline (underlined with {@code =}), a line of facts
 * ("5 sources · 118 words · focus: ..."), the summary with citation marks such as {@code [1][3]} after each
 * sentence, then the sections of the story analysis that have items (Events, Timeline, Quotes grouped by speaker,
 * Who is who, Agreement, Discrepancies; wording shared with the other formats in {@link SectionFacts}, every item
 * followed by its citation marks), the numbered sources, and the inputs that were skipped, if any:
 *
 * <pre>
 * Harbour bridge reopens after storm repairs
 * ==========================================
 * 2 sources · 21 words
 *
 * The harbour bridge reopened on Monday. [1][2] Repairs cost 4 million euros,
 * the city said. [2]
 *
 * Sources
 * -------
 * [1] Harbour Gazette — Bridge reopens — Maria Ortega — 2025-03-10
 *     https://gazette.example/bridge
 * [2] city-hall-notice.txt
 * </pre>
 *
 * <p>A citation mark is glued to the last word of its sentence so that it never starts a line on its own. Words
 * longer than the line (long URLs) are not cut. All article-derived text is flattened to one line and stripped of
 * control characters, so a hostile title cannot send escape sequences to the terminal. Lines end with
 * {@code "\n"} on every platform so that output is the same everywhere.
 */
public final class TextRenderer implements BriefingRenderer {
    /** The default line width: the classic terminal. */
    public static final int DEFAULT_WIDTH = 80;
    /** The narrowest width accepted; narrower than this a source marker and a word no longer fit. */
    public static final int MIN_WIDTH = 20;

    /** How the summary sentences are laid out. */
    public enum Layout {
        /** One wrapped paragraph; reads like prose (the default). */
        PARAGRAPH,
        /** Each sentence starts a new line; easier to match sentences with their citations. */
        SENTENCE_PER_LINE
    }

    private final int width;
    private final Layout layout;
    private final TextWrapper wrapper;

    /** An 80-column renderer writing the summary as one paragraph. */
    public TextRenderer() {
        this(DEFAULT_WIDTH, Layout.PARAGRAPH);
    }

    /** A renderer wrapping at {@code width} columns, the summary as one paragraph. */
    public TextRenderer(int width) {
        this(width, Layout.PARAGRAPH);
    }

    /**
     * @param width  maximum line width in columns, at least {@value #MIN_WIDTH}
     * @param layout how to lay out the summary sentences
     */
    public TextRenderer(int width, Layout layout) {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ", got " + width);
        }
        this.width = width;
        this.layout = Objects.requireNonNull(layout, "layout");
        this.wrapper = new TextWrapper(width);
    }

    /** The line width this renderer wraps at. */
    public int width() {
        return width;
    }

    @Override
    public void render(Briefing briefing, Appendable out) throws IOException {
        List<String> lines = new ArrayList<>();
        addHeader(briefing, lines);
        lines.add("");
        addSummary(briefing, lines);
        addEvents(briefing, lines);
        addTimeline(briefing, lines);
        addQuotes(briefing, lines);
        addEntities(briefing, lines);
        addAgreements(briefing, lines);
        addDiscrepancies(briefing, lines);
        if (!briefing.sources().isEmpty()) {
            lines.add("");
            addHeading("Sources", lines);
            addSources(briefing.sources(), lines);
        }
        if (!briefing.skipped().isEmpty()) {
            lines.add("");
            addHeading("Skipped inputs", lines);
            addSkipped(briefing.skipped(), lines);
        }
        for (String line : lines) {
            out.append(line).append('\n');
        }
    }

    private void addHeader(Briefing briefing, List<String> lines) {
        List<String> headline = wrapper.wrap(TextWrapper.words(BriefingFacts.headline(briefing)), "", "");
        lines.addAll(headline);
        int underline = 0;
        for (String line : headline) {
            underline = Math.max(underline, DisplayWidth.of(line));
        }
        lines.add("=".repeat(Math.min(underline, width)));
        String facts = BriefingFacts.counts(briefing);
        String focus = BriefingFacts.focus(briefing);
        if (focus != null) {
            facts += BriefingFacts.DOT + "focus: " + focus;
        }
        lines.addAll(wrapper.wrap(TextWrapper.words(facts), "", ""));
    }

    private void addHeading(String title, List<String> lines) {
        lines.add(title);
        lines.add("-".repeat(title.length()));
    }

    private void addSummary(Briefing briefing, List<String> lines) {
        if (briefing.summary().isEmpty()) {
            lines.addAll(wrapper.wrap(TextWrapper.words("(No summary: no usable sentences were found.)"), "", ""));
            return;
        }
        List<String> paragraph = new ArrayList<>();
        for (SummarySentence sentence : briefing.summary()) {
            List<String> units = sentenceUnits(sentence);
            if (layout == Layout.SENTENCE_PER_LINE) {
                lines.addAll(wrapper.wrap(units, "", ""));
            } else {
                paragraph.addAll(units);
            }
        }
        if (layout == Layout.PARAGRAPH) {
            lines.addAll(wrapper.wrap(paragraph, "", ""));
        }
    }

    /** The words of one sentence, the last one carrying the citation marks: {@code "said. [1][3]"}. */
    private static List<String> sentenceUnits(SummarySentence sentence) {
        return unitsWithMarks(sentence.text(), citationMarks(sentence.citations()));
    }

    /** The words of {@code text}, the last one carrying {@code marks} so that the marks never start a line. */
    private static List<String> unitsWithMarks(String text, String marks) {
        List<String> units = TextWrapper.words(CleanText.oneLine(text));
        if (marks.isEmpty()) {
            return units;
        }
        if (units.isEmpty()) {
            units.add(marks);
        } else {
            int last = units.size() - 1;
            units.set(last, units.get(last) + " " + marks);
        }
        return units;
    }

    /** {@code "[1][3]"}: one mark per cited source, the source of the shown wording first. */
    static String citationMarks(SummarySentence sentence) {
        return citationMarks(sentence.citations());
    }

    /** {@code "[1][3]"} for any cited item. */
    static String citationMarks(List<Citation> citations) {
        StringBuilder sb = new StringBuilder();
        for (BriefingFacts.CitedSource cited : BriefingFacts.citedSources(citations)) {
            sb.append('[').append(cited.source()).append(']');
        }
        return sb.toString();
    }

    /** {@code "[1][2][5]"} for a list of source numbers. */
    private static String sourceMarks(List<Integer> sources) {
        StringBuilder sb = new StringBuilder();
        for (int n : sources) {
            sb.append('[').append(n).append(']');
        }
        return sb.toString();
    }

    private void section(String title, List<String> lines) {
        lines.add("");
        addHeading(title, lines);
    }

    private void addEvents(Briefing briefing, List<String> lines) {
        if (briefing.events().isEmpty()) {
            return;
        }
        section(SectionFacts.EVENTS, lines);
        for (EventReport e : briefing.events()) {
            lines.addAll(wrapper.wrap(TextWrapper.words(SectionFacts.eventHeading(e)), "", "    "));
            lines.addAll(wrapper.wrap(unitsWithMarks(e.what(), citationMarks(e.citations())), "    ", "    "));
            String who = SectionFacts.eventWho(e);
            if (who != null) {
                lines.addAll(wrapper.wrap(TextWrapper.words(who), "    ", "      "));
            }
            lines.addAll(wrapper.wrap(unitsWithMarks(SectionFacts.eventSources(e, briefing.sources().size()),
                    sourceMarks(e.sources())), "    ", "      "));
        }
    }

    private void addTimeline(Briefing briefing, List<String> lines) {
        if (briefing.timeline().isEmpty()) {
            return;
        }
        section(SectionFacts.TIMELINE, lines);
        for (TimelineItem t : briefing.timeline()) {
            String date = SectionFacts.timelineDate(t.date(), t.precision());
            String event = CleanText.oneLine(t.eventId());
            lines.addAll(wrapper.wrap(TextWrapper.words(date + (event == null ? "" : " (" + event + ")")),
                    "- ", "  "));
            lines.addAll(wrapper.wrap(unitsWithMarks(t.text(), citationMarks(t.citations())), "  ", "  "));
        }
    }

    private void addQuotes(Briefing briefing, List<String> lines) {
        if (briefing.quotes().isEmpty()) {
            return;
        }
        section(SectionFacts.QUOTES, lines);
        for (SectionFacts.SpeakerQuotes group : SectionFacts.bySpeaker(briefing.quotes())) {
            lines.addAll(wrapper.wrap(TextWrapper.words(group.label()), "", "  "));
            for (QuoteReport q : group.quotes()) {
                String text = SectionFacts.quoteText(q);
                String also = SectionFacts.alsoAttributed(q);
                if (also != null) {
                    text += " (" + also + ")";
                }
                lines.addAll(wrapper.wrap(unitsWithMarks(text, citationMarks(q.citations())), "  - ", "    "));
            }
        }
    }

    private void addEntities(Briefing briefing, List<String> lines) {
        if (briefing.entities().isEmpty()) {
            return;
        }
        section(SectionFacts.ENTITIES, lines);
        for (EntityReport e : briefing.entities()) {
            String text = CleanText.oneLineOr(e.name(), "?") + " \u2014 " + SectionFacts.entityDetails(e);
            lines.addAll(wrapper.wrap(unitsWithMarks(text, citationMarks(e.citations())), "- ", "  "));
        }
    }

    private void addAgreements(Briefing briefing, List<String> lines) {
        if (briefing.agreements().isEmpty()) {
            return;
        }
        section(SectionFacts.AGREEMENT, lines);
        for (Agreement a : briefing.agreements()) {
            String text = CleanText.oneLineOr(a.claim(), "") + " \u2014 "
                    + SectionFacts.agreementCount(a.sourceCount(), a.sourceTotal());
            lines.addAll(wrapper.wrap(unitsWithMarks(text, citationMarks(a.citations())), "- ", "  "));
        }
    }

    private void addDiscrepancies(Briefing briefing, List<String> lines) {
        if (briefing.discrepancies().isEmpty()) {
            return;
        }
        section(SectionFacts.DISCREPANCIES, lines);
        for (Discrepancy d : briefing.discrepancies()) {
            // the values side by side: "35 minutes" [4][5] vs "50 minutes" [1]
            List<String> units = TextWrapper.words(SectionFacts.discrepancyHeading(d) + ":");
            for (int i = 0; i < d.values().size(); i++) {
                Discrepancy.StatedValue v = d.values().get(i);
                if (i > 0) {
                    units.add(SectionFacts.VERSUS);
                }
                // one unit per value, so that a short value such as "3.9 million euros" is never split
                units.add(SectionFacts.quoted(v.value()) + " " + citationMarks(v.citations()));
            }
            lines.addAll(wrapper.wrap(units, "- ", "  "));
        }
    }

    private void addSources(List<SourceRef> sources, List<String> lines) {
        // Pad every marker to the widest one so that the labels line up: "[9]  ..." above "[10] ...".
        int markerWidth = 0;
        for (SourceRef s : sources) {
            markerWidth = Math.max(markerWidth, marker(s).length() + 1);
        }
        String indent = " ".repeat(markerWidth);
        for (SourceRef s : sources) {
            String first = padRight(marker(s), markerWidth);
            lines.addAll(wrapper.wrap(labelUnits(s), first, indent));
            String url = CleanText.oneLine(s.url());
            if (url != null) {
                lines.addAll(wrapper.wrap(TextWrapper.words(url), indent, indent));
            }
        }
    }

    /**
     * The label words, with each separator glued to the word before it so that a line never starts with a dash.
     */
    private static List<String> labelUnits(SourceRef source) {
        List<String> units = new ArrayList<>();
        List<SourceLabel.Part> parts = SourceLabel.parts(source);
        for (int i = 0; i < parts.size(); i++) {
            List<String> words = TextWrapper.words(parts.get(i).text());
            if (i < parts.size() - 1) {
                int last = words.size() - 1;
                words.set(last, words.get(last) + " \u2014");
            }
            units.addAll(words);
        }
        return units;
    }

    private void addSkipped(List<Issue> skipped, List<String> lines) {
        for (Issue issue : skipped) {
            String origin = CleanText.oneLineOr(issue.origin(), "(unknown input)");
            String message = CleanText.oneLineOr(issue.message(), "skipped");
            lines.addAll(wrapper.wrap(TextWrapper.words(origin + ": " + message), "- ", "  "));
        }
    }

    private static String marker(SourceRef source) {
        return "[" + source.number() + "]";
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }
}
