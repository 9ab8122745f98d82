package org.dossier.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 *       ({@link CharacterisationReader}), and the day each outlet gives a meeting ({@link DateComparer}). Each
 *       is placed on the event it is about ({@link Occasions}), so that two
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
        List<Observation> figures = new ArrayList<>();
        List<Characterisation> words = new ArrayList<>();
        for (int p = 0; p < articles.size(); p++) {
            AnalysedArticle a = articles.get(p);
            for (int k = 0; k < a.sentences().size(); k++) {
                read(a.sentences().get(k), terms.set(p, k), terms, figures, words);
            }
        }
        List<Agreement> agreements = new AgreementFinder(grouper)
                .find(terms, occasions, maxAgreements, FigureClaims.of(figures, occasions, articles));
        return new Comparison(agreements, discrepancies(articles, figures, words, occasions));
    }

    private List<Discrepancy> discrepancies(List<AnalysedArticle> articles, List<Observation> figures,
                                            List<Characterisation> words, Occasions occasions) {
        OccasionWords occasionWords = new OccasionWords(articles);
        ValueComparer values = new ValueComparer(occasions, occasionWords, analyzer);
        List<Ranked> ranked = new ArrayList<>(values.compare(placeFigures(figures, occasions)));
        ranked.addAll(new CharacterisationComparer(occasions, occasionWords)
                .compare(placeCharacterisations(words, occasions), values.splits()));
        ranked.addAll(new DateComparer(tagger).compare(articles, occasions));
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

    /** Reads the figures and characterisations of one sentence, not yet placed on an event. */
    private void read(Sentence s, int[] termIds, ClusterTerms terms, List<Observation> figures,
                      List<Characterisation> words) {
        String text = s.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (hasDigitOrNumberWord(text, lower)) {
            if (lower.contains("minute") || lower.contains("hour")) {
                figures.addAll(durations.read(s, Occasions.UNPLACED, Set.of()));
            }
            List<Observation> counts = quantities.read(s, Occasions.UNPLACED, Set.of());
            if (!counts.isEmpty()) {
                Set<String> context = context(termIds, terms);
                for (Observation o : counts) {
                    Set<String> own = new HashSet<>(context);
                    own.remove(o.head());
                    own.removeAll(analyzer.contentTerms(o.noun()));
                    figures.add(new Observation(o.kind(), o.occasion(), o.head(), o.noun(), o.figure(), o.hedge(),
                            o.range(), o.shown(), own, o.citation(), o.position()));
                }
            }
        }
        if (mentionsMeeting(lower) && EvaluativeLexicon.anyIn(lower)) {
            words.addAll(characterisations.read(s, Occasions.UNPLACED));
        }
    }

    /**
     * Places on its event every figure of a slot that could make a discrepancy (two different figures from two
     * sources); the others are dropped unplaced. Placing needs the sentence's dates tagged, the costly part, so
     * it is done only where it can matter.
     */
    private static List<Observation> placeFigures(List<Observation> figures, Occasions occasions) {
        Map<String, List<Observation>> bySlot = new LinkedHashMap<>();
        for (Observation o : figures) {
            bySlot.computeIfAbsent(o.kind() + "/" + o.head(), k -> new ArrayList<>()).add(o);
        }
        List<Observation> out = new ArrayList<>();
        for (List<Observation> slot : bySlot.values()) {
            boolean differ = false;
            boolean twoSources = false;
            for (Observation o : slot) {
                differ |= !o.sameValueAs(slot.get(0));
                twoSources |= o.article() != slot.get(0).article();
            }
            if (!differ || !twoSources) {
                continue;
            }
            for (Observation o : slot) {
                int occasion = occasions.of(o.article(), o.citation().sentence(), o.position());
                if (occasion != Occasions.NONE) {
                    out.add(o.on(occasion));
                }
            }
        }
        return out;
    }

    /** Places characterisations on their events when there are two words from two sources to compare. */
    private static List<Characterisation> placeCharacterisations(List<Characterisation> words, Occasions occasions) {
        Set<String> lemmas = new HashSet<>();
        Set<Integer> sources = new HashSet<>();
        for (Characterisation c : words) {
            lemmas.add(c.lemma());
            sources.add(c.article());
        }
        if (lemmas.size() < 2 || sources.size() < 2) {
            return List.of();
        }
        List<Characterisation> out = new ArrayList<>();
        for (Characterisation c : words) {
            int occasion = occasions.of(c.article(), c.citation().sentence());
            if (occasion != Occasions.NONE) {
                out.add(new Characterisation(occasion, c.noun(), c.lemma(), c.tone(), c.shown(), c.citation()));
            }
        }
        return out;
    }

    /** Content terms of a sentence without its figures: what a figure is about. */
    private static Set<String> context(int[] termIds, ClusterTerms terms) {
        Set<String> out = new HashSet<>();
        for (int id : termIds) {
            String t = terms.term(id);
            if (t.chars().noneMatch(Character::isDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Number words a count may be written in; checked on the lower-cased sentence. */
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred", "dozen", "half", "hour");

    /** A cheap test before the readers' regular expressions: a digit, or a number word somewhere. */
    private static boolean hasDigitOrNumberWord(String text, String lower) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        for (String w : NUMBER_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsMeeting(String lower) {
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
