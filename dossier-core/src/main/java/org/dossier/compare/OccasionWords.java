package org.dossier.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;

/**
 * The capitalised words (names of places, bodies, people) each article uses, to test whether two camps of
 * sources giving different figures are in fact describing two different occasions.
 *
 * <p>The event separator needs dates to split a story; scraped pages often have none, and then two meetings
 * months apart can end up as one event. Their figures then look like a conflict: "35 minutes" from the outlets
 * in one city against "90 minutes" from those in another. What gives it away is that each camp shares a name
 * the other camp never uses (the host city, the name of the summit). A real conflict looks different: one
 * outlet against the rest, or camps that talk about the same places.
 */
final class OccasionWords {
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}-]{2,}");
    /** Capitalised words that say nothing about the occasion: calendar words, titles, sentence openers. */
    private static final Set<String> IGNORED = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "the", "president", "prime", "minister", "mr", "mrs",
            "ms", "dr", "but", "and", "while", "after", "before", "when", "in", "on", "at", "it", "he", "she",
            "they", "we", "this", "that", "there", "officials", "official", "said", "says");

    private final List<AnalysedArticle> articles;
    /** Filled on first use: most stories never need the test. */
    private Map<Integer, Set<String>> words;

    OccasionWords(List<AnalysedArticle> articles) {
        this.articles = articles;
    }

    private Map<Integer, Set<String>> words() {
        if (words != null) {
            return words;
        }
        words = new HashMap<>();
        for (AnalysedArticle a : articles) {
            Set<String> set = new HashSet<>();
            for (Sentence s : a.sentences()) {
                Matcher m = CAPITALISED.matcher(s.text());
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (!IGNORED.contains(w)) {
                        set.add(w);
                    }
                }
            }
            words.put(a.index(), set);
        }
        return words;
    }

    /**
     * Whether the camps look like different occasions: every camp has at least two sources, and some camp
     * shares a capitalised word, used by all its sources, that no source of another camp uses.
     *
     * @param camps the article indices of each camp
     */
    boolean differentOccasions(List<? extends Collection<Integer>> camps) {
        if (camps.size() < 2) {
            return false;
        }
        for (Collection<Integer> camp : camps) {
            if (camp.size() < 2) {
                return false;
            }
        }
        for (int c = 0; c < camps.size(); c++) {
            Set<String> shared = null;
            for (int a : camps.get(c)) {
                Set<String> own = words().getOrDefault(a, Set.of());
                if (shared == null) {
                    shared = new HashSet<>(own);
                } else {
                    shared.retainAll(own);
                }
            }
            List<Integer> others = new ArrayList<>();
            for (int d = 0; d < camps.size(); d++) {
                if (d != c) {
                    others.addAll(camps.get(d));
                }
            }
            for (int a : others) {
                if (others.contains(a) && camps.get(c).contains(a)) {
                    return false; // a source in two camps contradicts itself: not two occasions
                }
                shared.removeAll(words().getOrDefault(a, Set.of()));
            }
            if (!shared.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
