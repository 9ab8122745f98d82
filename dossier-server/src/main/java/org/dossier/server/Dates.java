package org.dossier.server;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages print them: "10 March 2025", "Mon 10 March 2025", spans "10–14 March 2025". */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String weekday(LocalDate date) {
        return WEEKDAY.format(date);
    }

    /** A date at the precision the timeline gives it: day, week, month or year. */
    static String atPrecision(LocalDate date, String precision) {
        return switch (precision == null ? "day" : precision) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> MONTH.format(date);
            case "week" -> "week of " + DAY.format(date);
            default -> WEEKDAY.format(date);
        };
    }

    /** "undated", one day, or "first – last". */
    static String span(LocalDate first, LocalDate last) {
        if (first == null) {
            return "undated";
        }
        if (last == null || first.equals(last)) {
            return day(first);
        }
        return day(first) + " – " + day(last);
    }
}
