package org.dossier.analyse.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in news text and says which day, week, month or year each one means.
 *
 * <p>What it understands, in the order it tries them (a later rule never claims text an earlier one took):
 * <ol>
 *   <li>ISO dates: {@code 2015-09-28};</li>
 *   <li>day-level dates: "September 28, 2015", "Sept. 28", "Oct. 31", "28 September", "Friday 14 March 2025";
 *       a day without a year takes the year that puts it closest to the anchor;</li>
 *   <li>months: "June 2014", "in February" (closest to the anchor), "last March";</li>
 *   <li>years after a preposition: "in 2014", "since 2009";</li>
 *   <li>periods: "this week", "last week", "next month", "earlier this month", "last year", "two days ago";</li>
 *   <li>deictic days: "today", "tonight", "this afternoon", "yesterday", "tomorrow";</li>
 *   <li>weekdays: "Monday", "on Sunday", "Friday's meeting", "last Friday", "next Tuesday".</li>
 * </ol>
 *
 * <p>Weekdays follow news convention. A bare weekday in a past-tense report is the most recent such day on or
 * before the anchor ("they met on Monday"); in a future context ("will meet on Friday", "until Sunday") it is the
 * next one on or after it (see {@link TenseCues}). "last Monday" is the Monday of the previous calendar week (so
 * on Tuesday 18 March "last Monday" is 10 March while "on Monday" is 17 March); "next Tuesday" is the first
 * Tuesday after the anchor; "this Friday" is the Friday of the anchor's week.
 *
 * <p>Inside a quotation, "today", "yesterday" and the like belong to the day the words were spoken, not the day
 * the article came out. When the sentence around the quotation dates it ("..., Varnholt told reporters after
 * Friday's meeting"), that date is used as the anchor of the relative words inside the quotes.
 *
 * <p>Without an anchor nothing relative is resolved: those mentions come back with {@code resolved == null} and
 * {@code relative == true}. Stateless and thread-safe.
 */
public final class TemporalTagger {
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\."
            + "|Nov\\.|Dec\\.|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])";
    private static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String OPTIONAL_WEEKDAY = "(?:(?:" + WEEKDAY_NAMES + "),?\\s+)?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)(?!\\d)";

    // Each pattern opens with a cheap look-ahead on its first character, so that the long alternations of month and
    // weekday names are only tried where a date can start: that keeps tagging a sentence to microseconds.
    private static final Pattern ISO = Pattern.compile("(?=\\d)(?<!\\d)(?<year>\\d{4})-(?<mm>\\d{2})-(?<dd>\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?=[A-Z])(?<![A-Za-z])" + OPTIONAL_WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})"
            + ORDINAL + "(?!\\d)(?:,?\\s+" + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?=[A-Z0-9])(?<![A-Za-z])" + OPTIONAL_WEEKDAY + "(?<!\\d)(?<day>\\d{1,2})" + ORDINAL
            + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?=[A-Z])(?<![A-Za-z])" + MONTH + ",?\\s+" + YEAR);
    private static final Pattern PREPOSITION_MONTH = Pattern.compile("(?=[BDEFILMNOSTUbdefilmnostu])(?<![A-Za-z])(?<prep>(?i:in|since|by|during|until|till|"
            + "through|from|early|late|mid|before|after|last|next|this|of))[\\s-]+" + MONTH + "(?!\\s*\\d)");
    private static final Pattern PREPOSITION_YEAR = Pattern.compile("(?=[ABDEFILMOSTUabdefilmostu])(?<![\\w$])(?i:in|since|by|during|until|till|"
            + "through|from|early|late|mid|before|after|around|of|for)\\s+" + YEAR + "(?![\\w%-])");
    private static final Pattern PERIOD = Pattern.compile("(?i)(?=[eltnp])\\b(?:(?<side>earlier|later)\\s+)?"
            + "(?<which>this|last|next|past)\\s+(?<unit>week|month|year)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)(?=[aotfsen0-9])\\b(?<count>a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|\\d{1,2})\\s+(?<unit>day|week|month|year)s?\\s+ago\\b");
    private static final Pattern DEICTIC = Pattern.compile("(?i)(?=[ty])\\b(?<word>today|tonight|yesterday|tomorrow"
            + "|this\\s+(?:morning|afternoon|evening))\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?=[LNTMWFSlnt])(?:\\b(?<mod>(?i:last|next|this))\\s+)?\\b"
            + "(?<weekday>" + WEEKDAY_NAMES + ")(?![A-Za-z])");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1),
            Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));

    /** One rule: a pattern and how to turn a match into a resolver awaiting its anchor. */
    private record Rule(Pattern pattern, Reader reader, List<String> cues) {
        /** Whether the lower-cased text holds one of the cues, without which the pattern cannot match. */
        boolean mayMatch(String lower) {
            for (String cue : cues) {
                if (lower.contains(cue)) {
                    return true;
                }
            }
            return false;
        }
    }

    // Cheap substring cues per rule: most sentences hold no date at all, and a failed contains() is far cheaper
    // than running a pattern with long alternations over the sentence.
    private static final List<String> MONTH_CUES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final List<String> DIGIT_CUES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** Reads one match of a rule's pattern in {@code text}; null when the match is not a date after all. */
    @FunctionalInterface
    private interface Reader {
        Resolver read(String text, Matcher m);
    }

    /** Turns a found expression into a mention, given the anchor in force at that place of the text. */
    @FunctionalInterface
    private interface Resolver {
        TemporalMention resolve(LocalDate anchor);
    }

    /** A match waiting for its anchor. */
    private record Found(int start, int end, boolean deictic, Resolver resolver) {
    }

    private final List<Rule> rules;

    public TemporalTagger() {
        rules = List.of(
                new Rule(ISO, this::iso, List.of("-")),
                new Rule(MONTH_DAY, this::dayOfMonth, MONTH_CUES),
                new Rule(DAY_MONTH, this::dayOfMonth, MONTH_CUES),
                new Rule(MONTH_YEAR, this::monthOfYear, MONTH_CUES),
                new Rule(PREPOSITION_MONTH, this::bareMonth, MONTH_CUES),
                new Rule(PREPOSITION_YEAR, this::year, DIGIT_CUES),
                new Rule(PERIOD, this::period, List.of("week", "month", "year")),
                new Rule(AGO, this::ago, List.of("ago")),
                new Rule(DEICTIC, this::deictic, List.of("today", "tonight", "yesterday", "tomorrow", "this ")),
                new Rule(WEEKDAY, this::weekday, List.of("day")));
    }

    /**
     * The date expressions of {@code text}, in reading order.
     *
     * @param text   any text: a sentence, a paragraph or a whole article
     * @param anchor the date relative expressions count from (the publication date), or {@code null} if unknown
     */
    public List<TemporalMention> tag(String text, LocalDate anchor) {
        boolean[] taken = new boolean[text.length() + 1];
        List<Found> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (start == end || overlaps(taken, start, end)) {
                    continue;
                }
                Resolver resolver = rule.reader().read(text, m);
                if (resolver == null) {
                    continue; // not a real date after all ("February 31")
                }
                for (int i = start; i < end; i++) {
                    taken[i] = true;
                }
                found.add(new Found(start, end, rule.pattern() == DEICTIC, resolver));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        List<TemporalMention> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(f.resolver().resolve(anchor));
        }
        return reanchorQuotedDeictics(text, found, out);
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    // ---- the readers: one per rule, each returns a resolver that needs only the anchor ----

    private Resolver iso(String source, Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        int month = Integer.parseInt(m.group("mm"));
        int day = Integer.parseInt(m.group("dd"));
        LocalDate date = safeDate(year, month, day);
        if (date == null) {
            return null;
        }
        String text = m.group();
        int start = m.start();
        int end = m.end();
        return anchor -> absolute(text, start, end, date, Granularity.DAY);
    }

    private Resolver dayOfMonth(String source, Matcher m) {
        int month = monthNumber(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31 || safeDate(2000, month, day) == null) { // 2000 is a leap year: Feb 29 is fine
            return null;
        }
        String text = m.group();
        int start = m.start();
        int end = m.end();
        String year = m.group("year");
        if (year != null) {
            LocalDate date = safeDate(Integer.parseInt(year), month, day);
            return date == null ? null : anchor -> absolute(text, start, end, date, Granularity.DAY);
        }
        String unresolved = String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        return anchor -> {
            if (anchor == null) {
                return new TemporalMention(text, start, end, null, Granularity.DAY, true, null, unresolved);
            }
            LocalDate date = closestYear(anchor, y -> safeDate(y, month, day));
            return new TemporalMention(text, start, end, date, Granularity.DAY, true, anchor, date.toString());
        };
    }

    private Resolver monthOfYear(String source, Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), monthNumber(m.group("month")), 1);
        String text = m.group();
        int start = m.start();
        int end = m.end();
        return anchor -> absolute(text, start, end, date, Granularity.MONTH);
    }

    private Resolver bareMonth(String source, Matcher m) {
        String monthName = m.group("month");
        if (monthName.equals("May") && !m.group("prep").matches("(?i)in|since|by|during|until|till|last|next|of")) {
            return null; // "may" is far more often the verb
        }
        int month = monthNumber(monthName);
        String prep = m.group("prep").toLowerCase(Locale.ROOT);
        int start = prep.equals("last") || prep.equals("next") || prep.equals("this") ? m.start() : m.start("month");
        String text = m.group().substring(start - m.start());
        int end = m.end();
        String unresolved = String.format(Locale.ROOT, "XXXX-%02d", month);
        return anchor -> {
            if (anchor == null) {
                return new TemporalMention(text, start, end, null, Granularity.MONTH, true, null, unresolved);
            }
            LocalDate thisYear = LocalDate.of(anchor.getYear(), month, 1);
            LocalDate anchorMonth = anchor.withDayOfMonth(1);
            LocalDate date = switch (prep) {
                case "last" -> thisYear.isBefore(anchorMonth) ? thisYear : thisYear.minusYears(1);
                case "next" -> thisYear.isAfter(anchorMonth) ? thisYear : thisYear.plusYears(1);
                case "this" -> thisYear;
                default -> closestYear(anchor, y -> LocalDate.of(y, month, 1));
            };
            return new TemporalMention(text, start, end, date, Granularity.MONTH, true, anchor, yearMonth(date));
        };
    }

    private Resolver year(String source, Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), 1, 1);
        int start = m.start("year");
        int end = m.end("year");
        String text = m.group("year");
        return anchor -> absolute(text, start, end, date, Granularity.YEAR);
    }

    private Resolver period(String source, Matcher m) {
        String which = m.group("which").toLowerCase(Locale.ROOT);
        Granularity unit = Granularity.valueOf(m.group("unit").toUpperCase(Locale.ROOT));
        int offset = switch (which) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        String text = m.group();
        int start = m.start();
        int end = m.end();
        String unresolved = unit + (offset == 0 ? "" : offset > 0 ? "+1" : "-1");
        return anchor -> {
            if (anchor == null) {
                return new TemporalMention(text, start, end, null, unit, true, null, unresolved);
            }
            LocalDate date = periodStart(anchor, unit).plus(offset, chronoUnit(unit));
            return new TemporalMention(text, start, end, date, unit, true, anchor, periodValue(date, unit));
        };
    }

    private Resolver ago(String source, Matcher m) {
        String count = m.group("count").toLowerCase(Locale.ROOT);
        int amount = NUMBER_WORDS.containsKey(count) ? NUMBER_WORDS.get(count) : Integer.parseInt(count);
        Granularity unit = Granularity.valueOf(m.group("unit").toUpperCase(Locale.ROOT));
        String text = m.group();
        int start = m.start();
        int end = m.end();
        String unresolved = unit + "-" + amount;
        return anchor -> {
            if (anchor == null) {
                return new TemporalMention(text, start, end, null, unit, true, null, unresolved);
            }
            LocalDate date = unit == Granularity.DAY ? anchor.minusDays(amount)
                    : periodStart(anchor.minus(amount, chronoUnit(unit)), unit);
            return new TemporalMention(text, start, end, date, unit, true, anchor, periodValue(date, unit));
        };
    }

    private Resolver deictic(String source, Matcher m) {
        String word = m.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int shift = switch (word) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0; // today, tonight, this morning / afternoon / evening
        };
        String text = m.group();
        int start = m.start();
        int end = m.end();
        String unresolved = shift == 0 ? "TODAY" : shift < 0 ? "TODAY-1" : "TODAY+1";
        return anchor -> {
            if (anchor == null) {
                return new TemporalMention(text, start, end, null, Granularity.DAY, true, null, unresolved);
            }
            LocalDate date = anchor.plusDays(shift);
            return new TemporalMention(text, start, end, date, Granularity.DAY, true, anchor, date.toString());
        };
    }

    private Resolver weekday(String source, Matcher m) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        String text = m.group();
        int start = m.start();
        int end = m.end();
        String direction = switch (mod) {
            case "last" -> "last";
            case "next" -> "next";
            case "this" -> "this";
            default -> TenseCues.isFuture(source, start, end) ? "future" : "past";
        };
        String unresolved = day + "/" + direction;
        return anchor -> {
            if (anchor == null) {
                return new TemporalMention(text, start, end, null, Granularity.DAY, true, null, unresolved);
            }
            LocalDate date = switch (direction) {
                case "last" -> anchor.with(DayOfWeek.MONDAY).minusWeeks(1).with(day);
                case "next" -> anchor.with(TemporalAdjusters.next(day));
                case "this" -> anchor.with(day);
                case "future" -> anchor.with(TemporalAdjusters.nextOrSame(day));
                default -> anchor.with(TemporalAdjusters.previousOrSame(day));
            };
            return new TemporalMention(text, start, end, date, Granularity.DAY, true, anchor, date.toString());
        };
    }

    // ---- quotations: "today" inside a quote dated by the sentence around it ----

    private static List<TemporalMention> reanchorQuotedDeictics(String text, List<Found> found,
                                                                List<TemporalMention> mentions) {
        List<TemporalMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (!f.deictic() || !Quotes.inside(text, f.start())) {
                continue;
            }
            int from = TenseCues.sentenceStart(text, f.start());
            int to = TenseCues.sentenceEnd(text, f.end());
            for (int j = 0; j < mentions.size(); j++) {
                TemporalMention other = mentions.get(j);
                if (j != i && other.start() >= from && other.end() <= to && other.isResolvedDay()
                        && !found.get(j).deictic() && !Quotes.inside(text, other.start())) {
                    out.set(i, f.resolver().resolve(other.resolved()));
                    break;
                }
            }
        }
        return out;
    }

    // ---- calendar helpers ----

    private static TemporalMention absolute(String text, int start, int end, LocalDate date, Granularity g) {
        return new TemporalMention(text, start, end, date, g, false, null, periodValue(date, g));
    }

    /** Of the candidate dates in the anchor's year and the years either side, the one nearest the anchor. */
    private static LocalDate closestYear(LocalDate anchor, Function<Integer, LocalDate> inYear) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate candidate = inYear.apply(y);
            if (candidate == null) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(anchor, candidate));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static LocalDate periodStart(LocalDate date, Granularity unit) {
        return switch (unit) {
            case DAY -> date;
            case WEEK -> date.with(DayOfWeek.MONDAY);
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    private static ChronoUnit chronoUnit(Granularity unit) {
        return switch (unit) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
            case YEAR -> ChronoUnit.YEARS;
        };
    }

    private static String periodValue(LocalDate date, Granularity unit) {
        return switch (unit) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> yearMonth(date);
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    private static String yearMonth(LocalDate date) {
        return String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
    }

    private static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
