package org.dossier.assemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.analyse.entities.Entity;
import org.dossier.analyse.entities.EntityKind;
import org.dossier.analyse.quotes.MergedQuote;
import org.dossier.analyse.quotes.QuoteKind;
import org.dossier.analyse.quotes.QuoteSource;
import org.dossier.analyse.quotes.Speaker;
import org.dossier.analyse.quotes.SpeakerKind;
import org.dossier.analyse.quotes.TextSpan;
import org.dossier.model.Citation;
import org.dossier.model.QuoteReport;
import org.dossier.model.Sentence;

/**
 * Turns merged quotes ({@link MergedQuote}) into the briefing's "who said what" ({@link QuoteReport}).
 *
 * <p><b>Speakers.</b> A named speaker is replaced by the entity linker's canonical name when the linker knows it,
 * so that "Varnholt" in one outlet and "Ilse Varnholt" in another are one speaker. A speaker that turns out to be a
 * place ("Port Essling" picked up from "told reporters in Port Essling") is a misreading when another outlet gives
 * the same words to a person: the person becomes the speaker. Anonymous speakers keep their description ("a senior
 * Dunmere official") and are never replaced by a name.
 *
 * <p><b>What is kept.</b> Every direct and partial quotation: quotation marks are strong evidence of someone's own
 * words. An indirect attribution ("X said that ...") is kept only when its speaker is anonymous or is an entity
 * the story names (person, organisation, group or country); the quote stage also reads "said" after common
 * nouns ("The increase added about $4 ...", "they said"), and those reports would fill the section with noise.
 *
 * <p><b>How a report reads.</b> {@link ReportedWords} shows a paraphrase as its clause, or with its verb when
 * the verb carries the meaning ("called the meeting a step forward"), and leaves out fragments.
 *
 * <p><b>Citations.</b> Every sentence a report touches (its words, cue and speaker), for each reporting outlet;
 * the outlet whose wording is shown comes first.
 */
final class QuoteReports {
    /** Words that make an anonymous description plural: "two people familiar with the talks", "officials". */
    private static final Pattern PLURAL = Pattern.compile(
            "(?i).*\\b(?:two|three|several|some|many|people|officials|sources|diplomats|members|aides|advisers)\\b.*");

    private QuoteReports() {
    }

    static List<QuoteReport> build(List<MergedQuote> merged, EntityDirectory entities, Story story) {
        List<QuoteReport> out = new ArrayList<>();
        for (MergedQuote q : merged) {
            QuoteReport report = report(q, entities, story);
            if (report != null) {
                out.add(report);
            }
        }
        return out;
    }

    /** The report of one merged quote, or null when it is left out. */
    private static QuoteReport report(MergedQuote q, EntityDirectory entities, Story story) {
        Speaker speaker = q.speaker();
        Resolved main = resolve(speaker, q, entities);
        List<Resolved> others = new ArrayList<>();
        for (Speaker s : q.otherSpeakers()) {
            others.add(resolve(s, q, entities));
        }
        // A place does not speak: when another outlet credits a named person, that is the speaker.
        if (main.entity != null && main.entity.kind() == EntityKind.PLACE && !main.anonymous) {
            for (Resolved o : others) {
                if (o.entity != null && o.entity.kind() == EntityKind.PERSON) {
                    main = o;
                    break;
                }
            }
        }
        if (q.kind() == QuoteKind.INDIRECT && !main.anonymous
                && (main.entity == null || main.entity.kind() == EntityKind.OTHER
                || main.entity.kind() == EntityKind.ROLE)) {
            return null;
        }
        Set<String> otherNames = new LinkedHashSet<>();
        for (Resolved o : others) {
            if (o.name != null && !o.name.equalsIgnoreCase(main.name == null ? "" : main.name)) {
                otherNames.add(o.name);
            }
        }
        String shown = shownText(q);
        for (QuoteSource src : q.sources()) {
            if (src.quote().text().equals(q.text())) {
                shown = ReportedWords.shown(src.quote(), shown);
                break;
            }
        }
        if (shown == null) {
            return null;
        }
        List<Citation> citations = citations(q, story);
        if (citations.isEmpty()) {
            return null;
        }
        return new QuoteReport(shown, kind(q.kind()), main.name, main.anonymous, main.kind,
                List.copyOf(otherNames), citations);
    }

    /** A speaker's display name, its entity (or null) and its kind as the briefing writes it. */
    private record Resolved(String name, Entity entity, boolean anonymous, String kind) {
    }

    private static Resolved resolve(Speaker s, MergedQuote q, EntityDirectory entities) {
        if (s.anonymous() || s.kind() == SpeakerKind.ANONYMOUS) {
            String description = s.name();
            boolean plural = description != null && PLURAL.matcher(description).matches();
            return new Resolved(description, null, true, plural ? "group" : "person");
        }
        if (s.name() == null) {
            return new Resolved(null, null, false, "unknown");
        }
        Entity entity = null;
        // by position first: the report whose speaker this is, and an entity mention at its words
        for (QuoteSource src : q.sources()) {
            if (src.quote().speaker().equals(s)) {
                entity = entities.at(src.articleIndex(), s.mention());
                if (entity != null && entity.kind() != EntityKind.ROLE) {
                    break;
                }
            }
        }
        if (entity == null || entity.kind() == EntityKind.ROLE) {
            Entity byName = entities.named(s.resolvedName() != null ? s.resolvedName() : s.name());
            if (byName != null) {
                entity = byName;
            }
        }
        if (entity == null || entity.kind() == EntityKind.ROLE) {
            return new Resolved(s.name(), entity, false, speakerKind(s.kind()));
        }
        String kind = switch (entity.kind()) {
            case PERSON -> "person";
            case ORGANISATION, PLACE -> "organisation"; // a country speaks through its government
            case GROUP -> "group";
            default -> speakerKind(s.kind());
        };
        return new Resolved(entity.canonical(), entity, false, kind);
    }

    private static String speakerKind(SpeakerKind kind) {
        return switch (kind) {
            case PERSON -> "person";
            case ORGANISATION -> "organisation";
            case GROUP -> "group";
            case ANONYMOUS, UNKNOWN -> "unknown";
        };
    }

    /** {@code "direct"}, {@code "partial"} or {@code "indirect"}. */
    static String kind(QuoteKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The words shown for a merged quote. A quotation interrupted by its attribution ({@code "We came to talk,"
     * she said. "Nothing more."}) is joined with an ellipsis where the outlet's words stood, so the reader sees
     * that something was left out and no comma runs two sentences together; pieces that end a sentence are joined
     * with a space.
     */
    static String shownText(MergedQuote q) {
        for (QuoteSource src : q.sources()) {
            List<TextSpan> pieces = src.quote().pieces();
            if (pieces.size() > 1 && src.quote().text().equals(q.text())) {
                return joinPieces(pieces.stream().map(TextSpan::text).toList());
            }
        }
        return cleanText(q.text());
    }

    static String joinPieces(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                if (".!?".indexOf(last) >= 0) {
                    out.append(' ');
                } else {
                    while (out.length() > 0 && ",;:-\u2014 ".indexOf(out.charAt(out.length() - 1)) >= 0) {
                        out.setLength(out.length() - 1);
                    }
                    out.append(" \u2026 ");
                }
            }
            out.append(p);
        }
        return cleanText(out.toString());
    }

    /**
     * The quoted words without the comma that stood before the closing quotation mark ({@code "We came to talk,"
     * she said}): it belongs to the outlet's sentence, not to the speaker.
     */
    static String cleanText(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? text.strip() : t;
    }

    /** Each report's sentences, the report whose wording is shown first, then the others in input order. */
    private static List<Citation> citations(MergedQuote q, Story story) {
        List<QuoteSource> ordered = new ArrayList<>(q.sources());
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).quote().text().equals(q.text())) {
                ordered.add(0, ordered.remove(i));
                break;
            }
        }
        Set<Citation> out = new LinkedHashSet<>();
        for (QuoteSource src : ordered) {
            for (int index : src.quote().sentences()) {
                Sentence s = story.sentence(src.articleIndex(), index);
                if (s != null) {
                    out.add(Story.cite(s));
                }
            }
        }
        return List.copyOf(out);
    }
}
