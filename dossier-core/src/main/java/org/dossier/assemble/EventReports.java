package org.dossier.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.entities.Entity;
import org.dossier.analyse.entities.EntityKind;
import org.dossier.group.events.StoryEvent;
import org.dossier.model.Citation;
import org.dossier.model.EventReport;
import org.dossier.model.Sentence;
import org.dossier.summarise.Datelines;

/**
 * Turns the event separator's {@link StoryEvent events} into the briefing's {@link EventReport events}.
 *
 * <p>The event's "what" sentence is the first citation. Each other source of the event is cited too, with its
 * sentence most like the "what" sentence when one is close enough ({@value #SAME_FACT} or more of their content
 * words shared, Jaccard): that is cheap (a few hundred word-set comparisons) and lets a reader check the event in
 * several outlets. A source without such a sentence is still listed in {@link EventReport#sources()}.
 */
final class EventReports {
    /** Word-set overlap from which another source's sentence is taken to state the same event. */
    static final double SAME_FACT = 0.25;
    /** Words of fewer letters are mostly function words; they would make unrelated sentences look alike. */
    private static final int MIN_WORD_LENGTH = 4;
    /** "35-minute", "two-hour": a length written as an adjective. */
    private static final Pattern ADJECTIVE_LENGTH = Pattern.compile(
            "(?i)([\\p{L}\\p{N}.]+)[-\u2010\u2011 ](minute|hour|day|week|month)");

    private EventReports() {
    }

    /** As {@link #build(List, Story, List)} without entities: the separator's names are shown as they are. */
    static List<EventReport> build(List<StoryEvent> events, Story story) {
        return build(events, story, List.of());
    }

    /**
     * The briefing's events; {@code entities} (the story's linked entities, may be empty) make "who" people only,
     * under their canonical names.
     */
    static List<EventReport> build(List<StoryEvent> events, Story story, List<Entity> entities) {
        EntityDirectory directory = new EntityDirectory(entities);
        Map<Integer, List<Set<String>>> wordsByArticle = new HashMap<>(); // each article tokenised once
        List<EventReport> out = new ArrayList<>(events.size());
        for (StoryEvent e : events) {
            Sentence what = e.what() != null ? e.what() : lead(e, story);
            if (what == null) {
                continue; // an event without a single sentence cannot be cited
            }
            List<Integer> sources = new ArrayList<>();
            for (int article : e.sources()) {
                sources.add(Story.sourceNumber(article));
            }
            String duration = e.duration() == null ? null : duration(e.duration().text());
            List<String> who = entities.isEmpty() ? e.who() : people(e, directory, entities);
            // the shown sentence without a wire dateline ("ANTALYA, Turkey --"): the place is shown beside it
            out.add(new EventReport(e.id(), Datelines.strip(what.text()), e.where(), e.when(),
                    e.whenFromPublication(), e.whenStated(), who, duration, sources,
                    citations(what, e.sources(), story, wordsByArticle)));
        }
        return out;
    }

    /**
     * The names the separator found, kept only when the entity linker knows them as a {@link EntityKind#PERSON
     * person}, and shown under that person's canonical name. The separator spots names from capitalisation, so it
     * also returns places ("New York"), bodies ("U.N. General Assembly") and names cut short ("Syrian President
     * Bashar"); the linker has read every mention with its cues. A name is looked up as written, then by its last
     * word, then as a word of a person's canonical name or alias ("Bashar" in "Bashar al-Assad"). A name the
     * linker does not know as a person is left out, and two names of one person are shown once. People the linker
     * finds in at least half of the event's articles (and two) are added; most articles first, at most
     * {@value #MAX_PEOPLE}.
     */
    static List<String> people(StoryEvent event, EntityDirectory directory, List<Entity> entities) {
        Map<Entity, Integer> found = new LinkedHashMap<>();
        for (String name : event.who()) {
            Entity entity = directory.named(name);
            String[] words = name.split("\\s+");
            String last = words[words.length - 1];
            if (entity == null) {
                entity = directory.named(last);
            }
            if (entity == null || entity.kind() != EntityKind.PERSON) {
                Entity person = personWithWord(last, entities);
                entity = person != null || entity == null ? person : entity;
            }
            if (entity != null && entity.kind() == EntityKind.PERSON) {
                found.putIfAbsent(entity, articlesNaming(entity, event));
            }
        }
        // people the linker found in most of the event's articles whom the capitalisation rules missed
        int least = Math.max(2, (event.articles().size() + 1) / 2);
        for (Entity e : entities) {
            int naming = articlesNaming(e, event);
            if (e.kind() == EntityKind.PERSON && naming >= least) {
                found.putIfAbsent(e, naming);
            }
        }
        List<Map.Entry<Entity, Integer>> ranked = new ArrayList<>(found.entrySet());
        ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue())); // stable: separator's order on ties
        List<String> out = new ArrayList<>();
        for (Map.Entry<Entity, Integer> x : ranked) {
            if (out.size() < MAX_PEOPLE) {
                out.add(x.getKey().canonical());
            }
        }
        return out;
    }

    /** At most this many people are listed for one event. */
    private static final int MAX_PEOPLE = 6;

    /** How many of the event's own articles mention {@code entity}. */
    private static int articlesNaming(Entity entity, StoryEvent event) {
        int n = 0;
        for (int a : event.articles()) {
            n += entity.mentionsPerSource().containsKey(a) ? 1 : 0;
        }
        return n;
    }

    /** The most mentioned person one of whose names holds {@code word} as a whole word, or null. */
    private static Entity personWithWord(String word, List<Entity> entities) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            boolean holds = hasWord(e.canonical(), word) || e.aliases().stream().anyMatch(a -> hasWord(a, word));
            if (holds && (best == null || e.mentionCount() > best.mentionCount())) {
                best = e;
            }
        }
        return best;
    }

    private static boolean hasWord(String name, String word) {
        for (String w : name.split("[\\s-]+")) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A length as a noun phrase: the adjective forms "35-minute" (from "a 35-minute meeting") and "90-minute" read
     * as "35 minutes" and "90 minutes" beside "about an hour and a half" or "50 minutes".
     */
    static String duration(String words) {
        Matcher m = ADJECTIVE_LENGTH.matcher(words.strip());
        return m.matches() ? m.group(1) + " " + m.group(2) + "s" : words;
    }

    /** The first sentence of the event's first article: the lead says what happened when nothing better does. */
    private static Sentence lead(StoryEvent e, Story story) {
        for (int article : e.articles()) {
            List<Sentence> sentences = story.sentences(article);
            if (!sentences.isEmpty()) {
                return sentences.get(0);
            }
        }
        return null;
    }

    /** The "what" sentence, then for every other source its sentence closest to it, when close enough. */
    private static List<Citation> citations(Sentence what, List<Integer> sourceArticles, Story story,
                                            Map<Integer, List<Set<String>>> wordsByArticle) {
        List<Citation> out = new ArrayList<>();
        out.add(Story.cite(what));
        Set<String> whatWords = words(what.text());
        for (int article : sourceArticles) {
            if (article == what.articleIndex()) {
                continue;
            }
            List<Sentence> sentences = story.sentences(article);
            List<Set<String>> words = wordsByArticle.computeIfAbsent(article, k -> {
                List<Set<String>> sets = new ArrayList<>(sentences.size());
                for (Sentence s : sentences) {
                    sets.add(words(s.text()));
                }
                return sets;
            });
            Sentence best = null;
            double bestScore = SAME_FACT;
            for (int i = 0; i < sentences.size(); i++) {
                double score = jaccard(whatWords, words.get(i));
                if (score >= bestScore) {
                    best = sentences.get(i);
                    bestScore = score;
                }
            }
            if (best != null) {
                out.add(Story.cite(best));
            }
        }
        return out;
    }

    /** The lower-cased words of at least {@value #MIN_WORD_LENGTH} letters or digits. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= MIN_WORD_LENGTH) {
                    out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
