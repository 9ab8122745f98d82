package org.dossier.group.stories;

import org.dossier.group.events.DocumentSimilarity;

/**
 * The three weighted feature families of one article: what it talks about, whom and where it names, which days it
 * reports. See {@link FamilyVector}.
 */
record ArticleVectors(FamilyVector terms, FamilyVector names, FamilyVector dates) {

    /**
     * Mixes per-family similarities exactly as {@link DocumentSimilarity} mixes them for two documents: terms and
     * names by their weights, a family one side lacks ({@code NaN}) left out rather than counted as disagreement,
     * and the result scaled down by disagreeing days, {@code 1 - d + d * dates}, when both sides report days.
     */
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
