package org.dossier.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication day out of the date strings that feeds, meta tags, JSON fields and page time stamps carry.
 *
 * <p>Handles ISO 8601 and its relatives ({@code 2024-03-07}, {@code 2024-03-07T09:15:00Z}, {@code 2024/03/07},
 * {@code 20240307}), English month names in either order ({@code March 7, 2024}, {@code Sept. 3rd, 2024},
 * {@code 7 Mar 2024}, {@code Thu, 07 Mar 2024 09:15:00 GMT}), also inside longer text ("Updated on March 10, 2025
 * at 7:42 p.m."). Numeric dates with the year last are ambiguous (03/07/2024 is March in the US, July elsewhere);
 * they are read month first, the habit of most English news sites, unless the first number is above 12 and so can
 * only be a day. Only the calendar day is kept: the time zone of a timestamp is ignored, because a page's stated
 * local date is what its readers saw. Years outside 1900–2100 are typos or placeholders and give null.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern MONTH_NAME_FIRST = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC_YEAR_LAST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        MONTHS.put("sept", 9);
    }

    private PublicationDates() {
    }

    /** The day {@code text} names, or null when it is blank or in no format known here. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        Matcher m = YEAR_FIRST.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_NAME_FIRST.matcher(s);
        if (m.find() && month(m.group(1)) != null) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_FIRST.matcher(s);
        if (m.find() && month(m.group(2)) != null) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = NUMERIC_YEAR_LAST.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // US order (month first) unless the first number cannot be a month.
            return a > 12 ? date(m.group(3), b, String.valueOf(a)) : date(m.group(3), a, String.valueOf(b));
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(String year, String month, String day) {
        return date(year, Integer.parseInt(month), day);
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            // Dates outside this range are typos or placeholders ("0000-00-00"), not publication dates.
            if (y < 1900 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
