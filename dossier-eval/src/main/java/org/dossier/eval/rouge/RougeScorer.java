package org.dossier.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ROUGE-1.5.5 in Java: scores one system summary against one or more human references.
 *
 * <p>Reproduces the figures of the official Perl script run as
 * {@code ROUGE-1.5.5.pl -a -c 95 -r 10 -f A -p 0.5 -t 0 -n 2 -2 4 -u} plus the limit, stemming and stopword switches
 * held in {@link RougeOptions}, with one sentence per input line. What it computes:
 * <ul>
 *   <li><b>ROUGE-1 / ROUGE-2</b>: clipped n-gram matches. n-grams run across line boundaries.</li>
 *   <li><b>ROUGE-SU4</b>: the same with skip-bigrams (ordered word pairs with up to four words between them)
 *       plus the unigrams of all words but the last, a quirk of the Perl script kept for identical figures.</li>
 *   <li><b>ROUGE-L</b>: summary-level union LCS, lines being sentences (see {@link UnionLcs}).</li>
 * </ul>
 * Several references are pooled, as ROUGE's {@code -f A} does: recall = all hits / all reference units, and
 * precision = all hits / (number of references × system units). F = P·R / ((1 − α)·P + α·R), from R and P
 * rounded to five decimals as the Perl script does (see {@link RougeScore}).
 *
 * <p>Usage:
 * <pre>{@code
 * RougeScorer scorer = new RougeScorer(RougeOptions.duc2006());
 * RougeReport report = scorer.score(systemLines, List.of(ref1Lines, ref2Lines));
 * double r2 = report.rouge2().recall();
 * }</pre>
 * When one set of references is scored many times, call {@link #prepare(List)} once and
 * {@link #score(List, PreparedReferences)} for each system. Instances are immutable and thread-safe.
 */
public final class RougeScorer {
    private final RougeOptions options;
    private final RougeTokenizer tokenizer;

    /** A scorer with the given options. */
    public RougeScorer(RougeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.tokenizer = new RougeTokenizer(options);
    }

    /** The options this scorer applies. */
    public RougeOptions options() {
        return options;
    }

    /**
     * Scores a system summary against references.
     *
     * @param systemLines    the system summary, one sentence a line
     * @param referenceLines each reference, one sentence a line
     */
    public RougeReport score(List<String> systemLines, List<List<String>> referenceLines) {
        return score(systemLines, prepare(referenceLines));
    }

    /** Tokenises and counts references once, for repeated {@link #score(List, PreparedReferences)} calls. */
    public PreparedReferences prepare(List<List<String>> referenceLines) {
        if (referenceLines.isEmpty()) {
            throw new IllegalArgumentException("ROUGE needs at least one reference");
        }
        List<TokenisedText> tokenised = new ArrayList<>(referenceLines.size());
        for (List<String> ref : referenceLines) {
            tokenised.add(tokenise(ref, options.truncateReferences()));
        }
        Vocabulary vocabulary = new Vocabulary(tokenised);
        List<EncodedSummary> refs = new ArrayList<>(tokenised.size());
        for (TokenisedText ref : tokenised) {
            refs.add(EncodedSummary.of(ref, vocabulary, options.maxSkipDistance()));
        }
        return new PreparedReferences(options, vocabulary, refs);
    }

    /** Scores a system summary against references prepared by a scorer with the same options. */
    public RougeReport score(List<String> systemLines, PreparedReferences references) {
        if (!references.options().equals(options)) {
            throw new IllegalArgumentException("references were prepared with other options: "
                    + references.options() + " vs " + options);
        }
        EncodedSummary system = EncodedSummary.of(tokenise(systemLines, true), references.vocabulary(),
                options.maxSkipDistance());
        Totals rouge1 = new Totals();
        Totals rouge2 = new Totals();
        Totals rougeL = new Totals();
        Totals rougeSU4 = new Totals();
        for (EncodedSummary ref : references.references()) {
            rouge1.add(ref.unigrams().overlap(system.unigrams()), ref.tokenCount(), system.tokenCount());
            rouge2.add(ref.bigrams().overlap(system.bigrams()), ref.bigramTotal(), system.bigramTotal());
            rougeSU4.add(ref.skipBigramsAndUnigrams().overlap(system.skipBigramsAndUnigrams()),
                    ref.skipBigramAndUnigramTotal(), system.skipBigramAndUnigramTotal());
            // ROUGE-1.5.5: recall divides by the reference's sentence tokens, precision by the system's
            // n-gram-text tokens (the two differ only under a byte limit).
            rougeL.add(UnionLcs.hits(ref, system), ref.lcsTokenCount(), system.tokenCount());
        }
        double alpha = options.alpha();
        return new RougeReport(rouge1.score(alpha), rouge2.score(alpha), rougeL.score(alpha), rougeSU4.score(alpha));
    }

    /** The ROUGE tokens of each line that survives the length limit (when {@code applyLimit}), read both ways. */
    private TokenisedText tokenise(List<String> lines, boolean applyLimit) {
        RougeOptions limits = applyLimit ? options : options.withWordLimit(0);
        List<List<String>> ngramTokens = tokenizeEach(LengthLimit.apply(lines, limits));
        if (!LengthLimit.readsSentencesDifferently(limits)) {
            return new TokenisedText(ngramTokens, ngramTokens);
        }
        return new TokenisedText(ngramTokens, tokenizeEach(LengthLimit.applyForLcs(lines, limits)));
    }

    private List<List<String>> tokenizeEach(List<String> lines) {
        List<List<String>> tokenised = new ArrayList<>(lines.size());
        for (String line : lines) {
            tokenised.add(tokenizer.tokenize(line));
        }
        return tokenised;
    }

    /** Hits and unit counts pooled over references (ROUGE's {@code -f A}). */
    private static final class Totals {
        long hits;
        long referenceUnits;
        long systemUnits;

        void add(long hits, long referenceUnits, long systemUnits) {
            this.hits += hits;
            this.referenceUnits += referenceUnits;
            this.systemUnits += systemUnits;
        }

        RougeScore score(double alpha) {
            return RougeScore.of(hits, referenceUnits, systemUnits, alpha);
        }
    }
}
