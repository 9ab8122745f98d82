package org.dossier.group.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.analyse.dates.TemporalMention;
import org.dossier.analyse.dates.TemporalTagger;
import org.dossier.analyse.terms.Stopwords;
import org.dossier.analyse.terms.TermAnalyzer;

/**
 * Reads a document's {@link DocumentFeatures}: content terms with the shared {@link TermAnalyzer}, names from
 * capitalisation, dates with the {@link TemporalTagger}.
 *
 * <p>Names: a capitalised word counts as a name unless it is a stopword ("The", "But") or a calendar word, and a
 * capitalised word at the start of a sentence counts only if the document never writes it in lower case (so
 * "Officials said ..." does not make "officials" a name, while "Varnholt said ..." keeps Varnholt). It is a
 * proxy for named-entity recognition, but two reports of the same event share their people and places far more
 * than two reports of two events of the same kind do, which is all the similarity needs.
 *
 * <p>Dates: the days the document reports relative to its publication date ("on Monday", "today", "Sept. 28"
 * resolved against the anchor), and only those in the week up to it ({@link #NEWS_WINDOW_DAYS}). That is the news day of a report, the strongest
 * sign of which of two meetings it covers, while a preview ("they meet again on Friday") says nothing about what
 * it covers. Without an anchor the family stays empty: absolute dates in undated documents are often background
 * (a law passed, a previous trial) and their numbers already count among the content terms.
 *
 * <p>Lead: the places, weekdays and lengths the title and first sentences state for the event
 * ({@link LeadEvidence}), which tell two meetings apart when no publication date resolves their days.
 * Thread-safe.
 */
public final class DocumentFeaturizer {
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\w'’])\\p{Lu}[\\p{L}'’-]*\\p{L}|(?<![\\w'’])\\p{Lu}\\d+");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}[\\p{L}'’-]*");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr");

    /** How many days before publication a reported day still counts as news rather than background. */
    static final int NEWS_WINDOW_DAYS = 7;

    /** Characters read to find the lead's sentences: six news sentences rarely take more. */
    private static final int LEAD_CHARS = 3000;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NameSpotter spotter = new NameSpotter();
    private final DurationFinder durations = new DurationFinder();
    private final TermAnalyzer analyzer;
    private final Stopwords stopwords;
    private final TemporalTagger tagger;

    public DocumentFeaturizer() {
        this(new TermAnalyzer(), Stopwords.english(), new TemporalTagger());
    }

    public DocumentFeaturizer(TermAnalyzer analyzer, Stopwords stopwords, TemporalTagger tagger) {
        this.analyzer = analyzer;
        this.stopwords = stopwords;
        this.tagger = tagger;
    }

    /** The features of a document whose title (may be null) and body are given; {@code anchor} may be null. */
    public DocumentFeatures features(String title, String text, LocalDate anchor) {
        String all = title == null || title.isBlank() ? text : title + ".\n" + text;
        return features(all, tagger.tag(all, anchor));
    }

    /** The features of a text whose date mentions were already tagged (saves tagging twice). */
    public DocumentFeatures features(String text, List<TemporalMention> mentions) {
        return features(text, mentions, null);
    }

    /**
     * As {@link #features(String, List)}, given the lead's sentences (title first) when they are already split;
     * {@code lead} null splits the start of {@code text} to find them.
     */
    DocumentFeatures features(String text, List<TemporalMention> mentions, List<String> lead) {
        Map<String, Integer> terms = new HashMap<>();
        for (String term : analyzer.contentTerms(text)) {
            terms.merge(term, 1, Integer::sum);
        }
        Map<String, Integer> dates = new HashMap<>();
        for (TemporalMention m : mentions) {
            // days the document reports as past: a preview of a coming meeting is not evidence of covering it
            // and only the past week: background days (a rise in dues on Jan. 1) say nothing about which meeting
            // it covers, yet being rarer than the news days they would outweigh them under TF-IDF
            if (m.isResolvedDay() && m.anchor() != null && !m.resolved().isAfter(m.anchor())
                    && !m.resolved().isBefore(m.anchor().minusDays(NEWS_WINDOW_DAYS))) {
                dates.merge(m.expression(), 1, Integer::sum);
            }
        }
        LeadEvidence evidence = lead == null ? lead(text) : LeadEvidence.read(lead, spotter, durations);
        return new DocumentFeatures(terms, names(text), dates, evidence);
    }

    /** The evidence of the lead: the title and first sentences (a prefix of the text is enough to find them). */
    private LeadEvidence lead(String text) {
        List<String> sentences = splitter.sentences(text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text);
        int end = Math.min(sentences.size(), LeadEvidence.LEAD_SENTENCES + 1); // the title comes first
        return LeadEvidence.read(sentences.subList(0, end), spotter, durations);
    }

    /** Capitalised words that stand for names, lower-cased, possessive "'s" removed, with counts. */
    Map<String, Integer> names(String text) {
        Map<String, Integer> names = new HashMap<>();
        Set<String> lowerCaseWords = lowerCaseWords(text);
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String word = stripPossessive(m.group());
            String key = word.toLowerCase();
            if (key.length() < 2 || stopwords.contains(key) || CALENDAR.contains(key)) {
                continue;
            }
            if (startsSentence(text, m.start()) && lowerCaseWords.contains(key)) {
                continue;
            }
            names.merge(key, 1, Integer::sum);
        }
        return names;
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("'") || word.endsWith("’")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean startsSentence(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201C'
                || text.charAt(i) == '\'' || text.charAt(i) == '(')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u2014' || c == '-';
    }

    /** The words of {@code text} that are written in lower case somewhere. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = LOWER_CASE_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
