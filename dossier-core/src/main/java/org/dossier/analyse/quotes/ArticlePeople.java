package org.dossier.analyse.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people named in one article, so that a surname, a title or a pronoun can be traced to a full name.
 *
 * <p>A name is a run of at least two capitalised words once titles are dropped ("Prime Minister Ilse Varnholt"
 * gives "Ilse Varnholt"), or a title with a surname ("Mr. Aredo"). For each person the article tells us, when it
 * does, the gender: from the title ({@code Mr}, {@code Ms}, {@code Mrs}) or from the first "he"/"she"/"his"/"her"
 * that follows a mention of the name before any other name is mentioned. Role titles seen before a name ("prime
 * minister", "president") let "the prime minister" be traced to that person too.
 */
final class ArticlePeople {
    /** Gender as far as the article tells it. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "as",
            "after", "before", "when", "while", "if", "for", "by", "to", "with", "from", "this", "that", "it",
            "he", "she", "they", "we", "i", "his", "her", "their", "our", "there", "here", "what", "why", "how",
            "who", "u.s.", "u.n.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "white", "house",
            "street", "new", "york", "united", "states", "north", "south", "east", "west", "read", "more", "so",
            "still", "yet", "also", "now", "then", "last", "next", "one", "two", "mr", "ms", "mrs");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "into", "across",
            "outside", "inside");
    /** First words that make a name a place: "Port Essling", "Lake Varn", "Fort Ardel". */
    private static final Set<String> PLACE_HEADS = Set.of("port", "fort", "mount", "mt.", "lake", "cape", "gulf",
            "bay", "isle", "river", "camp", "point");
    private static final Set<String> ROLE_SKIP = Set.of("mr", "mrs", "ms", "miss", "dr", "retired", "former");

    /**
     * One mention of a person in the text.
     *
     * @param start    offset of the mention
     * @param end      offset just past it
     * @param fullName the full name it belongs to
     */
    record Mention(int start, int end, String fullName) {
    }

    private final Map<String, Gender> genders = new HashMap<>();
    private final Map<String, String> bySurname = new LinkedHashMap<>();
    private final Map<String, String> byRole = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /** Names the article writes after "in", "at", "near" or "the": not people, wherever else they appear. */
    private final Set<String> places = new java.util.HashSet<>();

    private ArticlePeople() {
    }

    /** Reads the people named in {@code text}. */
    static ArticlePeople of(String text) {
        ArticlePeople people = new ArticlePeople();
        people.scan(text);
        people.forgetPlaces();
        people.learnGenderFromPronouns(text);
        return people;
    }

    /**
     * Finds runs of capitalised words separated by single spaces and hands each to {@link #consider}. A run ends
     * at a lower-case word, a line break, or punctuation after a word (except the full stop of a title or an
     * initial: "Mr.", "J.R.").
     */
    private void scan(String text) {
        int n = text.length();
        int i = 0;
        int runStart = -1;
        int runEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c != ' ' || (i + 1 < n && Character.isWhitespace(text.charAt(i + 1)))) {
                    runStart = flush(text, runStart, runEnd);
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            int s = i;
            while (s < j && "\"\u201C\u2018'([".indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            if (s > i) {
                runStart = flush(text, runStart, runEnd);
            }
            int e = j;
            while (e > s && ",.;:!?)]\"\u201D\u2019'".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            boolean keepsDot = e < j && text.charAt(e) == '.' && (e - s <= 3 || text.substring(s, e).contains("."));
            int wordEnd = keepsDot ? e + 1 : e;
            if (e > s && Character.isUpperCase(text.charAt(s))) {
                if (runStart < 0) {
                    runStart = s;
                }
                runEnd = wordEnd;
                if (wordEnd < j) {
                    runStart = flush(text, runStart, runEnd);
                }
            } else {
                runStart = flush(text, runStart, runEnd);
            }
            i = j;
        }
        flush(text, runStart, runEnd);
    }

    private int flush(String text, int runStart, int runEnd) {
        if (runStart >= 0 && runEnd > runStart) {
            consider(text, runStart, text.substring(runStart, runEnd));
        }
        return -1;
    }

    private void consider(String text, int start, String run) {
        List<String> words = new ArrayList<>(List.of(run.split(" ")));
        int offset = start;
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))
                && !isGenderTitle(words.get(0))) {
            offset += words.get(0).length() + 1;
            words.remove(0);
        }
        if (words.isEmpty()) {
            return;
        }
        // titles anywhere in the run set gender and role; the name is what follows the last title or owner
        // ("Dunmere's Prime Minister Ilse Varnholt" gives "Ilse Varnholt", role "prime minister")
        Gender gender = Gender.UNKNOWN;
        List<String> role = new ArrayList<>();
        List<String> name = new ArrayList<>();
        int nameOffset = offset;
        int pos = offset;
        boolean titled = false;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            boolean owner = (w.endsWith("'s") || w.endsWith("\u2019s")) && k < words.size() - 1;
            if (k < words.size() - 1 && SpeakerPhrase.isTitle(w)) {
                String t = w.toLowerCase(Locale.ROOT).replace(".", "");
                if (t.equals("mr")) {
                    gender = Gender.MALE;
                } else if (t.equals("ms") || t.equals("mrs") || t.equals("miss")) {
                    gender = Gender.FEMALE;
                } else if (!ROLE_SKIP.contains(t)) {
                    if (!name.isEmpty()) {
                        role.clear();
                    }
                    role.add(t);
                }
                titled = true;
                name.clear();
                nameOffset = pos + w.length() + 1;
            } else if (owner) {
                name.clear();
                role.clear();
                nameOffset = pos + w.length() + 1;
            } else {
                name.add(w);
            }
            pos += w.length() + 1;
        }
        if (!name.isEmpty() && (afterPlacePreposition(text, offset)
                || nameOffset == offset && afterWord(text, offset, "the"))) {
            places.add(String.join(" ", name));
            return; // "in Port Essling", "the Northern Seas": not a person, here and wherever the article names it
        }
        if (name.isEmpty() || SpeakerPhrase.isOrganisationHead(name.get(name.size() - 1))
                || PLACE_HEADS.contains(name.get(0).toLowerCase(Locale.ROOT))) {
            return; // "the Calvaran Senate", "Port Essling": organisations and places, not people
        }
        offset = nameOffset;
        String last = name.get(name.size() - 1);
        if (last.endsWith("'s") || last.endsWith("\u2019s")) {
            name.set(name.size() - 1, last.substring(0, last.length() - 2));
        }
        for (String w : name) {
            if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        if (name.size() < 2 && !titled) {
            String known = bySurname.get(name.get(0));
            if (known != null) {
                mentions.add(new Mention(offset, start + run.length(), known));
            }
            return;
        }
        if (name.size() > 4) {
            return;
        }
        String surname = name.get(name.size() - 1);
        String full = name.size() >= 2 ? String.join(" ", name) : bySurname.getOrDefault(surname, surname);
        String known = bySurname.get(surname);
        if (known == null || (name.size() >= 2 && !known.contains(" "))) {
            bySurname.put(surname, full); // a full name replaces a bare surname seen first ("Mr. Aredo")
        }
        if (gender != Gender.UNKNOWN) {
            genders.putIfAbsent(full, gender);
        }
        if (!role.isEmpty()) {
            byRole.putIfAbsent(String.join(" ", role), full);
        }
        mentions.add(new Mention(offset, start + run.length(), full));
    }

    /** Drops the mentions of names that turned out to be places ("between Port Essling and ..." before "in"). */
    private void forgetPlaces() {
        if (places.isEmpty()) {
            return;
        }
        mentions.removeIf(m -> places.contains(m.fullName()));
        bySurname.values().removeIf(places::contains);
        byRole.values().removeIf(places::contains);
    }

    /**
     * Whether the word before {@code offset} is a preposition that takes places rather than people ("in", "at",
     * "near"); "to", "from" and "between" take both, so they do not count.
     */
    private static boolean afterPlacePreposition(String text, int offset) {
        return PLACE_PREPOSITIONS.contains(wordBefore(text, offset).toLowerCase(Locale.ROOT));
    }

    /** Whether the word before {@code offset} is {@code word} (lower case as written: "the", not "The"). */
    private static boolean afterWord(String text, int offset, String word) {
        return wordBefore(text, offset).equals(word);
    }

    /** The word before {@code offset}, as written. */
    private static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static boolean isGenderTitle(String w) {
        String t = w.toLowerCase(Locale.ROOT).replace(".", "");
        return t.equals("mr") || t.equals("ms") || t.equals("mrs");
    }

    /** The first gendered pronoun after a mention, before the next mention, votes for that person's gender. */
    private void learnGenderFromPronouns(String text) {
        Map<String, int[]> votes = new HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            int limit = k + 1 < mentions.size() ? mentions.get(k + 1).start() : text.length();
            Gender g = firstGenderedPronoun(text, m.end(), Math.min(limit, m.end() + 300));
            if (g != Gender.UNKNOWN) {
                votes.computeIfAbsent(m.fullName(), x -> new int[2])[g == Gender.MALE ? 0 : 1]++;
            }
        }
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            int[] v = e.getValue();
            if (v[0] != v[1]) {
                genders.putIfAbsent(e.getKey(), v[0] > v[1] ? Gender.MALE : Gender.FEMALE);
            }
        }
    }

    /** The gender of the first he/him/his/she/her in {@code text[from, to)}; a plain word scan, no regex. */
    private static Gender firstGenderedPronoun(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && Character.isLetter(text.charAt(j))) {
                j++;
            }
            int len = j - i;
            if (len == 2 || len == 3) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (SpeakerPhrase.MALE.contains(w)) {
                    return Gender.MALE;
                }
                if (SpeakerPhrase.FEMALE.contains(w)) {
                    return Gender.FEMALE;
                }
            }
            i = j;
        }
        return Gender.UNKNOWN;
    }

    /** The full name a name or surname stands for in this article ("Varnholt" -> "Ilse Varnholt"). */
    String fullName(String name) {
        String[] parts = name.trim().split(" +");
        String surname = parts[parts.length - 1];
        String known = bySurname.get(surname);
        if (known != null && (parts.length == 1 || known.endsWith(name.trim()) || name.trim().endsWith(known))) {
            return known.split(" ").length >= parts.length ? known : name.trim();
        }
        return name.trim();
    }

    /** The person a role description stands for ("the prime minister" -> "Ilse Varnholt"), or {@code null}. */
    String byRole(String description) {
        String d = description.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replace(".", "").trim();
        return byRole.get(d);
    }

    Gender gender(String fullName) {
        return genders.getOrDefault(fullName, Gender.UNKNOWN);
    }

    /** Records what a resolved pronoun taught about a person's gender. */
    void learn(String fullName, Gender gender) {
        if (gender != Gender.UNKNOWN) {
            genders.putIfAbsent(fullName, gender);
        }
    }

    /**
     * The most recent person mentioned before {@code offset} whose gender fits, or {@code null}. A person known
     * to have that gender is preferred over a more recent one whose gender the article never tells (which is
     * also how places and organisations that slipped into the list of names are passed over).
     */
    Mention lastMentionBefore(int offset, Gender wanted, int notBefore) {
        if (wanted != Gender.UNKNOWN) {
            for (int k = mentions.size() - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (m.end() > offset) {
                    continue;
                }
                if (m.start() < notBefore) {
                    break;
                }
                if (gender(m.fullName()) == wanted) {
                    return m;
                }
            }
        }
        return lastCompatibleBefore(offset, wanted, notBefore);
    }

    private Mention lastCompatibleBefore(int offset, Gender wanted, int notBefore) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.end() > offset) {
                continue;
            }
            if (m.start() < notBefore) {
                return null;
            }
            if (compatible(m.fullName(), wanted)) {
                return m;
            }
        }
        return null;
    }

    boolean compatible(String fullName, Gender wanted) {
        Gender g = gender(fullName);
        return wanted == Gender.UNKNOWN || g == Gender.UNKNOWN || g == wanted;
    }
}
