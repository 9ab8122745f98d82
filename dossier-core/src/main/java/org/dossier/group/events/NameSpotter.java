package org.dossier.group.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyse.Capitalisation;
import org.dossier.analyse.terms.Stopwords;

/**
 * Spots place-like and person-like names in a sentence from capitalisation, a stand-in for named-entity
 * recognition that needs no model.
 *
 * <p>Places: a capitalised phrase after "in", "at", "near", "outside" or "from" ("in Port Essling", "at the
 * Maritime Hall"), or the upper-case dateline that opens a wire story ("BRENNHOLM, Dunmere —"). A phrase with
 * "the" in front is usually a building or a region, not a town, and is given half the weight.
 *
 * <p>People: a run of two or three capitalised words ("Tomas Aredo"), or one or more after a title ("Mr. Aredo",
 * "President Tomas Aredo", "Gen. Aurel Brandt"), that holds no word typical of organisations and places
 * ("Council", "Hall", "Port", "Strait"...). The title is dropped; the last word is the surname that ties
 * "President Tomas Aredo" to "Aredo". Stateless and thread-safe.
 */
final class NameSpotter {
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
    private static final Pattern PLACE = Pattern.compile("\\b(?<prep>in|at|near|outside|from)\\s+(?<the>the\\s+)?"
            + "(?<name>" + WORD + "(?:\\s+(?:of\\s+)?" + WORD + "){0,3})");
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?<name>\\p{Lu}{3,}(?:[\\s-]+\\p{Lu}{3,})*)\\s*"
            + "(?:,|\u2014|\u2013|--|\\s-\\s|\\()");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?:(?:\\p{Lu}\\.){1,3}\\s*)?" + WORD
            + "\\.?(?:\\s+(?:(?:\\p{Lu}\\.){1,3}\\s*)?" + WORD + "\\.?)*");
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "mr", "mrs", "ms", "dr",
            "gen", "sen", "rep", "gov", "governor", "mayor", "chancellor", "king", "queen", "pope", "secretary",
            "general", "senator", "judge", "justice", "deputy", "foreign", "chief", "captain", "capt", "col",
            "lt", "sgt", "prof", "professor", "sir", "lady", "lord", "actress", "actor", "singer", "star",
            "coach", "officer", "commander", "ambassador", "envoy", "spokesman", "spokeswoman", "director");
    private static final Set<String> NOT_PERSON = Set.of("council", "union", "house", "hall", "authority", "guard",
            "news", "post", "service", "association", "party", "ministry", "department", "street", "strait", "port",
            "nations", "assembly", "summit", "conference", "banks", "sea", "seas", "bay", "river", "island", "islands", "republic", "senate",
            "parliament", "court", "corp", "inc", "company", "bank", "group", "university", "center", "centre",
            "airport", "station", "square", "palace", "committee", "commission", "agency", "office", "forces",
            "army", "navy", "police", "times", "daily", "review", "radio", "observer", "courier", "press",
            "securities", "treatment", "hospital", "church", "league", "club", "county", "city", "state", "states",
            "kingdom", "coast", "morning", "evening", "business", "world", "europe", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "national", "international", "federal",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "road", "avenue", "building", "tower", "park", "valley", "mountain", "lake", "hotel", "institute",
            "foundation", "museum", "school", "college", "airlines", "air", "network", "channel", "tv", "fm",
            "ltd", "plc", "llc", "media", "magazine", "journal", "herald", "tribune", "gazette", "capitol",
            "white", "customs");
    private static final Set<String> NOT_PLACE = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "english", "total", "addition", "fact", "response",
            "return", "general", "particular", "short", "order", "time", "part", "front", "favour", "favor");

    /** A place-like phrase and how much it counts (1 for a bare name, 0.5 with "the" or from a dateline). */
    record Place(String name, double weight) {
    }

    /** A person-like name: the surname that ties its mentions together and the fullest form seen here. */
    record Person(String surname, String fullName) {
    }

    private final Stopwords stopwords = Stopwords.english();

    List<Place> places(String sentence) {
        List<Place> out = new ArrayList<>();
        Matcher d = DATELINE.matcher(sentence);
        if (d.find()) {
            out.add(new Place(Capitalisation.titleCase(d.group("name")), 1.0));
        }
        Matcher m = PLACE.matcher(sentence);
        while (m.find()) {
            String name = stripPossessive(m.group("name"));
            if (NOT_PLACE.contains(firstWord(name).toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new Place(name, m.group("the") == null ? 1.0 : 0.5));
        }
        return out;
    }

    List<Person> people(String sentence) {
        List<Person> out = new ArrayList<>();
        Matcher m = CAPITALISED_RUN.matcher(sentence);
        while (m.find()) {
            if (m.end() < sentence.length() && (sentence.charAt(m.end()) == '\'' || sentence.charAt(m.end()) == '’')) {
                continue; // "Sorrel Fishers' Union": a plural possessive starts an organisation's name
            }
            List<String> words = new ArrayList<>(List.of(m.group().trim().split("\\s+")));
            for (int w = words.size() - 2; w >= 0; w--) {
                String word = words.get(w);
                if (word.endsWith("'s") || word.endsWith("’s")) {
                    words = new ArrayList<>(words.subList(w + 1, words.size())); // "Dunmere's Prime Minister ..."
                    break;
                }
            }
            boolean titled = false;
            for (int w = words.size() - 2; w > 0; w--) {
                if (TITLES.contains(bare(words.get(w)))) {
                    // "Russian President Vladimir Putin": what stands before the title describes the person
                    words = new ArrayList<>(words.subList(w, words.size()));
                    break;
                }
            }
            while (!words.isEmpty()) {
                String lower = bare(words.get(0));
                if (TITLES.contains(lower)) {
                    titled = true;
                } else if (!stopwords.contains(lower)) {
                    break;
                }
                words.remove(0);
            }
            if (words.isEmpty() || words.size() > 3 || (words.size() == 1 && !titled)) {
                continue;
            }
            boolean organisation = false;
            for (String w : words) {
                String lower = bare(w);
                organisation |= NOT_PERSON.contains(lower) || stopwords.contains(lower);
            }
            if (organisation) {
                continue;
            }
            String last = stripPossessive(words.get(words.size() - 1));
            words.set(words.size() - 1, last);
            out.add(new Person(last, String.join(" ", words)));
        }
        return out;
    }

    private static String bare(String word) {
        return stripPossessive(word).replace(".", "").toLowerCase(Locale.ROOT);
    }

    static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static String firstWord(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }
}
