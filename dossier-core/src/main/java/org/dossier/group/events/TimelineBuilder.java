package org.dossier.group.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.analyse.dates.Granularity;
import org.dossier.analyse.dates.TemporalMention;
import org.dossier.model.Sentence;

/**
 * Builds a story's {@link Timeline}: one entry per resolved date mentioned anywhere in the story (a day, week, month
 * or year), with the articles that mention it and one sentence that says what happened then. Dates that are the
 * date of an event carry that event and its "what" sentence.
 */
final class TimelineBuilder {
    /** A sentence shorter than this says too little to stand for a date on a timeline. */
    private static final int MIN_WORDS = 6;

    private record Key(LocalDate date, Granularity granularity) {
    }

    private static final class Collected {
        final TreeSet<Integer> articles = new TreeSet<>();
        /** Article index -> the sentence of that article standing for the date. */
        final TreeMap<Integer, Sentence> perArticle = new TreeMap<>();
        Sentence sentence;

        /** Keeps {@code candidate} when nothing better was seen: the first sentence long enough to say something. */
        static Sentence better(Sentence kept, Sentence candidate) {
            if (kept == null || (wordCount(kept) < MIN_WORDS && wordCount(candidate) >= MIN_WORDS)) {
                return candidate;
            }
            return kept;
        }

        List<Sentence> mentions() {
            return List.copyOf(perArticle.values());
        }
    }

    static Timeline build(TaggedStory story, List<StoryEvent> events) {
        Map<Key, Collected> byDate = new LinkedHashMap<>();
        for (int a = 0; a < story.size(); a++) {
            List<Sentence> sentences = story.sentences(a);
            for (int s = 0; s < sentences.size(); s++) {
                for (TemporalMention m : story.mentions(a, s)) {
                    if (!m.isResolved()) {
                        continue;
                    }
                    Collected c = byDate.computeIfAbsent(new Key(m.resolved(), m.granularity()), k -> new Collected());
                    c.articles.add(story.index(a));
                    Sentence sentence = sentences.get(s);
                    c.sentence = Collected.better(c.sentence, sentence);
                    c.perArticle.put(story.index(a), Collected.better(c.perArticle.get(story.index(a)), sentence));
                }
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (StoryEvent event : events) {
            if (event.when() != null && event.what() != null) {
                Collected c = byDate.remove(new Key(event.when(), Granularity.DAY));
                TreeSet<Integer> articles = new TreeSet<>(event.sources());
                List<Sentence> mentions = List.of(event.what());
                if (c != null) {
                    articles.addAll(c.articles);
                    mentions = c.mentions();
                }
                entries.add(new TimelineEntry(event.when(), Granularity.DAY, event.id(), event.what(),
                        List.copyOf(articles), mentions));
            }
        }
        for (Map.Entry<Key, Collected> e : byDate.entrySet()) {
            entries.add(new TimelineEntry(e.getKey().date(), e.getKey().granularity(), null, e.getValue().sentence,
                    List.copyOf(e.getValue().articles), e.getValue().mentions()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(TimelineEntry::granularity, Comparator.reverseOrder())
                .thenComparing(x -> Objects.requireNonNullElse(x.eventId(), "~")));
        return new Timeline(entries);
    }

    private static int wordCount(Sentence s) {
        return s.text().trim().split("\\s+").length;
    }
}
