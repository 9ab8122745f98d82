package org.dossier.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.analyse.entities.Entity;
import org.dossier.analyse.entities.EntityKind;
import org.dossier.analyse.entities.Mention;
import org.dossier.model.Citation;
import org.dossier.model.EntityReport;
import org.dossier.model.Sentence;

/**
 * Turns the entity linker's {@link Entity entities} into the briefing's "who is who" ({@link EntityReport}).
 *
 * <p>What is kept: names mentioned at least {@value #MIN_MENTIONS} times in the whole story (which covers every name
 * two sources use). A name one outlet drops once is usually a passing detail or a capitalised word the mention
 * finder mistook for a name ("Easter", "Dues"), and would crowd the list. Role mentions the linker could not tie to
 * a named person ("the prime minister" in a story with no prime minister named) are left out too: they name no one.
 *
 * <p>Order: people, then organisations, groups, places and other things; within a kind, most mentioned first.
 */
final class EntityReports {
    /** A name mentioned fewer times than this in the whole story is left out of "who is who". */
    static final int MIN_MENTIONS = 2;

    private static final List<EntityKind> KIND_ORDER = List.of(EntityKind.PERSON, EntityKind.ORGANISATION,
            EntityKind.GROUP, EntityKind.PLACE, EntityKind.OTHER);

    private EntityReports() {
    }

    /** The reports worth showing, in display order. */
    static List<EntityReport> build(List<Entity> entities, Story story) {
        List<Entity> kept = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.ROLE && e.mentionCount() >= MIN_MENTIONS) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt((Entity e) -> KIND_ORDER.indexOf(e.kind()))
                .thenComparing(Comparator.comparingInt(Entity::mentionCount).reversed()));
        List<EntityReport> out = new ArrayList<>(kept.size());
        for (Entity e : kept) {
            out.add(report(e, story));
        }
        return out;
    }

    private static EntityReport report(Entity e, Story story) {
        List<EntityReport.SourceMentions> mentions = new ArrayList<>();
        e.mentionsPerSource().forEach((article, count) ->
                mentions.add(new EntityReport.SourceMentions(Story.sourceNumber(article), count)));
        // the first mention per article: mentions come in article then text order
        Map<Integer, Citation> firstPerArticle = new LinkedHashMap<>();
        for (Mention m : e.mentions()) {
            if (!firstPerArticle.containsKey(m.articleIndex())) {
                Sentence s = story.sentence(m.articleIndex(), m.sentenceIndex());
                if (s != null) {
                    firstPerArticle.put(m.articleIndex(), Story.cite(s));
                }
            }
        }
        List<Citation> citations = new ArrayList<>(firstPerArticle.values());
        citations.sort(Comparator.comparingInt(Citation::source));
        return new EntityReport(e.canonical(), kind(e.kind()), aliases(e), mentions, citations);
    }

    /**
     * The aliases without the canonical name and without repeats that differ only in case or apostrophe
     * ("The president" and "the president", "Fishers’ Union" and "Fishers' Union"), most frequent first as the
     * linker gives them.
     */
    static List<String> aliases(Entity e) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(key(e.canonical()));
        List<String> out = new ArrayList<>();
        for (String alias : e.aliases()) {
            if (seen.add(key(alias))) {
                out.add(alias);
            }
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').strip();
    }

    /** The lower-case kind the briefing records document: person, organisation, place, group or other. */
    static String kind(EntityKind kind) {
        return switch (kind) {
            case PERSON -> "person";
            case ORGANISATION -> "organisation";
            case PLACE -> "place";
            case GROUP -> "group";
            case ROLE, OTHER -> "other";
        };
    }
}
