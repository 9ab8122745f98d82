package org.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented news text for tests: random sentences over a small vocabulary, so that two generated articles share
 * almost no four-word runs unless a test makes them (a shared quote, a copied paragraph).
 */
public final class FictionalNews {
    private static final String[] WORDS = ("council harbour ferry budget vote minister strike union wages port "
            + "crane workers shipping delay river bridge repair contract tender mayor deputy police report "
            + "inquiry court judge ruling appeal hospital nurses ward funding school teachers exam results "
            + "weather storm flood warning coast road closure traffic rail line station timetable fares "
            + "tourism season hotel visitors festival music stage crowd ticket market prices farmers harvest "
            + "grain exports trade deal talks summit leaders agreement treaty border customs energy grid "
            + "power plant wind turbines solar panels emissions target climate plan housing rents tenants "
            + "landlords planning permission estate developer water supply pipes leak drought reservoir "
            + "library museum gallery exhibition archive record letter statement spokesperson briefing "
            + "morning evening week month year official figures survey poll voters election campaign party "
            + "candidate debate ballot count result majority coalition opposition protest march square "
            + "residents neighbours community centre volunteers charity donation appeal rescue crew boat "
            + "island mainland village town city district region province capital north south east west "
            + "quickly slowly finally again still already early late new old large small first last several "
            + "announced said confirmed denied agreed rejected approved delayed opened closed reviewed "
            + "expected warned promised asked told reported described welcomed criticised postponed").split(" ");
    private static final String[] FIRST = {"Maria", "Tomas", "Ines", "Kofi", "Hana", "Pavel", "Lucia", "Arjun",
        "Freya", "Mateo", "Sione", "Ewa"};
    private static final String[] LAST = {"Ortega", "Lindqvist", "Okafor", "Brandt", "Moreau", "Castell", "Varga",
        "Nakamura", "Achterberg", "Quispe", "Haldane", "Rosales"};
    private static final String[] PLACES = {"Port Alder", "Greyhaven", "Millbrook", "Saltmarsh", "Kestrel Bay",
        "Ravensford", "Eastwick Quay", "Hollin Cross"};

    private final Random random;

    public FictionalNews(long seed) {
        this.random = new Random(seed);
    }

    /** A sentence of 8 to 20 random words, capitalised, ending with a full stop. */
    public String sentence() {
        int n = 8 + random.nextInt(13);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = random.nextInt(12) == 0 ? place() : WORDS[random.nextInt(WORDS.length)];
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            s.append(i == 0 ? "" : " ").append(w);
        }
        return s.append('.').toString();
    }

    /** A paragraph of 2 to 4 sentences. */
    public String paragraph() {
        int n = 2 + random.nextInt(3);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sentences.add(sentence());
        }
        return String.join(" ", sentences);
    }

    /** An article body of {@code paragraphs} paragraphs separated by blank lines. */
    public String body(int paragraphs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            out.add(paragraph());
        }
        return String.join("\n\n", out);
    }

    /** A person's name. */
    public String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** A place name. */
    public String place() {
        return PLACES[random.nextInt(PLACES.length)];
    }

    /** A number in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
