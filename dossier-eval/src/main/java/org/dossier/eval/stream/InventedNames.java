package org.dossier.eval.stream;

import java.util.SplittableRandom;

/**
 * Makes up names of people, towns and organisations from syllables, so that a synthetic stream can hold tens of
 * thousands of distinct stories, each with its own people and places, as real news does. Every name comes from the
 * random source given, so a seeded generator gives the same names every time.
 */
final class InventedNames {
    private static final String[] ONSETS = {"b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m", "n",
        "p", "r", "s", "st", "t", "tr", "v", "w", "z", "sk", "th"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ae", "ou", "ei", "y"};
    private static final String[] CODAS = {"", "n", "r", "l", "s", "th", "m", "rk", "nd", "st"};
    private static final String[] TOWN_ENDINGS = {"holm", "by", "ford", "wick", "stad", "mouth", "vale", "haven",
        "field", "gate"};
    private static final String[] ORG_KINDS = {"Transport Union", "Holdings", "Shipping Company", "Energy Board",
        "Workers' Federation", "Building Society", "Rail Authority", "Medical Trust", "Water Company",
        "Farmers' Cooperative"};

    private final SplittableRandom random;

    InventedNames(SplittableRandom random) {
        this.random = random;
    }

    /** A word of two or three syllables, capitalised ("Torvel", "Skaimund"). */
    String word() {
        int syllables = 2 + random.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(pick(ONSETS)).append(pick(VOWELS));
            if (i == syllables - 1 || random.nextInt(3) == 0) {
                b.append(pick(CODAS));
            }
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** A person: first and last name. */
    String person() {
        return word() + " " + word();
    }

    /** A town ("Brennholm", "Port Dravick"). */
    String town() {
        String base = word().toLowerCase();
        String name = Character.toUpperCase(base.charAt(0)) + base.substring(1) + pick(TOWN_ENDINGS);
        return random.nextInt(5) == 0 ? "Port " + name : name;
    }

    /** An organisation ("Kelmar Shipping Company"). */
    String organisation() {
        return word() + " " + pick(ORG_KINDS);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
