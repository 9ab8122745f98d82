package org.dossier.eval.summarise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.summarise.ConceptFeatures;

/**
 * Training examples for the concept model, one per concept of a cluster: its {@link ConceptFeatures} and the
 * fraction of the cluster's human summaries that contain it (a soft label: the logistic model then estimates
 * how many of the references, on average, state the concept).
 *
 * <p>"Contains" is decided the way the summariser sees text: the reference sentences go through the same
 * {@link TermAnalyzer} (stopwords out, light stemming) and their adjacent content-term pairs are the reference
 * concepts. Each example weighs {@code 1 / concepts in its cluster}, so that every cluster counts the same in the
 * loss: a 25-article DUC topic has ten times the concepts of a Multi-News cluster and would otherwise decide the
 * model alone.
 */
public final class ConceptExamples {
    private ConceptExamples() {
    }

    /** The examples of cluster {@code index} of a prepared set. */
    public static List<LogisticRegression.Example> of(SummaryQualityBenchmark.PreparedSet set, int index,
                                                      TermAnalyzer analyzer) {
        AnalysedCluster cluster = set.cluster(index);
        ConceptFeatures.Table table = ConceptFeatures.extract(cluster.articles(), cluster.focus(), analyzer);
        List<List<String>> references = set.referenceLines(index);
        Map<String, Integer> inReferences = referenceConcepts(references, analyzer);
        List<LogisticRegression.Example> out = new ArrayList<>(table.concepts().size());
        double weight = 1.0 / Math.max(1, table.concepts().size());
        for (int c = 0; c < table.concepts().size(); c++) {
            double label = inReferences.getOrDefault(table.concepts().get(c), 0) / (double) references.size();
            out.add(new LogisticRegression.Example(table.features()[c], label, weight));
        }
        return out;
    }

    /**
     * Adjacent content-term pairs ("harbour talk") of the references, each with the number of references that
     * contain it: ROUGE pools the references, so a bigram that all four DUC summaries state counts four times.
     */
    static Map<String, Integer> referenceConcepts(List<List<String>> references, TermAnalyzer analyzer) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> reference : references) {
            Set<String> mine = new HashSet<>();
            for (String sentence : reference) {
                List<String> terms = analyzer.contentTerms(sentence);
                for (int i = 0; i + 1 < terms.size(); i++) {
                    if (!terms.get(i).equals(terms.get(i + 1))) {
                        mine.add(terms.get(i) + " " + terms.get(i + 1));
                    }
                }
            }
            mine.forEach(c -> out.merge(c, 1, Integer::sum));
        }
        return out;
    }
}
