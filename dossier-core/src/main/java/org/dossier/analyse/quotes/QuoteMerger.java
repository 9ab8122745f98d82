package org.dossier.analyse.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the reports of one utterance by several outlets into one {@link MergedQuote}.
 *
 * <p>Two quotes are the same utterance when their words, normalised ({@link #normalise}: lower case, curly
 * apostrophes straightened, contractions spelled out, punctuation dropped), are nearly the same set: a Jaccard
 * overlap of at least {@value #SAME_WORDS}. That tolerates "didn't"/"did not", a changed comma or a word dropped,
 * but keeps apart two different sentences that share an opening. A <em>partial</em> or short quote also joins a
 * longer one when nearly all its words ({@value #CONTAINED}) are inside it, because outlets often quote only a
 * fragment of what others give in full. Indirect attributions are merged only with each other, since paraphrase
 * wording varies too much for word overlap to mean the same utterance.
 *
 * <p>The merged speaker is the best one: a named speaker beats a pronoun or an unknown one. An anonymous source
 * stays anonymous; when another outlet gives the same words to a named person, the named speaker is kept as well,
 * in {@code otherSpeakers}, and the quote is flagged ({@code speakerConflict}).
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class QuoteMerger {
    static final double SAME_WORDS = 0.6;
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201E]([^\"\u201C\u201D]+)[\"\u201D]");
    static final double CONTAINED = 0.9;
    private static final int MIN_CONTAINED_WORDS = 4;
    private static final int MIN_PIECE_WORDS = 5;
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("n't", " not"), Map.entry("'re", " are"), Map.entry("'ve", " have"),
            Map.entry("'ll", " will"), Map.entry("'m", " am"), Map.entry("'d", " would"));

    /** Merges the quotes of all articles; the result is in order of first appearance. */
    public List<MergedQuote> merge(List<Quote> quotes) {
        List<List<Quote>> groups = new ArrayList<>();
        List<List<List<Set<String>>>> groupWords = new ArrayList<>();
        for (Quote q : quotes) {
            List<Set<String>> words = wordSets(q);
            if (words.get(0).isEmpty()) {
                continue;
            }
            int found = -1;
            for (int g = 0; g < groups.size() && found < 0; g++) {
                for (int k = 0; k < groups.get(g).size(); k++) {
                    if (same(q, words, groups.get(g).get(k), groupWords.get(g).get(k))) {
                        found = g;
                        break;
                    }
                }
            }
            if (found < 0) {
                groups.add(new ArrayList<>(List.of(q)));
                groupWords.add(new ArrayList<>(List.of(words)));
            } else {
                groups.get(found).add(q);
                groupWords.get(found).add(words);
            }
        }
        List<MergedQuote> out = new ArrayList<>();
        for (List<Quote> group : groups) {
            out.add(merged(group));
        }
        return out;
    }

    /**
     * The word sets a quote is compared by: all its words first, then, for a quotation in several pieces, each
     * piece of at least {@value #MIN_PIECE_WORDS} words, since one outlet may run on into a second quotation
     * that another outlet reports apart.
     */
    private static List<Set<String>> wordSets(Quote q) {
        List<Set<String>> sets = new ArrayList<>();
        sets.add(new HashSet<>(normalise(comparable(q))));
        if (q.kind() == QuoteKind.DIRECT && q.pieces().size() > 1) {
            for (TextSpan p : q.pieces()) {
                List<String> words = normalise(p.text());
                if (words.size() >= MIN_PIECE_WORDS) {
                    sets.add(new HashSet<>(words));
                }
            }
        }
        return sets;
    }

    private static boolean same(Quote a, List<Set<String>> aSets, Quote b, List<Set<String>> bSets) {
        if ((a.kind() == QuoteKind.INDIRECT) != (b.kind() == QuoteKind.INDIRECT)) {
            return false;
        }
        for (Set<String> x : aSets) {
            for (Set<String> y : bSets) {
                if (jaccard(x, y) >= SAME_WORDS) {
                    return true;
                }
            }
        }
        return contained(a, aSets.get(0), b, bSets.get(0));
    }

    private static double jaccard(Set<String> x, Set<String> y) {
        int shared = shared(x, y);
        int union = x.size() + y.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static int shared(Set<String> x, Set<String> y) {
        int n = 0;
        for (String w : x) {
            if (y.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** A partial or short quotation whose words are nearly all inside the other one. */
    private static boolean contained(Quote a, Set<String> aw, Quote b, Set<String> bw) {
        boolean aSmall = a.kind() == QuoteKind.PARTIAL || aw.size() < bw.size();
        Set<String> small = aSmall ? aw : bw;
        Quote smallQuote = aSmall ? a : b;
        boolean fragment = smallQuote.kind() == QuoteKind.PARTIAL || small.size() <= 8;
        return fragment && small.size() >= MIN_CONTAINED_WORDS
                && (double) shared(aw, bw) / small.size() >= CONTAINED;
    }

    /**
     * The words of a quote that can be compared across outlets: for a partial quotation only the quoted words,
     * since the reported clause around them is each outlet's own paraphrase.
     */
    static String comparable(Quote q) {
        if (q.kind() != QuoteKind.PARTIAL) {
            return q.text();
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = QUOTED.matcher(q.text());
        while (m.find()) {
            sb.append(m.group(1)).append(' ');
        }
        return sb.length() == 0 ? q.text() : sb.toString();
    }

    private static MergedQuote merged(List<Quote> group) {
        Quote fullest = group.get(0);
        QuoteKind kind = fullest.kind();
        for (Quote q : group) {
            if (q.kind().ordinal() < kind.ordinal()) {
                kind = q.kind();
            }
            boolean better = q.kind().ordinal() < fullest.kind().ordinal()
                    || (q.kind() == fullest.kind() && q.text().length() > fullest.text().length());
            if (better) {
                fullest = q;
            }
        }
        Speaker best = bestSpeaker(group);
        Set<String> seenNames = new LinkedHashSet<>();
        List<Speaker> others = new ArrayList<>();
        if (best.name() != null) {
            seenNames.add(best.name().toLowerCase(Locale.ROOT));
        }
        for (Quote q : group) {
            Speaker s = q.speaker();
            if (s.name() == null || s.kind() == SpeakerKind.UNKNOWN || isBarePronoun(s)) {
                continue;
            }
            String key = s.name().toLowerCase(Locale.ROOT);
            if (!seenNames.contains(key) && !sameEntity(best, s)) {
                seenNames.add(key);
                others.add(s);
            }
        }
        List<QuoteSource> sources = new ArrayList<>();
        for (Quote q : group) {
            sources.add(new QuoteSource(q.articleIndex(), q));
        }
        return new MergedQuote(fullest.text(), kind, best, others, !others.isEmpty(), sources);
    }

    /**
     * The speaker to show: a named person or organisation (resolved, not a bare pronoun) when any outlet gives one
     * and no outlet calls the source anonymous; an anonymous source when any outlet does; else the first known.
     */
    private static Speaker bestSpeaker(List<Quote> group) {
        Speaker named = null;
        Speaker anonymous = null;
        Speaker any = null;
        for (Quote q : group) {
            Speaker s = q.speaker();
            if (s.anonymous() && anonymous == null) {
                anonymous = s;
            } else if (s.isNamed() && !isBarePronoun(s) && named == null) {
                named = s;
            } else if (s.isNamed() && named == null) {
                named = s;
            }
            if (any == null && s.kind() != SpeakerKind.UNKNOWN) {
                any = s;
            }
        }
        if (anonymous != null) {
            return anonymous;
        }
        if (named != null) {
            return named;
        }
        return any != null ? any : group.get(0).speaker();
    }

    private static boolean isBarePronoun(Speaker s) {
        return s.mention() != null && s.resolvedName() == null
                && SpeakerPhrase.PRONOUNS.contains(s.mention().text().toLowerCase(Locale.ROOT));
    }

    /** "Ilse Varnholt" and "Varnholt" are one entity: one name ends with the other. */
    private static boolean sameEntity(Speaker a, Speaker b) {
        if (a.name() == null || b.name() == null || a.anonymous() != b.anonymous()) {
            return false;
        }
        String x = a.name().toLowerCase(Locale.ROOT);
        String y = b.name().toLowerCase(Locale.ROOT);
        return x.endsWith(y) || y.endsWith(x);
    }

    /** The words of a quote for comparison: lower case, contractions spelled out, no punctuation. */
    static List<String> normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        t = t.replace("won't", "will not").replace("can't", "can not").replace("cannot", "can not");
        for (Map.Entry<String, String> e : CONTRACTIONS.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        t = t.replace("'s", "");
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
