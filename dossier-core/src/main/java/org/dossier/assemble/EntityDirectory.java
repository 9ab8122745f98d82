package org.dossier.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.analyse.entities.Entity;
import org.dossier.analyse.entities.EntityKind;
import org.dossier.analyse.entities.Mention;
import org.dossier.analyse.quotes.TextSpan;

/**
 * Finds the story-wide entity behind a name or a stretch of text, so that other sections can use the one canonical
 * name: the quote stage resolves speakers within one article ("Varnholt", "Ms Varnholt"), the entity linker across
 * all of them ("Ilse Varnholt").
 *
 * <p>Two ways to look up, the precise one first: by position (an entity mention in the same article that overlaps
 * the given span) and by name (the canonical name or an alias, case-insensitive; when two entities share a form,
 * the one mentioned most wins, since the linker lists entities most mentioned first).
 */
final class EntityDirectory {
    private final Map<Integer, List<Located>> byArticle = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();

    private record Located(int start, int end, Entity entity) {
    }

    EntityDirectory(List<Entity> entities) {
        for (Entity e : entities) {
            byName.putIfAbsent(key(e.canonical()), e);
            for (String alias : e.aliases()) {
                byName.putIfAbsent(key(alias), e);
            }
            for (Mention m : e.mentions()) {
                byArticle.computeIfAbsent(m.articleIndex(), k -> new ArrayList<>())
                        .add(new Located(m.start(), m.end(), e));
            }
        }
    }

    /**
     * The entity one of whose mentions in article {@code articleIndex} lies inside {@code span} and ends where it
     * ends, or null. An English noun phrase ends with its head, so the mention must hold the last word: "Varnholt"
     * in "Ms Varnholt" and "Essling Port Authority" in "Calvara's Essling Port Authority" are who spoke, while
     * "Dunmere" in "the leaders of Calvara and Dunmere" and "the prime minister" in "the prime minister's office"
     * are not.
     */
    Entity at(int articleIndex, TextSpan span) {
        if (span == null) {
            return null;
        }
        int end = span.end();
        while (end > span.start() && !Character.isLetterOrDigit(span.text().charAt(end - 1 - span.start()))) {
            end--; // a trailing full stop or comma is not part of the name
        }
        Entity best = null;
        for (Located l : byArticle.getOrDefault(articleIndex, List.of())) {
            if (l.start < end && l.end >= end && l.end <= span.end() + 1) {
                // a role mention ("the prime minister") overlaps less reliably than a name: prefer names
                if (best == null || best.kind() == EntityKind.ROLE) {
                    best = l.entity;
                }
            }
        }
        return best;
    }

    /** The entity called {@code name} (canonical name or alias, any case), or null. */
    Entity named(String name) {
        return name == null ? null : byName.get(key(name));
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
