package org.dossier.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.model.Article;

/**
 * Invented news events for story tests: each event has its own made-up place, people and words, so that the
 * articles of one event resemble each other and not those of another; every article picks its own sentences from
 * them. Deterministic for a seed.
 */
public final class FictionalStories {
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ven", "dra", "tul", "pes", "nor", "qui", "zan",
        "bel", "rho", "sut", "gal", "fen", "ost", "war", "lin", "cem", "dob"};
    private static final String[] OUTLETS = {"Harbour Gazette", "Island Wire", "Valley Post", "Evening Lantern",
        "Coastal Times"};
    private static final String[] LINKS = {"the", "officials", "said", "on", "after", "near", "while", "residents",
        "reported", "that", "was", "again", "morning", "week", "confirmed", "council"};

    private final Random random;

    public FictionalStories(long seed) {
        this.random = new Random(seed);
    }

    /** One invented event: its place, its people, its words and its first day. */
    public record Event(int number, String place, List<String> people, List<String> words, LocalDate day) {
    }

    /** A new event starting on {@code day}. */
    public Event event(int number, LocalDate day) {
        List<String> people = List.of(capital(word(2)) + " " + capital(word(3)), capital(word(2)) + " "
                + capital(word(3)));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            words.add(word(2 + random.nextInt(2)));
        }
        return new Event(number, capital(word(3)), people, words, day);
    }

    /** The {@code n}-th article about {@code event}, from a rotating outlet, dated within three days of it. */
    public Article article(Event event, int n) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            StringBuilder sentence = new StringBuilder();
            sentence.append(s % 2 == 0 ? event.place() : event.people().get(random.nextInt(2)));
            for (int w = 0; w < 10; w++) {
                sentence.append(' ').append(random.nextInt(2) == 0 ? event.words().get(random.nextInt(14))
                        : LINKS[random.nextInt(LINKS.length)]);
            }
            text.append(sentence).append(". ");
        }
        String title = capital(event.words().get(n % 14)) + " in " + event.place();
        return Article.builder("e" + event.number() + "-" + n, text.toString().strip())
                .title(title)
                .outlet(OUTLETS[(event.number() + n) % OUTLETS.length])
                .published(event.day().plusDays(n % 3))
                .url("https://news" + n + ".example/" + event.number() + "/" + n)
                .build();
    }

    private String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
