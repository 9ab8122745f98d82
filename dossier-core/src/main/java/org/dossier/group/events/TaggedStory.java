package org.dossier.group.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.dates.TemporalMention;
import org.dossier.analyse.dates.TemporalTagger;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;

/**
 * The articles of one story with what the event stage reads from each sentence once: its date mentions
 * (resolved against the article's publication date) and whether it is an event sentence. Positions
 * ({@code 0..size-1}) index the list given; {@link #index(int)} gives the article's own index for output.
 */
final class TaggedStory {
    private final List<AnalysedArticle> articles;
    /** [article position][sentence] -> the sentence's date mentions, offsets within the sentence. */
    private final List<List<List<TemporalMention>>> mentions;
    /** [article position][sentence] -> whether the sentence holds an event word. */
    private final boolean[][] eventSentence;
    private final org.dossier.analyse.terms.TermAnalyzer analyzer;
    private final java.util.Set<String>[] articleTerms;

    @SuppressWarnings("unchecked")
    TaggedStory(List<AnalysedArticle> articles, TemporalTagger tagger, org.dossier.analyse.terms.TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.articleTerms = new java.util.Set[articles.size()];
        this.articles = List.copyOf(articles);
        this.mentions = new ArrayList<>(articles.size());
        this.eventSentence = new boolean[articles.size()][];
        for (int a = 0; a < articles.size(); a++) {
            List<Sentence> sentences = articles.get(a).sentences();
            LocalDate anchor = published(a);
            List<List<TemporalMention>> perSentence = new ArrayList<>(sentences.size());
            eventSentence[a] = new boolean[sentences.size()];
            for (int s = 0; s < sentences.size(); s++) {
                String text = sentences.get(s).text();
                perSentence.add(tagger.tag(text, anchor));
                eventSentence[a][s] = EventWords.inSentence(text);
            }
            mentions.add(perSentence);
        }
    }

    int size() {
        return articles.size();
    }

    AnalysedArticle article(int a) {
        return articles.get(a);
    }

    /** The article's own index, as the rest of Dossier numbers it. */
    int index(int a) {
        return articles.get(a).index();
    }

    LocalDate published(int a) {
        return articles.get(a).article().published();
    }

    List<Sentence> sentences(int a) {
        return articles.get(a).sentences();
    }

    List<TemporalMention> mentions(int a, int s) {
        return mentions.get(a).get(s);
    }

    /** All date mentions of an article, for its document features. */
    List<TemporalMention> mentions(int a) {
        List<TemporalMention> all = new ArrayList<>();
        for (List<TemporalMention> m : mentions.get(a)) {
            all.addAll(m);
        }
        return all;
    }

    /** The distinct content terms of an article's sentences (computed on first use, then kept). */
    synchronized java.util.Set<String> articleTerms(int a) {
        if (articleTerms[a] == null) {
            java.util.Set<String> terms = new java.util.HashSet<>();
            for (Sentence s : sentences(a)) {
                terms.addAll(analyzer.contentTerms(s.text()));
            }
            articleTerms[a] = terms;
        }
        return articleTerms[a];
    }

    boolean isEventSentence(int a, int s) {
        return eventSentence[a][s];
    }

    /**
     * The resolved days a sentence reports as past (on or before its article's publication date, when known):
     * a preview of a coming meeting does not date the meeting it previews as happening.
     */
    List<LocalDate> reportedDays(int a, int s) {
        LocalDate published = published(a);
        List<LocalDate> days = new ArrayList<>(2);
        for (TemporalMention m : mentions(a, s)) {
            if (m.isResolvedDay() && (published == null || !m.resolved().isAfter(published))) {
                days.add(m.resolved());
            }
        }
        return days;
    }

    /** Every resolved day mentioned by a sentence, past or future. */
    List<LocalDate> days(int a, int s) {
        List<LocalDate> days = new ArrayList<>(2);
        for (TemporalMention m : mentions(a, s)) {
            if (m.isResolvedDay()) {
                days.add(m.resolved());
            }
        }
        return days;
    }
}
