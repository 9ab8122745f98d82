package org.dossier.eval;

import java.util.Objects;

/**
 * The one-line verdict every gate prints, in a fixed shape that CI can grep:
 * <pre>GATE seed-cleaning: article lines kept 74/74, furniture left 0/32 PASS</pre>
 *
 * <p>A gate may print as much detail as it likes, but exactly one such line, built from the same figures its
 * assertions check, so that the line and the test result never disagree. The line is printed before the
 * assertions run, so a failing gate still leaves its figures in the log.
 *
 * @param name    short kebab-case gate name, unique across the project ("splitter-speed")
 * @param figures the key figures, comma separated, each with what it measures ("furniture left 0/32")
 * @param pass    whether every condition of the gate held
 */
public record GateLine(String name, String figures, boolean pass) {
    /** What every gate line starts with. */
    public static final String PREFIX = "GATE ";

    public GateLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(figures, "figures");
        if (name.isBlank() || name.contains(":") || name.contains(" ")) {
            throw new IllegalArgumentException("gate name must be one word without a colon: " + name);
        }
    }

    /** The line: {@code GATE name: figures PASS} (or {@code FAIL}). */
    public String format() {
        return PREFIX + name + ": " + figures + " " + (pass ? "PASS" : "FAIL");
    }

    /** Prints the line on standard output and returns this, so that a test can print then assert. */
    public GateLine print() {
        System.out.println(format());
        return this;
    }

    @Override
    public String toString() {
        return format();
    }
}
