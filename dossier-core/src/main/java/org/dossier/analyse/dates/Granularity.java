package org.dossier.analyse.dates;

/**
 * How precise a date expression is. "Sept. 28" names a day, "last week" a week, "June 2014" a month, "in 2014" a
 * year. A resolved mention stores the first day of its period (the Monday of a week, the 1st of a month, January 1
 * of a year), so the granularity is needed to read it back correctly.
 */
public enum Granularity {
    DAY, WEEK, MONTH, YEAR
}
