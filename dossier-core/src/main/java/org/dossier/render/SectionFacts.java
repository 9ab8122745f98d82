package org.dossier.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Discrepancy;
import org.dossier.model.EntityReport;
import org.dossier.model.EventReport;
import org.dossier.model.QuoteReport;

/**
 * The wording of the briefing sections after the summary (events, timeline, quotes, who is who, agreement,
 * discrepancies), shared by the text, Markdown and HTML renderers so that the three say the same thing. Everything
 * returned is cleaned to one line but not escaped: each renderer escapes for its format.
 */
final class SectionFacts {
    static final String EVENTS = "Events";
    static final String TIMELINE = "Timeline";
    static final String QUOTES = "Quotes";
    static final String ENTITIES = "Who is who";
    static final String AGREEMENT = "Agreement";
    static final String DISCREPANCIES = "Discrepancies";

    private static final List<String> KIND_ORDER = List.of("direct", "partial", "indirect");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMMM uuuu", Locale.ENGLISH);

    private SectionFacts() {
    }

    /**
     * The heading line of an event: "E1 · Mon 10 March 2025 · Port Essling · 90 minutes", or, when no date could be
     * resolved, "E1 · Monday (relative; article date unknown) · New York · 90 minutes".
     */
    static String eventHeading(EventReport e) {
        StringBuilder sb = new StringBuilder(CleanText.oneLineOr(e.id(), "event"));
        sb.append(BriefingFacts.DOT);
        String stated = CleanText.oneLine(e.whenStated());
        if (e.when() == null && stated != null) {
            sb.append(stated).append(" (relative; article date unknown)"); // what the sources say, honestly
        } else if (e.when() == null) {
            sb.append("date unknown");
        } else {
            sb.append(DAY.format(e.when()));
            if (e.whenFromPublication()) {
                sb.append(" (publication date)");
            }
        }
        String where = CleanText.oneLine(e.where());
        if (where != null) {
            sb.append(BriefingFacts.DOT).append(where);
        }
        String duration = CleanText.oneLine(e.duration());
        if (duration != null) {
            sb.append(BriefingFacts.DOT).append(duration);
        }
        return sb.toString();
    }

    /** "Who: Tomas Aredo, Ilse Varnholt", or null when nobody is named. */
    static String eventWho(EventReport e) {
        List<String> names = new ArrayList<>();
        for (String who : e.who()) {
            String name = CleanText.oneLine(who);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : "Who: " + String.join(", ", names);
    }

    /** "Reported by 5 of 8 sources:" before the source marks of an event. */
    static String eventSources(EventReport e, int sourceTotal) {
        return "Reported by " + e.sources().size() + " of " + BriefingFacts.plural(sourceTotal, "source") + ":";
    }

    /**
     * A timeline date at its precision: "Mon 10 March 2025", "week of Mon 3 March 2025", "January 2025", "2028".
     */
    static String timelineDate(LocalDate date, String precision) {
        return switch (precision == null ? "day" : precision) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> MONTH.format(date);
            case "week" -> "week of " + DAY.format(date);
            default -> DAY.format(date);
        };
    }

    /** "reported by 3 of 5". */
    static String agreementCount(int count, int total) {
        return "reported by " + count + " of " + total;
    }

    /** Between two stated values of a discrepancy. */
    static final String VERSUS = "vs";

    /** A stated value in quotation marks, on one line. */
    static String quoted(String value) {
        return "\u201c" + CleanText.oneLineOr(value, "") + "\u201d";
    }

    /** "length of the Friday meeting (duration, conflicting)". */
    static String discrepancyHeading(Discrepancy d) {
        return CleanText.oneLineOr(d.subject(), "value") + " (" + d.kind().name().toLowerCase(Locale.ROOT) + ", "
                + d.verdict().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** "person; also called Varnholt, Ms Varnholt; 22 mentions in 8 sources". */
    static String entityDetails(EntityReport e) {
        StringBuilder sb = new StringBuilder(CleanText.oneLineOr(e.kind(), "other"));
        List<String> aliases = new ArrayList<>();
        for (String a : e.aliases()) {
            String alias = CleanText.oneLine(a);
            if (alias != null) {
                aliases.add(alias);
            }
        }
        if (!aliases.isEmpty()) {
            sb.append("; also called ").append(String.join(", ", aliases));
        }
        int total = 0;
        for (EntityReport.SourceMentions m : e.mentions()) {
            total += m.count();
        }
        sb.append("; ").append(BriefingFacts.plural(total, "mention")).append(" in ")
                .append(BriefingFacts.plural(e.mentions().size(), "source"));
        return sb.toString();
    }

    /**
     * A quote's words as shown: a direct quotation in quotation marks; a partial one as reported (it carries its
     * own marks); an indirect one as reported, marked as a paraphrase.
     */
    static String quoteText(QuoteReport q) {
        String text = CleanText.oneLineOr(q.text(), "");
        return switch (q.kind()) {
            case "direct" -> "\u201c" + text + "\u201d";
            case "indirect" -> text + " (paraphrase)";
            default -> text;
        };
    }

    /** "also attributed to Ilse Varnholt", or null when every outlet gives the same speaker. */
    static String alsoAttributed(QuoteReport q) {
        List<String> names = new ArrayList<>();
        for (String s : q.otherSpeakers()) {
            String name = CleanText.oneLine(s);
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : "also attributed to " + String.join(", ", names);
    }

    /** The quotes of one speaker, as the human formats group them. */
    record SpeakerQuotes(String label, List<QuoteReport> quotes) {
        SpeakerQuotes {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * The quotes grouped by speaker: named speakers in order of their first quote, then anonymous sources (each
     * labelled as such), then the quotes nobody is credited with. Within a speaker, their own words (direct, then
     * partial quotations) come before paraphrases.
     */
    static List<SpeakerQuotes> bySpeaker(List<QuoteReport> quotes) {
        Map<String, List<QuoteReport>> named = new LinkedHashMap<>();
        Map<String, List<QuoteReport>> anonymous = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<QuoteReport> unattributed = new ArrayList<>();
        for (QuoteReport q : quotes) {
            String speaker = CleanText.oneLine(q.speaker());
            if (speaker == null) {
                unattributed.add(q);
                continue;
            }
            String key = speaker.toLowerCase(Locale.ROOT);
            if (q.anonymous()) {
                anonymous.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
                labels.putIfAbsent("a:" + key, speaker + " (anonymous source)");
            } else {
                named.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
                labels.putIfAbsent("n:" + key, speaker);
            }
        }
        List<SpeakerQuotes> out = new ArrayList<>();
        named.forEach((key, list) -> out.add(new SpeakerQuotes(labels.get("n:" + key), ownWordsFirst(list))));
        anonymous.forEach((key, list) -> out.add(new SpeakerQuotes(labels.get("a:" + key), ownWordsFirst(list))));
        if (!unattributed.isEmpty()) {
            out.add(new SpeakerQuotes("Unattributed", ownWordsFirst(unattributed)));
        }
        return out;
    }

    /** Direct quotations first, then partial ones, then paraphrases; otherwise in the order given. */
    private static List<QuoteReport> ownWordsFirst(List<QuoteReport> quotes) {
        List<QuoteReport> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparingInt(q -> KIND_ORDER.indexOf(q.kind())));
        return sorted;
    }
}
