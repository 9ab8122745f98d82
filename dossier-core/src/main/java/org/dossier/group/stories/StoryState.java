package org.dossier.group.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.dossier.group.events.DocumentSimilarity;

/**
 * A story the clusterer can still add to: its members, time span, sources, one {@link Centroid} per feature
 * family, and the few members that were most like the story when they joined (the headline candidates). Mutable and
 * owned by one {@link StoryClusterer}; what leaves the clusterer is the immutable {@link Story}.
 */
final class StoryState {
    /** How many headline candidates are kept. */
    static final int EXEMPLARS = 5;

    final String id;
    final long number;
    final List<String> members = new ArrayList<>();
    /** Outlets of the members and how many members each has (a move out must be able to take one back). */
    final LinkedHashMap<String, Integer> outlets = new LinkedHashMap<>();
    LocalDate first;
    LocalDate last;
    long lastArrival;
    Centroid terms = new Centroid();
    Centroid names = new Centroid();
    Centroid dates = new Centroid();
    /** The titled members that were most similar to the story when they joined, most similar first. */
    final List<Exemplar> exemplars = new ArrayList<>();
    /** The features this story is found under in the {@link CandidateIndex} (terms and names). */
    List<String> indexedTerms = List.of();
    List<String> indexedNames = List.of();

    /**
     * A titled member and how central it is: its similarity to the story when it joined. The founder is given the
     * similarity of the second member, the first measure of how alike the two are.
     */
    record Exemplar(String id, String title, double score) {
    }

    StoryState(String id, long number) {
        this.id = id;
        this.number = number;
    }

    /**
     * The estimated mean similarity of an article to this story's members (average linkage), mixing the families
     * as {@link DocumentSimilarity} mixes them for two documents.
     */
    double similarity(ArticleVectors a, DocumentSimilarity.Weights w) {
        return ArticleVectors.mix(
                a.terms().isEmpty() || terms.members() == 0 ? Double.NaN : terms.meanSimilarity(a.terms()),
                a.names().isEmpty() || names.members() == 0 ? Double.NaN : names.meanSimilarity(a.names()),
                a.dates().isEmpty() || dates.members() == 0 ? Double.NaN : dates.meanSimilarity(a.dates()),
                w);
    }

    /** Adds a member that joined with {@code similarity} (0 for the founder); the caller re-indexes the story. */
    void add(StreamArticle article, ArticleVectors vectors, double similarity, long arrival, StreamFrequencies df,
             int storyTerms) {
        add(article.id(), article.outlet(), article.published(), article.title(), vectors, similarity, arrival, df,
                storyTerms, members.size());
    }

    /**
     * Adds a member moved here by a revision, at its place in arrival order among the members that are still in
     * the window ({@code arrivalOf} gives their arrival, or -1 for older ones).
     */
    void addMoved(WindowArticle w, double similarity, long arrival, StreamFrequencies df, int storyTerms,
                  java.util.function.ToLongFunction<String> arrivalOf) {
        int at = members.size();
        while (at > 0 && arrivalOf.applyAsLong(members.get(at - 1)) > w.arrival) {
            at--;
        }
        add(w.id, w.outlet, w.published, w.title, w.vectors, similarity, arrival, df, storyTerms, at);
    }

    private void add(String articleId, String outlet, LocalDate d, String title, ArticleVectors vectors,
                     double similarity, long arrival, StreamFrequencies df, int storyTerms, int position) {
        members.add(position, articleId);
        if (outlet != null && !outlet.isBlank()) {
            outlets.merge(outlet, 1, Integer::sum);
        }
        if (d != null) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        lastArrival = Math.max(lastArrival, arrival);
        terms.add(vectors.terms(), df.terms(), storyTerms);
        names.add(vectors.names(), df.names(), storyTerms);
        dates.add(vectors.dates(), df.dates(), storyTerms);
        if (members.size() == 2 && exemplars.size() == 1 && exemplars.get(0).score() == 0) {
            Exemplar founder = exemplars.remove(0);
            offer(new Exemplar(founder.id(), founder.title(), similarity));
        }
        if (title != null && !title.isBlank()) {
            offer(new Exemplar(articleId, title, similarity));
        }
    }

    /**
     * Takes a member out (a revision moved it elsewhere): its id, its outlet count, its vectors from the
     * centroids and its headline candidacy. The date span is kept as it was: it only bounds the window check, and
     * the dates of members that left the window are no longer known.
     */
    void remove(WindowArticle w) {
        members.remove(w.id);
        if (w.outlet != null && !w.outlet.isBlank()) {
            outlets.computeIfPresent(w.outlet, (k, n) -> n > 1 ? n - 1 : null);
        }
        terms.remove(w.vectors.terms());
        names.remove(w.vectors.names());
        dates.remove(w.vectors.dates());
        exemplars.removeIf(e -> e.id().equals(w.id));
    }

    /** Keeps the {@value #EXEMPLARS} most central titled members, most central first (earlier first on ties). */
    private void offer(Exemplar candidate) {
        int at = 0;
        while (at < exemplars.size() && exemplars.get(at).score() >= candidate.score()) {
            at++;
        }
        if (at < EXEMPLARS) {
            exemplars.add(at, candidate);
            if (exemplars.size() > EXEMPLARS) {
                exemplars.remove(EXEMPLARS);
            }
        }
    }

    /** The title of its most central titled member, or null when no member has a title. */
    String headline() {
        return exemplars.isEmpty() ? null : exemplars.get(0).title();
    }

    Story summary(boolean active) {
        return new Story(id, members.size(), new ArrayList<>(outlets.keySet()), first, last, headline(), members,
                active);
    }
}
