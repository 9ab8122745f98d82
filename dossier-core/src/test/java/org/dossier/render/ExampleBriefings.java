package org.dossier.render;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.Issue;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;

/**
 * Invented briefings for the renderer tests: a fictional story about a harbour bridge, plus the awkward cases
 * (no summary, no metadata, hostile text, non-Latin scripts). All sentences were written for these tests.
 */
final class ExampleBriefings {
    private ExampleBriefings() {
    }

    static final String SENTENCE_1 = "The harbour bridge in Port Elwyn reopened on Monday after six weeks of storm "
            + "repairs.";
    static final String SENTENCE_2 = "Repairs cost 4.2 million euros, the city council said.";
    static final String SENTENCE_3 = "Ferry operators, who had carried commuters across the bay during the closure, "
            + "said demand fell by half within hours.";

    /** An ordinary briefing: three sentences, three sources with full metadata, one skipped input. */
    static Briefing typical() {
        return new Briefing(
                "Port Elwyn harbour bridge reopens after storm repairs",
                List.of(
                        new SummarySentence(SENTENCE_1, List.of(
                                new Citation(1, 0, "The harbour bridge reopened on Monday after six weeks of repairs."),
                                new Citation(3, 2, "Traffic crossed the bridge again on Monday morning."))),
                        new SummarySentence(SENTENCE_2, List.of(
                                new Citation(2, 4, "The council put the cost of the repairs at 4.2 million euros."))),
                        new SummarySentence(SENTENCE_3, List.of(
                                new Citation(3, 5, "Ferry demand fell by half within hours, operators said."),
                                new Citation(1, 7, "Ferries had carried commuters during the closure.")))),
                List.of(
                        new SourceRef(1, "gazette.html", "Bridge reopens to traffic", "Harbour Gazette",
                                "Maria Ortega", LocalDate.of(2025, 3, 10), "https://gazette.example/2025/bridge",
                                "in/gazette.html"),
                        new SourceRef(2, "council.txt", "Council statement on bridge costs", "Port Elwyn Council",
                                null, LocalDate.of(2025, 3, 11), null, "in/council.txt"),
                        new SourceRef(3, "bay-radio.html", "Ferries empty as bridge reopens", "Bay Radio",
                                "Tom Achebe", null, "http://bayradio.example/news/ferries", "in/bay-radio.html")),
                List.of(new Issue("in/empty.html", "no article text found in HTML")),
                "cost of the repairs",
                120);
    }

    /** Every input was skipped: no headline, no summary, no sources. */
    static Briefing emptySummary() {
        return new Briefing(null, List.of(), List.of(),
                List.of(new Issue("in/a.txt", "empty file"), new Issue(null, "stdin was empty")),
                null, 120);
    }

    /** Sources that are only files: no outlet, title, byline, date or URL. */
    static Briefing noMetadata() {
        return new Briefing("Bridge reopens",
                List.of(new SummarySentence("The bridge reopened.", List.of(new Citation(1, 0, "The bridge reopened."))),
                        new SummarySentence("Ferries emptied.", List.of(new Citation(2, 3, "Ferries emptied.")))),
                List.of(new SourceRef(1, "a", null, null, null, null, null, "/data/run/notes/first-report.txt"),
                        new SourceRef(2, "b", null, null, null, null, null, "feeds\\wire.jsonl#12")),
                List.of(), null, 50);
    }

    static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    static final String HOSTILE_ATTRIBUTE = "\" onmouseover=\"alert(2)";
    static final String HOSTILE_MARKDOWN = "*bold* _it_ [link](javascript:alert(3)) <b>x</b> `code` &amp; | ~~s~~";
    static final String HOSTILE_SENTENCE = "Officials said </span><img src=x onerror=alert(4)> the \u001b[31mred\u001b[0m "
            + "bridge & road were 'fine'.";

    /** Everything article-derived tries to break out of its format. */
    static Briefing hostile() {
        return new Briefing(
                HOSTILE_TITLE + " # headline",
                List.of(
                        new SummarySentence(HOSTILE_SENTENCE, List.of(new Citation(1, 0, HOSTILE_ATTRIBUTE))),
                        new SummarySentence("# 1. - not a heading\nnor a list", List.of(
                                new Citation(2, 1, "\"quoted\" \\ back & forth\nline")))),
                List.of(
                        new SourceRef(1, "x", HOSTILE_TITLE, HOSTILE_ATTRIBUTE, HOSTILE_MARKDOWN, null,
                                "javascript:alert(5)", "in/x.html"),
                        new SourceRef(2, "y", "1999. A year", "data:text/html,<script>alert(6)</script>",
                                null, null, "data:text/html;base64,PHNjcmlwdD4=", "in/y.html"),
                        new SourceRef(3, "z", "Fine title", null, null, null, "JaVaScRiPt:alert(7)", null),
                        new SourceRef(4, "w", "Spaces", null, null, null, "https://ok.example/a b\"onclick=x",
                                null)),
                List.of(new Issue("<img src=x onerror=alert(8)>", "bad \"file\" & <b>stuff</b>")),
                "</q><script>alert(9)</script>",
                80);
    }

    /** Greek, Chinese, Arabic, combining accents and emoji. */
    static Briefing unicode() {
        return new Briefing(
                "Γέφυρα ξανανοίγει — 港口大桥重新开放 🌉",
                List.of(
                        new SummarySentence("港口大桥在经过六周的风暴维修后于周一重新开放，市议会表示维修费用为四百二十万欧元，"
                                + "渡轮运营商说需求在数小时内下降了一半。",
                                List.of(new Citation(1, 0, "港口大桥周一重新开放。"))),
                        new SummarySentence("Die Bru\u0308cke ist wieder offen; Fähren fahren leer. 🚢🚢🚢",
                                List.of(new Citation(2, 2, "Die Brücke ist offen."))),
                        new SummarySentence("افتتح الجسر يوم الاثنين.", List.of(new Citation(3, 0, "افتتح الجسر.")))),
                List.of(
                        new SourceRef(1, "zh", "大桥重新开放", "港口日报", "李明", LocalDate.of(2025, 3, 10),
                                "https://例子.example/桥", "in/zh.html"),
                        new SourceRef(2, "de", "Brücke offen", "Hafenblatt", "Jörg Müller", null, null, null),
                        new SourceRef(3, "ar", "الجسر", "صحيفة الميناء", null, null, null, null)),
                List.of(), "Fähren", 200);
    }

    /** All examples, named for parameterised tests. */
    static List<Briefing> all() {
        return List.of(typical(), emptySummary(), noMetadata(), hostile(), unicode());
    }
}
