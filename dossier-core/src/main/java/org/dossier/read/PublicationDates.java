package org.dossier.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates that feeds, meta tags and JSON fields carry, in their many formats, to a day.
 *
 * <p>Only the calendar day is kept: the briefing needs "which day", and time zones in scraped metadata are too
 * often wrong to trust the hour.
 */
public final class PublicationDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED_YMD = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private PublicationDates() {
    }

    /** The day {@code value} names, or {@code null} when it is blank or in no format known here. */
    public static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        LocalDate d = parseStandard(v);
        if (d != null) {
            return d;
        }
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED_YMD.matcher(v);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(v);
        if (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return day(m.group(3), month.toString(), m.group(2));
            }
        }
        m = DAY_MONTH_YEAR.matcher(v);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return day(m.group(3), month.toString(), m.group(1));
            }
        }
        m = COMPACT.matcher(v);
        if (v.length() == 8 && m.matches()) {
            return day(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static LocalDate parseStandard(String v) {
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeException ignored) {
            // not ISO with offset; try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException ignored) {
            return null;
        }
    }

    private static Integer month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        return m != null ? m : MONTHS.get(key.length() >= 3 ? key.substring(0, 3) : key);
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
