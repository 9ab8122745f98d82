package org.dossier.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.analyse.dates.TemporalTagger;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.group.SentenceGrouper;
import org.dossier.group.events.StoryEvents;
import org.dossier.model.Agreement;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Discrepancy;
import org.dossier.model.Sentence;

/**
 * Compares the articles of one story: which claims several outlets report ({@link Agreement}: "reported by 3 of
 * 5"), and which values they state differently ({@link Discrepancy}: "35 minutes" [4][5] against "50 minutes"
 * [1], conflicting).
 *
 * <pre>{@code
 * StoryEvents events = new EventSeparator().separate(articles);
 * Comparison c = new StoryComparer().compare(articles, events);
 * for (Agreement a : c.agreements()) {
 *     System.out.println(a.claim() + " (" + a.sourceCount() + " of " + a.sourceTotal() + ")");
 * }
 * for (Discrepancy d : c.discrepancies()) {
 *     System.out.println(d.subject() + ": " + d.values() + " " + d.verdict());
 * }
 * }</pre>
 *
 * <p>How it works (see {@code docs/compare.md}):
 * <ul>
 *   <li><b>Agreements</b> come from {@link AgreementFinder}: near-duplicate sentence groups across articles, plus
 *       paraphrases that share a figure or rare words with them.</li>
 *   <li><b>Discrepancies</b> come from figures and words read in every sentence: meeting lengths
 *       ({@link DurationReader}), counts and amounts ({@link QuantityReader}), characterisations of the meeting
 *       ({@link CharacterisationReader}). Each is placed on the event it is about ({@link Occasions}), so that two
 *       meetings' lengths are never compared, and then judged by {@link ValueComparer} and
 *       {@link CharacterisationComparer}: values whose ranges overlap ("35 minutes", "more than 30 minutes") are
 *       compatible, others conflicting.</li>
 * </ul>
 * Precision comes first throughout: a briefing that shows a false conflict loses the reader's trust, so every
 * rule that is unsure stays silent.
 *
 * <p>Stateless apart from its options; thread-safe. Ten articles take a few milliseconds once warm.
 */
public final class StoryComparer {
    /** Agreements shown by default: enough for a briefing's "where outlets agree" box. */
    public static final int DEFAULT_MAX_AGREEMENTS = 8;
    /** Discrepancies shown by default. */
    public static final int DEFAULT_MAX_DISCREPANCIES = 8;

    private final int maxAgreements;
    private final int maxDiscrepancies;
    private final TermAnalyzer analyzer;
    private final SentenceGrouper grouper;
    private final TemporalTagger tagger = new TemporalTagger();
    private final DurationReader durations = new DurationReader();
    private final QuantityReader quantities = new QuantityReader();
    private final CharacterisationReader characterisations = new CharacterisationReader();

    /** Default caps ({@value #DEFAULT_MAX_AGREEMENTS} agreements, {@value #DEFAULT_MAX_DISCREPANCIES} discrepancies). */
    public StoryComparer() {
        this(builder());
    }

    private StoryComparer(Builder b) {
        this.maxAgreements = b.maxAgreements;
        this.maxDiscrepancies = b.maxDiscrepancies;
        this.analyzer = b.analyzer;
        this.grouper = new SentenceGrouper(analyzer);
    }

    /** Options: how many agreements and discrepancies to keep, and the term analyzer to share. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compares the articles of one story.
     *
     * @param articles the story's articles; citation numbers are {@code index + 1}
     * @param events   the story's events, used to tell apart values about different events; {@code null} or an
     *                 empty list treats the story as one event
     */
    public Comparison compare(List<AnalysedArticle> articles, StoryEvents events) {
        if (articles.size() < 2) {
            return new Comparison(List.of(), List.of());
        }
        Occasions occasions = new Occasions(articles, events, tagger);
        ClusterTerms terms = ClusterTerms.of(articles, analyzer);
        List<Agreement> agreements = new AgreementFinder(grouper).find(terms, occasions, maxAgreements);
        return new Comparison(agreements, discrepancies(articles, occasions));
    }

    private List<Discrepancy> discrepancies(List<AnalysedArticle> articles, Occasions occasions) {
        List<Observation> figures = new ArrayList<>();
        List<Characterisation> words = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                read(a, s, occasions, figures, words);
            }
        }
        OccasionWords occasionWords = new OccasionWords(articles);
        List<Ranked> ranked = new ArrayList<>(new ValueComparer(occasions, occasionWords).compare(figures));
        ranked.addAll(new CharacterisationComparer(occasions, occasionWords).compare(words));
        ranked.sort(Ranked.ORDER);
        List<Discrepancy> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (out.size() >= maxDiscrepancies) {
                break;
            }
            out.add(r.discrepancy());
        }
        return out;
    }

    /** Reads the figures and characterisations of one sentence, placed on its event. */
    private void read(AnalysedArticle a, Sentence s, Occasions occasions, List<Observation> figures,
                      List<Characterisation> words) {
        String text = s.text();
        boolean mayHaveFigure = hasDigitOrNumberWord(text);
        boolean mayCharacterise = mentionsMeeting(text);
        if (!mayHaveFigure && !mayCharacterise) {
            return;
        }
        int occasion = occasions.of(a.index(), s.index());
        if (occasion == Occasions.NONE) {
            return;
        }
        if (mayHaveFigure) {
            Set<String> context = context(text);
            figures.addAll(durations.read(s, occasion, context));
            for (Observation o : quantities.read(s, occasion, context)) {
                Set<String> own = new HashSet<>(context);
                own.remove(o.head());
                own.removeAll(analyzer.contentTerms(o.noun()));
                figures.add(new Observation(o.kind(), o.occasion(), o.head(), o.noun(), o.figure(), o.hedge(),
                        o.range(), o.shown(), own, o.citation()));
            }
        }
        if (mayCharacterise) {
            words.addAll(characterisations.read(s, occasion));
        }
    }

    /** Content terms of a sentence without its figures: what a figure is about. */
    private Set<String> context(String text) {
        Set<String> out = new HashSet<>();
        for (String t : analyzer.contentTerms(text)) {
            if (t.chars().noneMatch(Character::isDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                    + "forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half|hour)");

    private static boolean hasDigitOrNumberWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return NUMBER_WORD.matcher(text).find();
    }

    private static boolean mentionsMeeting(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String t : CharacterisationReader.TARGETS) {
            if (lower.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Options for a {@link StoryComparer}. */
    public static final class Builder {
        private int maxAgreements = DEFAULT_MAX_AGREEMENTS;
        private int maxDiscrepancies = DEFAULT_MAX_DISCREPANCIES;
        private TermAnalyzer analyzer = new TermAnalyzer();

        private Builder() {
        }

        /** At most this many agreements, the most widely reported first (default {@value StoryComparer#DEFAULT_MAX_AGREEMENTS}). */
        public Builder maxAgreements(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("maxAgreements < 0: " + n);
            }
            this.maxAgreements = n;
            return this;
        }

        /** At most this many discrepancies, conflicting ones first (default {@value StoryComparer#DEFAULT_MAX_DISCREPANCIES}). */
        public Builder maxDiscrepancies(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("maxDiscrepancies < 0: " + n);
            }
            this.maxDiscrepancies = n;
            return this;
        }

        /** The term analyzer, to share a stemmer with the rest of the pipeline. */
        public Builder analyzer(TermAnalyzer analyzer) {
            this.analyzer = java.util.Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        public StoryComparer build() {
            return new StoryComparer(this);
        }
    }
}
