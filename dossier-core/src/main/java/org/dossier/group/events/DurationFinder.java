package org.dossier.group.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds stated lengths of time in a sentence: "90 minutes", "a 35-minute meeting", "an hour and a half",
 * "two and a half hours", "half an hour", "three hours".
 *
 * <p>Hedges that make a figure a bound rather than a value ("more than 30 minutes", "just over half an hour",
 * "nearly two hours") mark it {@linkplain StatedDuration#approximate() approximate}; "about" and "some" do not,
 * because news uses them for rounded but honest figures ("about 90 minutes"). Days, weeks and years are not
 * read: an event's "how long" in news is a matter of minutes and hours; longer spans are usually how long a
 * situation lasted ("closed for 18 months"), not the event. Stateless and thread-safe.
 */
public final class DurationFinder {
    private static final String NUMBER = "(?<n>\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)";
    private static final Pattern HOUR_AND_A_HALF = Pattern.compile("(?i)\\b(?:(?<n>an?|one|two|three|four|five|"
            + "\\d{1,2})\\s+)?(?:(?:hours?\\s+and\\s+a\\s+half)|(?:and\\s+a\\s+half\\s+hours?))\\b");
    private static final Pattern HALF_AN_HOUR = Pattern.compile("(?i)\\bhalf\\s+an\\s+hour\\b|\\bhalf-hour\\b");
    private static final Pattern AMOUNT = Pattern.compile("(?i)\\b" + NUMBER
            + "[\\s-]+(?<unit>minutes?|mins?|hours?)\\b(?!\\s+(?:ago|later|earlier|before|after|away|drive|walk))");
    private static final Pattern HEDGE = Pattern.compile("(?i)(?:more\\s+than|less\\s+than|just\\s+over|just\\s+"
            + "under|over|under|nearly|almost|at\\s+least|up\\s+to|a\\s+little\\s+more\\s+than|roughly)\\s+$");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("forty-five", 45), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90));

    /** The durations stated in {@code sentence}, in reading order. */
    public List<StatedDuration> find(String sentence, int articleIndex) {
        List<StatedDuration> out = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length()];
        Matcher m = HOUR_AND_A_HALF.matcher(sentence);
        while (m.find()) {
            int hours = m.group("n") == null ? 1 : number(m.group("n"));
            add(out, taken, sentence, m, Duration.ofMinutes(hours * 60L + 30), articleIndex);
        }
        m = HALF_AN_HOUR.matcher(sentence);
        while (m.find()) {
            add(out, taken, sentence, m, Duration.ofMinutes(30), articleIndex);
        }
        m = AMOUNT.matcher(sentence);
        while (m.find()) {
            int n = number(m.group("n"));
            boolean hours = m.group("unit").toLowerCase(Locale.ROOT).startsWith("h");
            add(out, taken, sentence, m, Duration.ofMinutes(hours ? n * 60L : n), articleIndex);
        }
        out.sort((a, b) -> Integer.compare(sentence.indexOf(a.text()), sentence.indexOf(b.text())));
        return out;
    }

    private static void add(List<StatedDuration> out, boolean[] taken, String sentence, Matcher m, Duration length,
                            int articleIndex) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        boolean hedged = HEDGE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find();
        out.add(new StatedDuration(length, m.group(), hedged, articleIndex));
    }

    private static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = WORDS.get(w);
        return n != null ? n : Integer.parseInt(w);
    }
}
