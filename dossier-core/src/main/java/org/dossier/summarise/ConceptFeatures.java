package org.dossier.summarise;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.model.AnalysedArticle;

/**
 * What the summariser knows about a concept (a bigram of content terms, see {@link ConceptModel}) before deciding
 * what it is worth: the inputs of the learned {@link ConceptWeights}.
 *
 * <p>Every feature is a property of the input that any cluster has, whatever its source: how many of the articles
 * use the concept, how early they use it, whether it touches the focus query, how specific its words are. None
 * names a dataset, and counts are given as fractions of the cluster (or on a log scale) so that a cluster of two
 * web articles and a cluster of 25 wire stories are described on the same scale. Two features describe the
 * cluster itself ({@code 1 / articles} and its product with the document fraction) so that one linear model can
 * learn that agreement between outlets means more when there are many outlets.
 *
 * <p>This is the supervised bigram weighting of Li, Qian and Liu (2013), "Using supervised bigram-based ILP for
 * extractive summarization": a logistic model estimates the probability that a bigram of the input appears in a
 * human summary, and the summary covering the most probable bigrams wins.
 */
public final class ConceptFeatures {
    /** Feature names, in the order of the vectors and of the coefficients in {@code weights.properties}. */
    public static final List<String> NAMES = List.of(
            "bias",              // 1: the base rate
            "docFraction",       // articles containing the concept / articles
            "logDocs",           // ln(1 + articles containing it)
            "singleSource",      // 1 when only one article of several has it
            "leadFraction",      // articles having it in their first LEAD_SENTENCES sentences / articles
            "earliest",          // 1 / (1 + index of the earliest sentence holding it, over all articles)
            "meanEarliness",     // mean over the articles holding it of 1 / (1 + first index there)
            "logOccurrences",    // ln(1 + sentences holding it)
            "query",             // its terms that are query terms, / 2
            "neighbour",         // its terms that are query neighbours, / 2
            "specificity",       // mean idf of its two terms, / ln(1 + sentences)
            "number",            // 1 when one of its terms is a number
            "inverseArticles",   // 1 / articles: how small the cluster is
            "docFractionSmall",  // docFraction / articles: agreement in a small cluster
            "logCount");         // ln of the concept-count score (see below)
    /** Number of features. */
    public static final int COUNT = NAMES.size();

    /** The sentences per article that count as its lead. */
    static final int LEAD_SENTENCES = 3;

    private ConceptFeatures() {
    }

    /**
     * The concepts of one cluster with their features, for training a model.
     *
     * @param concepts each concept as its two stemmed terms joined by a space ("harbour talk")
     * @param features one vector per concept, aligned with {@link #NAMES}
     */
    public record Table(List<String> concepts, double[][] features) {
    }

    /**
     * Extracts the concepts of a cluster and their features exactly as the summariser sees them.
     *
     * @param articles the cleaned, split articles
     * @param focus    the focus query, or null
     * @param analyzer the term analysis the summariser uses
     */
    public static Table extract(List<AnalysedArticle> articles, String focus, TermAnalyzer analyzer) {
        ClusterTerms terms = ClusterTerms.of(articles, analyzer);
        ConceptModel model = ConceptModel.build(terms, FocusTerms.of(focus, terms), ConceptWeights.shipped());
        List<String> names = new ArrayList<>(model.size());
        double[][] features = new double[model.size()][];
        for (int c = 0; c < model.size(); c++) {
            names.add(terms.term(model.firstTerm(c)) + " " + terms.term(model.secondTerm(c)));
            features[c] = model.features(c);
        }
        return new Table(List.copyOf(names), features);
    }

    /**
     * The feature vector of one concept from its counts in the cluster.
     *
     * @param articles       articles in the cluster
     * @param sentences      sentences in the cluster
     * @param documents      articles containing the concept
     * @param leadDocuments  articles containing it in their lead
     * @param earliest       smallest sentence index where it occurs, over all articles
     * @param earlinessSum   sum over the articles containing it of 1 / (1 + its first index there)
     * @param occurrences    sentences containing it
     * @param queryTerms     its terms that are query terms (0-2)
     * @param neighbours     its terms that are query neighbours (0-2)
     * @param meanIdf        mean cluster idf of its two terms
     * @param number         whether a term is a number
     */
    /**
     * The hand-made concept score of the first summariser, kept as one feature because it encodes what worked
     * before learning: articles containing the concept plus half the articles having it in their lead, times 0.1
     * when only one article of several has it (unless it names a query term), times {@code 1 + 3 q + n} for its
     * query terms and query neighbours.
     */
    static double countScore(int articles, int documents, int leadDocuments, int queryTerms, int neighbours) {
        double w = documents + 0.5 * leadDocuments;
        if (articles >= 2 && documents < 2 && queryTerms == 0) {
            w *= 0.1;
        }
        return w * (1 + 3 * queryTerms + neighbours);
    }

    static double[] vector(int articles, int sentences, int documents, int leadDocuments, int earliest,
                           double earlinessSum, int occurrences, int queryTerms, int neighbours, double meanIdf,
                           boolean number) {
        double n = Math.max(1, articles);
        double docFraction = documents / n;
        return new double[] {
            1,
            docFraction,
            Math.log1p(documents),
            documents == 1 && articles > 1 ? 1 : 0,
            leadDocuments / n,
            1.0 / (1 + earliest),
            earlinessSum / Math.max(1, documents),
            Math.log1p(occurrences),
            queryTerms / 2.0,
            neighbours / 2.0,
            meanIdf / Math.log(1.0 + Math.max(1, sentences)),
            number ? 1 : 0,
            1 / n,
            docFraction / n,
            Math.log(countScore(articles, documents, leadDocuments, queryTerms, neighbours))
        };
    }
}
