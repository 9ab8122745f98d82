package org.dossier.group.stories;

import org.dossier.group.events.DocumentSimilarity;

/**
 * The three weighted feature families of one article: what it talks about, whom and where it names, which days it
 * reports. See {@link FamilyVector}.
 */
record ArticleVectors(FamilyVector terms, FamilyVector names, FamilyVector dates) {

    /**
     * The similarity of two articles, mixed exactly as {@link DocumentSimilarity} mixes it: terms and names by
     * their weights (a family missing on either side left out), scaled down by disagreeing days.
     */
    double similarity(ArticleVectors other, DocumentSimilarity.Weights w) {
        return mix(terms.isEmpty() || other.terms.isEmpty() ? Double.NaN : terms.dot(other.terms),
                names.isEmpty() || other.names.isEmpty() ? Double.NaN : names.dot(other.names),
                dates.isEmpty() || other.dates.isEmpty() ? Double.NaN : dates.dot(other.dates), w);
    }

    /** Mixes per-family similarities, {@code NaN} standing for a family one side lacks. */
    static double mix(double terms, double names, double dates, DocumentSimilarity.Weights w) {
        double sum = 0;
        double weight = 0;
        if (!Double.isNaN(terms)) {
            sum += w.terms() * terms;
            weight += w.terms();
        }
        if (!Double.isNaN(names)) {
            sum += w.names() * names;
            weight += w.names();
        }
        double s = weight == 0 ? 0 : sum / weight;
        if (!Double.isNaN(dates)) {
            s *= 1 - w.dates() + w.dates() * dates;
        }
        return s;
    }
}
