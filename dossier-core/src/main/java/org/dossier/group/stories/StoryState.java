package org.dossier.group.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.dossier.group.events.DocumentSimilarity;

/**
 * A story the clusterer can still add to: its members, time span, sources, one {@link Centroid} per feature
 * family and a few exemplar members kept whole. Mutable and owned by one {@link StoryClusterer}; what leaves the
 * clusterer is the immutable {@link Story}.
 */
final class StoryState {
    /** How many members are kept whole, to choose the headline among: the most central of them gives it. */
    static final int EXEMPLARS = 5;

    final String id;
    final long number;
    final List<String> members = new ArrayList<>();
    final LinkedHashSet<String> outlets = new LinkedHashSet<>();
    LocalDate first;
    LocalDate last;
    long lastArrival;
    String firstTitle;
    Centroid terms = new Centroid();
    Centroid names = new Centroid();
    Centroid dates = new Centroid();
    final List<Exemplar> exemplars = new ArrayList<>();
    /** The features this story is found under in the {@link CandidateIndex} (terms and names). */
    List<String> indexedTerms = List.of();
    List<String> indexedNames = List.of();

    /** A member kept whole: its id, title and vectors at the time it joined. */
    record Exemplar(String id, String title, ArticleVectors vectors) {
    }

    StoryState(String id, long number) {
        this.id = id;
        this.number = number;
    }

    /**
     * The estimated mean similarity of an article to this story's members (average linkage), mixing the families
     * as {@link DocumentSimilarity} mixes them for two documents.
     */
    double similarity(ArticleVectors a, StreamFrequencies df, DocumentSimilarity.Weights w) {
        return ArticleVectors.mix(
                a.terms().isEmpty() || terms.members() == 0 ? Double.NaN : terms.meanSimilarity(a.terms(), df.terms()),
                a.names().isEmpty() || names.members() == 0 ? Double.NaN : names.meanSimilarity(a.names(), df.names()),
                a.dates().isEmpty() || dates.members() == 0 ? Double.NaN : dates.meanSimilarity(a.dates(), df.dates()),
                w);
    }

    /** Adds a member; the caller re-indexes the story afterwards. */
    void add(StreamArticle article, ArticleVectors vectors, long arrival, StreamFrequencies df,
             int storyTerms, DocumentSimilarity.Weights w) {
        members.add(article.id());
        if (article.outlet() != null && !article.outlet().isBlank()) {
            outlets.add(article.outlet());
        }
        LocalDate d = article.published();
        if (d != null) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        if (firstTitle == null && article.title() != null && !article.title().isBlank()) {
            firstTitle = article.title();
        }
        lastArrival = arrival;
        terms.add(vectors.terms(), df.terms(), storyTerms);
        names.add(vectors.names(), df.names(), storyTerms);
        dates.add(vectors.dates(), df.dates(), storyTerms);
        keepIfCentral(new Exemplar(article.id(), article.title(), vectors), df, w);
    }

    /** Keeps the first members as exemplars, then lets a newcomer replace the least central one if more central. */
    private void keepIfCentral(Exemplar candidate, StreamFrequencies df, DocumentSimilarity.Weights w) {
        if (exemplars.size() < EXEMPLARS) {
            exemplars.add(candidate);
            return;
        }
        int weakest = -1;
        double weakestScore = similarity(candidate.vectors(), df, w);
        for (int i = 0; i < exemplars.size(); i++) {
            double s = similarity(exemplars.get(i).vectors(), df, w);
            if (s < weakestScore) {
                weakestScore = s;
                weakest = i;
            }
        }
        if (weakest >= 0) {
            exemplars.set(weakest, candidate);
        }
    }

    /** The title of the most central titled exemplar, else the first title any member had. */
    String headline(StreamFrequencies df, DocumentSimilarity.Weights w) {
        String best = null;
        double bestScore = -1;
        for (Exemplar e : exemplars) {
            if (e.title() == null || e.title().isBlank()) {
                continue;
            }
            double s = similarity(e.vectors(), df, w);
            if (s > bestScore) {
                bestScore = s;
                best = e.title();
            }
        }
        return best != null ? best : firstTitle;
    }

    Story summary(StreamFrequencies df, DocumentSimilarity.Weights w, boolean active) {
        return new Story(id, members.size(), new ArrayList<>(outlets), first, last, headline(df, w), members, active);
    }
}
