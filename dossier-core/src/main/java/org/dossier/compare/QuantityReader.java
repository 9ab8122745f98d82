package org.dossier.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy.Kind;
import org.dossier.model.Sentence;

/**
 * Reads counts and amounts from a sentence: "14 Calvaran fishing boats" (a count of boats), "about 200
 * fishermen", "$1.2 billion", "4.2 million euros", "3.5 percent".
 *
 * <p>A figure with a currency or a percent sign is an <em>amount</em> ({@link Kind#NUMBER}) measured in that
 * unit; a bare figure followed by a plural noun is a <em>count</em> ({@link Kind#COUNT}) of that noun, the head of
 * the short noun phrase after it ("14 Calvaran fishing <b>boats</b>"). Everything else is left alone, on purpose:
 * years, days of the month, clock times, ages, lengths of time (durations have their own reader), ordinals, and
 * figures that are a part of a whole ("the first five boats", "the other nine", "three of the boats"), which
 * would otherwise look like a different count of the same thing.
 *
 * <p>Rounding: "4 million" is what a reporter writes for 4.2 million, so a figure with a scale word is allowed
 * half a unit of its last digit either way; a plain round count ("200 fishermen") two and a half percent (so
 * that "40 boats" and "about 35 boats" still conflict); any other figure none.
 */
final class QuantityReader {
    private static final String WORD_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|a\\s+hundred|a\\s+dozen|dozen|hundred";
    private static final Pattern FIGURE = Pattern.compile("(?i)(?<![\\w.,$€£-])(?<cur>[$€£]\\s?)?"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:" + WORD_NUMBER + ")(?:[\\s-]+(?:"
            + WORD_NUMBER + "))?)"
            + "(?:\\s?-?(?<scale>million|billion|trillion|thousand|hundred|bn|m)\\b)?"
            + "(?:[\\s-]?(?<unit>%|percent\\b|per\\s+cent\\b|dollars?\\b|euros?\\b|pounds?\\b))?"
            + "(?![\\w])");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    /** Words before a figure that make it a part of a whole or an order, not a total. */
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:first|last|remaining|other|another|"
            + "additional|further|extra|more|latest|next|final|only|No\\.?|number|aged|age|top|bottom|page|"
            + "room|flight|route|article|section|chapter|of)\\s+(?:the\\s+)?$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            + "sept|oct|nov|dec)[a-z]*\\.?\\s+$");
    private static final Pattern PART_AFTER = Pattern.compile("(?i)^\\s*(?:of\\s+(?:the|them|whom|which|its|"
            + "their|these|those)\\b|per\\b|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o'clock|-year|years?\\s+old|"
            + "-?(?:st|nd|rd|th)\\b|percentage\\s+points?|times\\b|to\\s+\\d|-\\d|/)");
    /** Nouns a count is never about: time units (durations are read elsewhere) and words of measure. */
    private static final Set<String> NOT_COUNTED = Set.of("second", "minute", "hour", "day", "week", "month",
            "year", "decade", "century", "time", "point", "percent", "cent", "dollar", "euro", "pound", "mile",
            "kilometre", "kilometer", "metre", "meter", "foot", "feet", "tonne", "ton", "kilogram", "gram",
            "degree", "bn", "m", "others", "ones");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "with",
            "and", "or", "but", "that", "which", "who", "whom", "it", "its", "their", "his", "her", "by", "from",
            "as", "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "could",
            "should", "said", "says", "this", "these", "those", "than", "into", "over", "after", "before", "per",
            "more", "less", "each", "every", "all", "they", "he", "she", "we", "you", "i");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
            "staff", "crew", "personnel", "cattle", "fishermen", "firemen", "policemen", "sheep", "fish");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    /** The counts and amounts stated in {@code sentence}; {@code occasion} is the sentence's event. */
    List<Observation> read(Sentence sentence, int occasion, Set<String> context) {
        String text = sentence.text();
        List<Observation> out = new ArrayList<>(2);
        Matcher m = FIGURE.matcher(text);
        m.useTransparentBounds(true); // the look-behind must see the text before a region
        int i = 0;
        while (i < text.length()) {
            if (mayStartFigure(text, i)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    Observation o = observe(text, m, sentence, occasion, context);
                    if (o != null) {
                        out.add(o);
                    }
                    i = Math.max(m.end(), i + 1);
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /**
     * A cheap test before the regular expression: a figure starts at a word start with a digit, a currency sign,
     * or a number word. Running the expression only there keeps reading a sentence to a few microseconds.
     */
    private static boolean mayStartFigure(String text, int i) {
        char c = text.charAt(i);
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (Character.isDigit(c) || c == '$' || c == '€' || c == '£') {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(i, end).toLowerCase(Locale.ROOT);
        return WORDS.containsKey(word) || word.equals("a");
    }

    private Observation observe(String text, Matcher m, Sentence sentence, int occasion, Set<String> context) {
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
        if (PART_BEFORE.matcher(before).find() || MONTH_BEFORE.matcher(before).find()
                || PART_AFTER.matcher(after).find()) {
            return null;
        }
        String num = m.group("num").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean digits = Character.isDigit(num.charAt(0));
        if (!digits && m.group("cur") == null && m.group("unit") == null && isArticle(num)) {
            return null;
        }
        double figure = digits ? Double.parseDouble(num.replace(",", "")) : wordValue(num);
        if (figure <= 0) {
            return null;
        }
        String scale = m.group("scale") == null ? null : m.group("scale").toLowerCase(Locale.ROOT);
        if (scale != null && scale.equals("m") && m.group("cur") == null) {
            return null; // "40 m" is metres more often than millions
        }
        double multiplier = multiplier(scale);
        String unit = unit(m.group("cur"), m.group("unit"));
        Kind kind;
        String head;
        String noun;
        int end = m.end();
        if (unit != null) {
            kind = Kind.NUMBER;
            head = unit;
            noun = unit;
            String currencyAfter = currencyWordAfter(after);
            if (currencyAfter != null && m.group("unit") == null && m.group("cur") == null) {
                head = currencyAfter;
            }
        } else {
            if (digits && scale == null && figure >= 1900 && figure <= 2100 && num.length() == 4) {
                return null; // a year
            }
            String[] found = countedNoun(text, m.end());
            if (found == null) {
                return null;
            }
            kind = Kind.COUNT;
            noun = found[0];
            head = singular(noun.toLowerCase(Locale.ROOT));
            end = Integer.parseInt(found[1]);
            if (NOT_COUNTED.contains(head)) {
                return null;
            }
        }
        Hedge.Found hedged = Hedge.before(text, m.start());
        Hedge hedge = hedged.hedge();
        double value = figure * multiplier;
        double tolerance = tolerance(num, digits, scale != null, figure);
        String shown = text.substring(hedged.start(), end).strip();
        Citation citation = new Citation(sentence.articleIndex() + 1, sentence.index(), text);
        return new Observation(kind, occasion, head, noun, value, hedge, hedge.range(value, tolerance), shown,
                context, citation, m.start());
    }

    /** "a hundred" is a figure; a lone "one" ("one official said") is not a count worth comparing. */
    private static boolean isArticle(String num) {
        return num.equals("one");
    }

    private static double wordValue(String words) {
        double total = 0;
        double current = 0;
        for (String w : words.split("[\\s-]+")) {
            if (w.equals("a")) {
                current = Math.max(current, 1);
                continue;
            }
            Integer n = WORDS.get(w);
            if (n == null) {
                return -1;
            }
            if (n == 100) {
                current = Math.max(current, 1) * 100;
            } else if (n == 12 && w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else {
                current += n;
            }
        }
        return total + current;
    }

    private static double multiplier(String scale) {
        if (scale == null) {
            return 1;
        }
        return switch (scale) {
            case "thousand" -> 1e3;
            case "hundred" -> 1e2;
            case "million", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }

    private static String unit(String currency, String unit) {
        if (unit != null) {
            String u = unit.toLowerCase(Locale.ROOT);
            if (u.equals("%") || u.startsWith("per")) {
                return "percent";
            }
            return singular(u);
        }
        if (currency != null) {
            return switch (currency.strip()) {
                case "$" -> "dollar";
                case "€" -> "euro";
                default -> "pound";
            };
        }
        return null;
    }

    private static String currencyWordAfter(String after) {
        Matcher w = Pattern.compile("(?i)^[\\s-]*(dollars?|euros?|pounds?)\\b").matcher(after);
        return w.find() ? singular(w.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /**
     * The plural noun a bare figure counts, within the next three words ("14 Calvaran fishing boats"), with the
     * offset just past it; {@code null} when a function word or punctuation comes first.
     */
    private static String[] countedNoun(String text, int from) {
        Matcher w = WORD.matcher(text);
        int position = from;
        for (int i = 0; i < 3; i++) {
            if (!w.find(position)) {
                return null;
            }
            String gap = text.substring(position, w.start());
            if (!gap.isBlank() && !gap.strip().equals("-")) {
                return null; // punctuation between the figure and the word
            }
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (STOP.contains(lower) || NOT_COUNTED.contains(singular(lower))) {
                return null; // "35-minute meetings" counts no meetings
            }
            if (isPlural(lower)) {
                return new String[] {word, Integer.toString(w.end())};
            }
            position = w.end();
        }
        return null;
    }

    private static boolean isPlural(String lower) {
        return IRREGULAR_PLURALS.contains(lower)
                || (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("’s"));
    }

    /** A light singular: "boats" → "boat", "fishermen" → "fisherman", "companies" → "company". */
    static String singular(String lower) {
        if (lower.endsWith("men")) {
            return lower.substring(0, lower.length() - 3) + "man";
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("ses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 1) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    /** How far a stated figure may be from the truth through rounding alone, as a fraction of it. */
    private static double tolerance(String num, boolean digits, boolean scaled, double figure) {
        if (scaled) {
            // "4 million" covers 3.5 to 4.5 million; "4.2 million" covers 4.15 to 4.25 million
            int dot = num.indexOf('.');
            double unitOfLastDigit = dot < 0 ? 1 : Math.pow(10, -(num.length() - dot - 1));
            return unitOfLastDigit / 2 / figure;
        }
        if (!digits || (figure >= 10 && figure % 10 == 0 && num.indexOf('.') < 0)) {
            return 0.025; // "two hundred", "40": round figures, a little slack
        }
        return 0;
    }
}
