package org.dossier.read;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap check that an article is written in English, so that the English-only pipeline (sentence splitting,
 * quote attribution, dates, summary) is not fed text it would turn into garbage.
 *
 * <p>How: the share of the first few hundred words that are very common function words ("the", "of", "and"...) is
 * counted for English and for the other languages news commonly arrives in. Running text in any language is about
 * a third function words, so the language whose list covers the most words wins; English is kept unless another
 * language clearly beats it. Texts in a non-Latin script (Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari...) are
 * recognised by their letters. Short texts (under {@link #MIN_WORDS} words) are never judged: too little evidence,
 * and a wrong "not English" would lose an article.
 */
public final class LanguageGuess {
    /** Texts with fewer words than this are assumed to be English. */
    public static final int MIN_WORDS = 25;
    private static final int WORDS_READ = 400;

    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        FUNCTION_WORDS.put("English", Set.of("the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with",
                "as", "by", "at", "from", "his", "her", "he", "she", "it", "are", "were", "said", "has", "have",
                "had", "be", "been", "an", "a", "this", "which", "not", "but", "they", "will", "would", "their"));
        FUNCTION_WORDS.put("German", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den",
                "dem", "des", "sich", "auf", "für", "auch", "von", "zu", "im", "wurde", "werden", "sie", "es", "er",
                "wir", "hat", "haben", "nach", "bei", "aus", "einen", "einer", "noch", "wie", "dass"));
        FUNCTION_WORDS.put("French", Set.of("le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "dans",
                "que", "qui", "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "cette", "sont", "par",
                "plus", "ont", "été", "ne", "se", "son", "sa", "ses", "leur", "mais"));
        FUNCTION_WORDS.put("Spanish", Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una",
                "es", "por", "con", "para", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "han",
                "este", "esta", "ya", "sobre", "entre", "también", "dijo"));
        FUNCTION_WORDS.put("Italian", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è",
                "un", "una", "per", "con", "non", "sono", "nel", "nella", "alla", "dei", "delle", "anche", "ha",
                "hanno", "come", "questo", "questa", "stato", "più", "si"));
        FUNCTION_WORDS.put("Dutch", Set.of("de", "het", "een", "en", "van", "is", "dat", "die", "niet", "te", "op",
                "met", "voor", "zijn", "er", "aan", "ook", "als", "bij", "door", "naar", "wordt", "werd", "heeft",
                "hebben", "maar", "nog", "om", "uit", "over"));
        FUNCTION_WORDS.put("Portuguese", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que",
                "em", "no", "na", "um", "uma", "para", "com", "por", "não", "se", "foi", "ao", "mais", "como", "seu",
                "sua", "pelo", "pela", "também", "disse"));
    }

    private LanguageGuess() {
    }

    /**
     * The language {@code text} looks written in when that is clearly not English, e.g. {@code "German"} or
     * {@code "Cyrillic script"}; empty when it looks English or there is too little text to tell.
     */
    public static Optional<String> notEnglish(String text) {
        int latin = 0;
        int other = 0;
        Map<String, Integer> otherScripts = new LinkedHashMap<>();
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
                otherScripts.merge(scriptName(script), 1, Integer::sum);
            }
        }
        if (other > 50 && other > latin) {
            return otherScripts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }
        String[] words = text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int counted = 0;
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (++counted > WORDS_READ) {
                break;
            }
            for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
                if (language.getValue().contains(w)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        if (counted < MIN_WORDS) {
            return Optional.empty();
        }
        int english = hits.getOrDefault("English", 0);
        Map.Entry<String, Integer> best = hits.entrySet().stream()
                .filter(e -> !e.getKey().equals("English"))
                .max(Map.Entry.comparingByValue()).orElse(null);
        // "Clearly": twice as many function words as English, and a tenth of the text (real prose has a third).
        if (best != null && best.getValue() > 2 * english && best.getValue() * 10 >= Math.min(counted, WORDS_READ)) {
            return Optional.of(best.getKey());
        }
        return Optional.empty();
    }

    private static String scriptName(Character.UnicodeScript script) {
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA -> "Chinese or Japanese script";
            case HANGUL -> "Korean script";
            default -> script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT) + " script";
        };
    }
}
