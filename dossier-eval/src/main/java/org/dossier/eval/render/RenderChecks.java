package org.dossier.eval.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.SummarySentence;
import org.dossier.render.BriefingJson;
import org.dossier.render.BriefingJsonException;
import org.dossier.render.DisplayWidth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What the render gate checks in each rendered briefing. Every method returns the problems it found, as lines a
 * person can act on; an empty list means the output passed.
 *
 * <p>The checks look at the output the way its reader would: the HTML page is parsed by jsoup as a browser would
 * parse it, the Markdown is un-escaped as a Markdown viewer would, the JSON is validated against the published
 * schema and read back. Comparisons of text ignore differences in whitespace and control characters, which the
 * human-readable formats flatten on purpose, and invisible format characters (see {@link #normalise}).
 */
final class RenderChecks {
    /** Elements that must never appear in a briefing page: each can run code or load something. */
    private static final String FORBIDDEN_ELEMENTS = "script, img, iframe, frame, object, embed, form, base, link, "
            + "svg, math, video, audio, source, meta[http-equiv=refresh]";
    /** A Markdown citation link as MarkdownRenderer writes it, title included. */
    private static final Pattern MARKDOWN_CITATION =
            Pattern.compile("\\[\\\\\\[\\d+\\\\\\]\\]\\(#source-\\d+(?: \"(?:[^\"\\\\]|\\\\.)*\")?\\)");
    /** Markdown characters that must be backslash-escaped in article text. */
    private static final String MARKDOWN_SPECIALS = "\\`*_[]<>&|~#";

    private final JsonSchema schema;
    private final ObjectMapper mapper = new ObjectMapper();
    private final int textWidth;

    /** @param textWidth the width the text renderer was built with */
    RenderChecks(int textWidth) {
        this.textWidth = textWidth;
        try (InputStream in = BriefingJson.class.getResourceAsStream(BriefingJson.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema not found: " + BriefingJson.SCHEMA_RESOURCE);
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid against the schema, and reads back into an equal briefing. */
    List<String> json(Briefing briefing, String json) {
        List<String> problems = new ArrayList<>();
        try {
            Set<ValidationMessage> errors = schema.validate(mapper.readTree(json));
            errors.forEach(e -> problems.add("schema: " + e.getMessage()));
        } catch (IOException e) {
            problems.add("not JSON: " + e.getMessage());
        }
        try {
            if (!BriefingJson.read(json).equals(briefing)) {
                problems.add("round trip: the briefing read back differs from the one written");
            }
        } catch (BriefingJsonException e) {
            problems.add("round trip: " + e.getMessage());
        }
        return problems;
    }

    /** Inert (no active element, handler or unsafe link) and showing every sentence with its citation marks. */
    List<String> html(Briefing briefing, String html) {
        List<String> problems = new ArrayList<>();
        Document page = Jsoup.parse(html);
        for (Element e : page.select(FORBIDDEN_ELEMENTS)) {
            problems.add("active element <" + e.tagName() + ">");
        }
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    problems.add("event handler attribute " + a.getKey() + " on <" + e.tagName() + ">");
                }
            }
        }
        for (Element a : page.select("[href]")) {
            String href = a.attr("href").toLowerCase(Locale.ROOT);
            if (!href.startsWith("#source-") && !href.startsWith("http://") && !href.startsWith("https://")) {
                problems.add("unsafe link " + a.attr("href"));
            }
        }
        // every item of the sections after the summary is shown, each with its citation marks
        countShown(problems, page, "section.events > ul > li", briefing.events().size(), "events");
        countShown(problems, page, "section.timeline > ul > li", briefing.timeline().size(), "timeline items");
        countShown(problems, page, "section.quotes dd", briefing.quotes().size(), "quotes");
        countShown(problems, page, "section.entities > ul > li", briefing.entities().size(), "entities");
        Elements sentences = page.select(".summary .sentence");
        if (sentences.size() != briefing.summary().size()) {
            problems.add("shows " + sentences.size() + " summary sentences, expected " + briefing.summary().size());
            return problems;
        }
        for (int i = 0; i < sentences.size(); i++) {
            SummarySentence expected = briefing.summary().get(i);
            if (!normalise(sentences.get(i).text()).equals(normalise(expected.text()))) {
                problems.add("sentence " + i + " is shown differently from its text");
            }
            Element cites = sentences.get(i).nextElementSibling();
            String marks = cites == null ? "" : cites.text();
            if (!marks.equals(marks(expected))) {
                problems.add("sentence " + i + " is followed by marks '" + marks + "', expected '" + marks(expected)
                        + "'");
            }
        }
        return problems;
    }

    private static void countShown(List<String> problems, Document page, String selector, int expected,
                                   String what) {
        Elements items = page.select(selector);
        if (items.size() != expected) {
            problems.add("shows " + items.size() + " " + what + ", expected " + expected);
        }
        for (Element item : items) {
            if (item.select("sup.cites a[href^=#source-]").isEmpty()) {
                problems.add("one of the " + what + " has no citation mark");
                return;
            }
        }
    }

    /** No line wider than the width (unless it is one unbreakable word), no control character, no word lost. */
    List<String> text(Briefing briefing, String text) {
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (DisplayWidth.of(line) > textWidth && !isOneUnbreakableWord(line)) {
                problems.add("line " + (i + 1) + " is " + DisplayWidth.of(line) + " columns wide");
            }
        }
        if (text.chars().anyMatch(c -> c != '\n' && Character.getType(c) == Character.CONTROL)) {
            problems.add("control character in text output");
        }
        if (!briefing.summary().isEmpty()) {
            // The summary is the block between the first and the second blank line.
            String[] blocks = text.split("\n\n", -1);
            String shown = blocks.length > 1 ? blocks[1] : "";
            StringBuilder expected = new StringBuilder();
            for (SummarySentence s : briefing.summary()) {
                expected.append(normalise(s.text())).append(marks(s));
            }
            if (!noSpaces(shown).equals(noSpaces(expected.toString()))) {
                problems.add("the wrapped summary does not hold exactly the summary words and marks");
            }
        }
        return problems;
    }

    /** Article text fully escaped, and showing every sentence once the escapes are read as a viewer would. */
    List<String> markdown(Briefing briefing, String markdown) {
        List<String> problems = new ArrayList<>();
        if (briefing.summary().isEmpty()) {
            return problems;
        }
        String[] blocks = markdown.split("\n\n", -1);
        String paragraph = blocks.length > 2 ? blocks[2] : "";
        String withoutCitations = MARKDOWN_CITATION.matcher(paragraph).replaceAll("");
        for (int i = 0; i < withoutCitations.length(); i++) {
            char c = withoutCitations.charAt(i);
            if (c == '\\') {
                i++; // the next character is escaped
            } else if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                problems.add("unescaped '" + c + "' in summary text at offset " + i);
                break;
            }
        }
        String unescaped = withoutCitations.replaceAll("\\\\(\\p{Punct})", "$1");
        StringBuilder expected = new StringBuilder();
        for (SummarySentence s : briefing.summary()) {
            expected.append(normalise(s.text()));
        }
        if (!noSpaces(unescaped).equals(noSpaces(expected.toString()))) {
            problems.add("the Markdown summary does not read as the summary sentences");
        }
        int links = 0;
        for (var m = MARKDOWN_CITATION.matcher(paragraph); m.find(); ) {
            links++;
        }
        int expectedLinks = 0;
        for (SummarySentence s : briefing.summary()) {
            expectedLinks += distinctSources(s).size();
        }
        if (links != expectedLinks) {
            problems.add(links + " citation links, expected " + expectedLinks);
        }
        return problems;
    }

    /** "[1][3]": the marks a sentence should carry, one per distinct cited source. */
    static String marks(SummarySentence s) {
        StringBuilder sb = new StringBuilder();
        for (int source : distinctSources(s)) {
            sb.append('[').append(source).append(']');
        }
        return sb.toString();
    }

    private static Set<Integer> distinctSources(SummarySentence s) {
        Set<Integer> sources = new LinkedHashSet<>();
        for (Citation c : s.citations()) {
            sources.add(c.source());
        }
        return sources;
    }

    /**
     * Whitespace runs (any kind, no-break spaces included) to one space, control and invisible format characters
     * (zero-width space, soft hyphen) dropped, trimmed. Format characters are dropped because jsoup's
     * {@code text()} drops some of them while the page keeps them, invisibly, as it should.
     */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = sb.length() > 0;
            } else if (Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.FORMAT) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String noSpaces(String s) {
        return normalise(s).replace(" ", "");
    }

    /** One word wider than the line, possibly after a source marker and with a glued dash or citation marks. */
    private static boolean isOneUnbreakableWord(String line) {
        String word = line.strip().replaceFirst("^\\[\\d+\\] +", "").replace(" \u2014", "")
                .replaceAll(" (\\[\\d+\\])+$", "");
        return !word.contains(" ");
    }
}
