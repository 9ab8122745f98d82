package org.dossier.analyse.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the phrase that names a speaker and says what it is: a pronoun, a named person, an organisation, a group
 * or an anonymous source.
 *
 * <p>The decision rests on the phrase's <em>head</em>, the noun that the rest describes: the last word before a
 * post-modifier ("two <b>people</b> familiar with the talks", "a <b>member</b> of the committee"). A lower-case
 * head that journalists use for unnamed sources ("official", "source", "aide", "people") makes the speaker
 * anonymous whatever the capitalised words before it ("U.S. officials", "a senior White House official"); a
 * capitalised head is a name, an organisation when it is a word organisations end with ("Post", "Ministry",
 * "Guard") or an acronym.
 */
final class SpeakerPhrase {
    static final Set<String> MALE = Set.of("he", "him", "his");
    static final Set<String> FEMALE = Set.of("she", "her", "hers");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who", "which");

    /** Heads of descriptions that journalists use for sources they do not name. */
    private static final Set<String> ANONYMOUS_HEADS = Set.of("official", "officials", "source", "sources", "aide",
            "aides", "people", "person", "diplomat", "diplomats", "spokesman", "spokeswoman", "spokesperson",
            "member", "members", "adviser", "advisers", "advisor", "advisors", "insider", "insiders", "staffer",
            "staffers", "operative", "operatives", "strategist", "strategists", "someone", "individual",
            "individuals", "officer", "officers", "associate", "associates", "confidant",
            "confidants", "negotiator", "negotiators", "executive", "executives", "employee", "employees");

    /** Words organisations' names end with. */
    private static final Set<String> ORGANISATION_HEADS = Set.of("post", "times", "news", "service", "agency",
            "authority", "ministry", "department", "guard", "union", "association", "council", "committee",
            "party", "campaign", "government", "office", "house", "court", "corporation", "company", "inc",
            "bank", "fund", "institute", "university", "commission", "board", "network", "journal", "press",
            "reuters", "tribune", "herald", "courier", "observer", "review", "radio", "foundation", "center",
            "centre", "group", "administration", "team", "police", "army", "navy", "senate", "congress",
            "parliament", "cabinet", "bureau", "federation", "league", "organization", "organisation", "daily",
            "poll", "survey", "study", "report", "statement", "gazette", "magazine", "channel", "broadcasting");

    /** Title words that precede a name and are not part of it. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "gen", "general",
            "rep", "representative", "gov", "governor", "president", "prime", "minister", "lt", "col", "capt",
            "captain", "prof", "professor", "retired", "deputy", "foreign", "secretary", "chairman", "chair",
            "mayor", "judge", "justice", "sir", "lord", "lady", "former", "vice", "candidate", "nominee", "speaker",
            "adm", "admiral", "sgt", "rev", "father", "u.n.", "envoy", "chief", "ambassador", "leader", "gop",
            "democratic", "republican", "state", "attorney");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four",
            "several", "some", "many", "most", "other", "another", "both", "few", "senior", "top", "its", "his",
            "her", "their", "our", "this", "that", "these", "those", "all", "numerous", "multiple");

    private static final Set<String> POST_MODIFIERS = Set.of("familiar", "with", "who", "of", "in", "at", "for",
            "close", "from", "on", "involved", "briefed", "knowledgeable", "speaking", "which", "that", "to",
            "working", "traveling", "travelling", "representing");

    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^)]*\\)");

    /** First words that start adverbials and clauses, never a speaker: "In August", "Meanwhile", "After". */
    private static final Set<String> NOT_SPEAKERS = Set.of("in", "on", "at", "after", "before", "meanwhile",
            "when", "while", "during", "since", "if", "as", "for", "from", "by", "with", "without", "to", "of",
            "instead", "still", "however", "but", "and", "so", "yet", "this", "that", "there", "here", "what",
            "how", "why", "where", "last", "next", "earlier", "later", "now", "then", "also", "even", "only",
            "just", "not", "no", "yes", "because", "although", "though", "once", "until", "despite", "asked", "has",
            "have", "had", "is", "was", "are", "were", "will", "would", "can", "could", "should", "may", "might",
            "do", "does", "did", "be", "been");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019&-]*");

    /**
     * What a phrase says about its speaker.
     *
     * @param kind      what sort of entity speaks
     * @param anonymous whether the source is deliberately unnamed
     * @param pronoun   the pronoun, lower case, when the phrase is one ("he"); {@code null} otherwise
     * @param name      the name without titles ("Ilse Varnholt" from "Prime Minister Ilse Varnholt"), or the
     *                  description itself for anonymous and other unnamed speakers
     * @param head      the head word, lower case
     * @param definite  whether the phrase starts with "the" (a back-reference such as "the official")
     */
    record Reading(SpeakerKind kind, boolean anonymous, String pronoun, String name, String head,
                   boolean definite) {
    }

    private SpeakerPhrase() {
    }

    /** Reads {@code phrase}; returns {@code null} when it does not look like something that can speak. */
    static Reading read(String phrase) {
        phrase = PARENTHETICAL.matcher(phrase).replaceAll(" ");
        List<String> words = words(phrase);
        if (!words.isEmpty() && NOT_SPEAKERS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (words.isEmpty() || words.size() > 12) {
            return null;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (words.size() == 1 && PRONOUNS.contains(first)) {
            SpeakerKind kind = first.equals("he") || first.equals("she") || first.equals("i")
                    ? SpeakerKind.PERSON : SpeakerKind.UNKNOWN;
            return new Reading(kind, false, first, null, first, false);
        }
        int headIndex = words.size() - 1;
        for (int i = 1; i < words.size(); i++) {
            if (POST_MODIFIERS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                headIndex = i - 1;
                break;
            }
        }
        String head = words.get(headIndex);
        String headLower = trimDot(head.toLowerCase(Locale.ROOT));
        if (NOT_SPEAKERS.contains(headLower) && headIndex > 0) {
            return null; // "the plan was" (called ...): a passive or an auxiliary, not a speaker
        }
        boolean definite = first.equals("the");
        boolean capitalisedHead = Character.isUpperCase(head.charAt(0));
        if (!capitalisedHead && ANONYMOUS_HEADS.contains(headLower)) {
            return new Reading(SpeakerKind.ANONYMOUS, true, null, phrase.trim(), headLower, definite);
        }
        if (ORGANISATION_HEADS.contains(headLower) || isAcronym(head)) {
            return new Reading(SpeakerKind.ORGANISATION, false, null, stripDeterminer(phrase), headLower,
                    definite);
        }
        if (capitalisedHead) {
            if (headLower.endsWith("s") && headIndex == 0 && words.size() == 1 && !first.endsWith("ss")
                    && GROUP_NAMES.contains(headLower)) {
                return new Reading(SpeakerKind.GROUP, false, null, head, headLower, false);
            }
            String name = nameWithoutTitles(words.subList(0, headIndex + 1));
            if (name == null) {
                return null;
            }
            return new Reading(SpeakerKind.PERSON, false, null, name, headLower, definite);
        }
        if ((DETERMINERS.contains(first) || headLower.endsWith("s")) && words.size() <= 8) {
            SpeakerKind kind = headLower.endsWith("s") ? SpeakerKind.GROUP : SpeakerKind.UNKNOWN;
            return new Reading(kind, false, null, phrase.trim(), headLower, definite);
        }
        return null;
    }

    private static final Set<String> GROUP_NAMES = Set.of("democrats", "republicans", "conservatives",
            "liberals", "progressives", "americans", "europeans", "russians", "analysts", "economists");

    /** The words of a phrase, possessive marks and trailing commas removed. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A person's name from capitalised words: titles dropped, at least one word left; {@code null} if none. */
    static String nameWithoutTitles(List<String> words) {
        int from = 0;
        while (from < words.size() - 1 && (isTitle(words.get(from)) || !Character.isUpperCase(
                words.get(from).charAt(0)))) {
            from++;
        }
        List<String> rest = new ArrayList<>();
        for (String w : words.subList(from, words.size())) {
            if (!Character.isUpperCase(w.charAt(0)) && !w.contains(".")) {
                rest.clear(); // lower-case word: the name is what comes after it ("campaign manager Robby Mook")
                continue;
            }
            rest.add(w);
        }
        if (rest.isEmpty()) {
            return null;
        }
        String last = rest.get(rest.size() - 1);
        if (last.endsWith("\u2019s") || last.endsWith("'s")) {
            return null; // "Clinton's" is an owner, not a speaker
        }
        return String.join(" ", rest);
    }

    /** Whether {@code word} is one organisations' names end with ("Senate", "Ministry", "Post"). */
    static boolean isOrganisationHead(String word) {
        return ORGANISATION_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isTitle(String word) {
        return TITLES.contains(trimDot(word.toLowerCase(Locale.ROOT)));
    }

    private static String trimDot(String w) {
        return w.endsWith(".") && w.indexOf('.') == w.length() - 1 ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean isAcronym(String w) {
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2 && !w.contains(".");
    }

    private static String stripDeterminer(String phrase) {
        String t = phrase.trim();
        return t.regionMatches(true, 0, "the ", 0, 4) ? t.substring(4) : t;
    }
}
