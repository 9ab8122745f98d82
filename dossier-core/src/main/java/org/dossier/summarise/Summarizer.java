package org.dossier.summarise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.group.SentenceGroup;
import org.dossier.group.SentenceGrouper;
import org.dossier.group.SentenceGroups;
import org.dossier.group.SentenceRef;
import org.dossier.group.SentenceSimilarity;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.Sentence;
import org.dossier.model.SummarySentence;
import org.dossier.model.Words;

/**
 * Multi-document extractive summariser: picks source sentences that together cover the facts most outlets
 * report, within a word budget, and cites every source that states each one.
 *
 * <p>The pipeline, each step in its own class:
 * <ol>
 *   <li>{@link ClusterTerms}: content terms of every sentence (tokenise, drop stopwords, stem), computed once;</li>
 *   <li>{@link SentenceGrouper}: sentences stating the same fact across outlets share a group; a group may be
 *       shown once, citing all its sources;</li>
 *   <li>{@link Datelines} and {@link SentenceFilter}: the text as it would be shown, and whether it can stand
 *       alone (questions, quote fragments, furniture and very short sentences are out; "He said..." is only
 *       taken when nothing better fits);</li>
 *   <li>{@link ConceptModel}: bigram concepts, each weighted by the learned probability that a human summary
 *       states it ({@link ConceptWeights}: how many articles report it, how early, whether the query asks for it);</li>
 *   <li>{@link GreedySelector}: budgeted greedy coverage maximisation with the best-singleton check, each
 *       sentence's gain scaled by a lead prior that fades as the cluster grows
 *       ({@link ConceptWeights#leadPrior()});</li>
 *   <li>{@link ReadingOrder}: chronology, then average position, keeping each article's own order.</li>
 * </ol>
 * When no sentence passes the filters and fits (tiny or odd input) it falls back to unfiltered sentences,
 * preferring leading ones; if no sentence at all fits the budget, the best one is cut to its first
 * {@code budget} words. The shown text is always the source sentence or a run of its words in their order.
 *
 * <p>Deterministic: the same input gives the same summary. Thread-safe (no mutable state).
 */
public final class Summarizer {
    /** Gain multiplier for sentences that read poorly out of context: chosen only when clearly better. */
    static final double DISCOURAGED_FACTOR = 0.5;
    /**
     * Gain multiplier for a sentence that leans on the one before it ("He said...", "..., they said.") while that
     * sentence is not in the summary. Once it is, the two read together and the penalty goes (see
     * {@link GreedySelector}). Stronger than {@link #DISCOURAGED_FACTOR}: a dangling "he" confuses more than a
     * long sentence does.
     */
    static final double CONTEXT_FACTOR = 0.25;
    /** Gain multiplier, when a focus is set, for sentences that mention neither a query term nor a neighbour. */
    static final double OFF_FOCUS_FACTOR = 0.5;

    private final SummaryOptions options;
    private final TermAnalyzer analyzer;
    private final SentenceGrouper grouper;
    private final ConceptWeights weights;

    /** A summariser with the default term analysis (English stopwords, {@link org.dossier.analyse.terms.LightStemmer}). */
    public Summarizer(SummaryOptions options) {
        this(options, new TermAnalyzer());
    }

    /** A summariser with the given term analysis (for example another stemmer) and the shipped weights. */
    public Summarizer(SummaryOptions options, TermAnalyzer analyzer) {
        this(options, analyzer, ConceptWeights.shipped());
    }

    /**
     * A summariser with its own learned weights: what {@code dossier train} uses to score a candidate model on
     * held-out clusters. Everything else should use the shipped weights.
     */
    public Summarizer(SummaryOptions options, TermAnalyzer analyzer, ConceptWeights weights) {
        this.options = Objects.requireNonNull(options, "options");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.grouper = new SentenceGrouper(analyzer);
    }

    /** Summarises the articles under the word budget, in reading order; every sentence cites all its sources. */
    public List<SummarySentence> summarise(List<AnalysedArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        return summarise(ClusterTerms.of(articles, analyzer));
    }

    /**
     * As {@link #summarise(List)}, from the content terms of the articles already computed (with
     * {@link #analyzer()}, or the summary changes): a caller that needs the terms for another step too, such as
     * {@link Headlines#choose(ClusterTerms, List)}, analyses the text once. The focus query is analysed with
     * {@code terms.analyzer()}.
     */
    public List<SummarySentence> summarise(ClusterTerms terms) {
        if (terms.articleCount() == 0) {
            return List.of();
        }
        SentenceGroups groups = grouper.group(terms);
        FocusTerms focus = FocusTerms.of(options.focus(), terms);
        ConceptModel concepts = ConceptModel.build(terms, focus, weights);
        GreedySelector selector = new GreedySelector(concepts, options.words(), weights.costScaling());

        List<Candidate> chosen = selector.select(candidates(terms, groups, concepts, focus, false));
        if (chosen.isEmpty()) {
            chosen = selector.select(candidates(terms, groups, concepts, focus, true));
        }
        if (chosen.isEmpty()) {
            chosen = truncatedLead(terms, groups, concepts);
        }
        return present(chosen, terms, groups);
    }

    /** The term analysis this summariser reads text with. */
    public TermAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * Every sentence that may be chosen. Normally only sentences the filter accepts; in fallback mode every
     * non-empty sentence, each with a small prior favouring early sentences so that something sensible is chosen
     * even when no concept has any weight.
     */
    private List<Candidate> candidates(ClusterTerms terms, SentenceGroups groups, ConceptModel concepts,
                                       FocusTerms focus, boolean fallback) {
        List<Candidate> out = new ArrayList<>();
        for (int a = 0; a < terms.articleCount(); a++) {
            List<Sentence> sentences = terms.articles().get(a).sentences();
            for (int s = 0; s < sentences.size(); s++) {
                String shown = Datelines.strip(sentences.get(s).text());
                int words = Words.count(shown);
                if (words == 0) {
                    continue;
                }
                Suitability suitability = SentenceFilter.judge(shown, words);
                if (s > 0 && SentenceFilter.endsOnAbbreviation(sentences.get(s - 1).text())) {
                    suitability = Suitability.REJECTED; // the tail of a sentence cut at "Dr." or "U.S."
                }
                if (suitability == Suitability.REJECTED && !fallback) {
                    continue;
                }
                double contextFactor = 1;
                double factor = 1;
                if (suitability == Suitability.DISCOURAGED && SentenceFilter.needsContext(shown)) {
                    contextFactor = s > 0 ? CONTEXT_FACTOR : DISCOURAGED_FACTOR;
                } else if (suitability != Suitability.GOOD) {
                    factor = DISCOURAGED_FACTOR;
                }
                factor *= weights.leadPriorFactor(s, terms.articleCount());
                double prior = fallback ? 1.0 / (1 + s) : 0;
                if (!focus.isEmpty() && !focus.touches(terms.set(a, s))) {
                    factor *= OFF_FOCUS_FACTOR; // a focused summary should answer the query, not retell the story
                }
                SentenceGroup group = groups.groupOf(a, s);
                factor *= weights.sourceFactor(group.articleCount(), terms.articleCount());
                out.add(new Candidate(new SentenceRef(a, s), shown, words, group.id(), concepts.conceptsOf(a, s),
                        factor, prior, contextFactor));
            }
        }
        return out;
    }

    /** Last resort when every sentence exceeds the budget: the first words of the best leading sentence. */
    private List<Candidate> truncatedLead(ClusterTerms terms, SentenceGroups groups, ConceptModel concepts) {
        List<Candidate> all = candidates(terms, groups, concepts, FocusTerms.none(), true);
        Candidate best = null;
        double bestScore = -1;
        for (Candidate c : all) {
            double score = c.prior();
            for (int concept : c.concepts()) {
                score += concepts.weight(concept);
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        String cut = firstWords(best.shown(), options.words());
        return List.of(new Candidate(best.ref(), cut, Words.count(cut), best.group(), best.concepts(), 1, 0));
    }

    /** The first {@code n} whitespace words of {@code text}, with the source's own spacing. */
    static String firstWords(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                if (words == n) {
                    return text.substring(0, i).strip();
                }
                words++;
            }
            inWord = !space;
        }
        return text.strip();
    }

    /** Adds citations and puts the chosen sentences in reading order. */
    private List<SummarySentence> present(List<Candidate> chosen, ClusterTerms terms, SentenceGroups groups) {
        List<ReadingOrder.Item> items = new ArrayList<>();
        Map<SentenceRef, String> shownText = new TreeMap<>();
        for (Candidate c : chosen) {
            items.add(new ReadingOrder.Item(c.ref(), citedSentences(c.ref(), terms, groups)));
            shownText.put(c.ref(), c.shown());
        }
        List<SummarySentence> out = new ArrayList<>();
        for (ReadingOrder.Item item : keepAntecedents(ReadingOrder.arrange(items, terms.articles()), shownText)) {
            List<Citation> citations = new ArrayList<>();
            for (SentenceRef ref : item.sources()) {
                AnalysedArticle article = terms.articles().get(ref.article());
                Sentence sentence = article.sentences().get(ref.sentence());
                citations.add(new Citation(article.index() + 1, sentence.index(), sentence.text()));
            }
            out.add(new SummarySentence(shownText.get(item.shown()), citations));
        }
        return out;
    }

    /**
     * Moves every sentence that leans on the previous sentence of its article ({@link SentenceFilter#needsContext})
     * right after that sentence when both are in the summary: "He denied it." must follow the sentence naming him,
     * even when the reading order put another outlet's sentence between them.
     */
    static List<ReadingOrder.Item> keepAntecedents(List<ReadingOrder.Item> ordered, Map<SentenceRef, String> shown) {
        List<ReadingOrder.Item> out = new ArrayList<>(ordered);
        for (ReadingOrder.Item item : ordered) {
            SentenceRef ref = item.shown();
            if (ref.sentence() == 0 || !SentenceFilter.needsContext(shown.get(ref))) {
                continue;
            }
            SentenceRef previous = new SentenceRef(ref.article(), ref.sentence() - 1);
            if (indexOf(out, previous) < 0) {
                continue; // its antecedent is not in the summary: nothing to keep together
            }
            out.remove(item);
            out.add(indexOf(out, previous) + 1, item);
        }
        return out;
    }

    private static int indexOf(List<ReadingOrder.Item> items, SentenceRef shown) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).shown().equals(shown)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The shown sentence first, then, for every other article in its group, the member closest to it in wording
     * (one citation per source), in source order.
     */
    private static List<SentenceRef> citedSentences(SentenceRef shown, ClusterTerms terms, SentenceGroups groups) {
        SentenceGroup group = groups.groupOf(shown);
        Map<Integer, SentenceRef> bestByArticle = new TreeMap<>();
        Map<Integer, Double> bestScore = new TreeMap<>();
        for (SentenceRef member : group.members()) {
            if (member.article() == shown.article()) {
                continue;
            }
            double score = SentenceSimilarity.between(terms, shown, member).dice();
            if (score > bestScore.getOrDefault(member.article(), -1.0)) {
                bestScore.put(member.article(), score);
                bestByArticle.put(member.article(), member);
            }
        }
        List<SentenceRef> cited = new ArrayList<>();
        cited.add(shown);
        cited.addAll(bestByArticle.values());
        return cited;
    }
}
