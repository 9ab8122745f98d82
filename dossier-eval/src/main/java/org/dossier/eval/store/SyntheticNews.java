package org.dossier.eval.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.dossier.model.Article;

/**
 * An endless, reproducible stream of invented news articles for ingest benchmarks, with known near-duplicates.
 *
 * <p>Text is random sentences over a vocabulary of news words and invented names, so two independent articles
 * share almost no four-word runs, as two real reports by different writers don't. Each story is covered by
 * several outlets (same names, place and one shared quote, own prose); about one article in ten is a
 * <em>syndicated copy</em> of an earlier one (another outlet, other page furniture around the same body) and one
 * in twenty an <em>updated version</em> (same URL path with {@code -updated}, one paragraph added). Every article
 * carries page furniture lines (share prompts, adverts, "read more" links) for the cleaner to remove, so a
 * benchmark measures cleaning too. Ids say what an article is: {@code n123}, {@code n456-copy-of-n123},
 * {@code n789-update-of-n123}.
 */
public final class SyntheticNews implements Iterable<Article> {
    private static final String[] WORDS = ("council harbour ferry budget vote minister strike union wages port crane "
            + "workers shipping delay river bridge repair contract tender mayor deputy police report inquiry court "
            + "judge ruling appeal hospital nurses ward funding school teachers exam results weather storm flood "
            + "warning coast road closure traffic rail line station timetable fares tourism season hotel visitors "
            + "festival music stage crowd ticket market prices farmers harvest grain exports trade deal talks "
            + "summit leaders agreement treaty border customs energy grid power plant wind turbines solar panels "
            + "emissions target climate plan housing rents tenants landlords planning permission estate developer "
            + "water supply pipes leak drought reservoir library museum gallery exhibition archive record letter "
            + "statement spokesperson briefing morning evening week month year official figures survey poll voters "
            + "election campaign party candidate debate ballot count result majority coalition opposition protest "
            + "march square residents neighbours community centre volunteers charity donation rescue crew boat "
            + "island mainland village town city district region province capital north south east west quickly "
            + "slowly finally again still already early late new old large small first last several announced "
            + "said confirmed denied agreed rejected approved delayed opened closed reviewed expected warned "
            + "promised asked told reported described welcomed criticised postponed insurance claims damage "
            + "engineers survey safety standards inspection airport runway flights passengers union members "
            + "ballot offer pay rise pension scheme fund investors shares profit loss quarter forecast growth "
            + "inflation interest rates bank lending mortgage savings households families children parents "
            + "students university research study scientists data evidence trial vaccine clinic doctors patients")
            .split(" ");
    private static final String[] FIRST = {"Maria", "Tomas", "Ines", "Kofi", "Hana", "Pavel", "Lucia", "Arjun",
        "Freya", "Mateo", "Sione", "Ewa", "Nadia", "Oren", "Priya", "Emeka", "Astrid", "Rafael", "Yuki", "Leila"};
    private static final String[] LAST = {"Ortega", "Lindqvist", "Okafor", "Brandt", "Moreau", "Castell", "Varga",
        "Nakamura", "Achterberg", "Quispe", "Haldane", "Rosales", "Kowal", "Ferreira", "Abara", "Sorensen"};
    private static final String[] PLACES = {"Port Alder", "Greyhaven", "Millbrook", "Saltmarsh", "Kestrel Bay",
        "Ravensford", "Eastwick Quay", "Hollin Cross", "Marrow Point", "Tallis Green", "Cobble Reach", "Westerby"};
    private static final String[] OUTLETS = {"Harbour Gazette", "Coastal Times", "Island Wire", "Valley Courier",
        "Evening Ledger", "Northern Post", "Riverside Herald", "Daily Beacon"};
    private static final String[] FURNITURE = {"Share this article", "Advertisement", "Sign up for our morning "
        + "newsletter", "Follow us on social media", "Comments are closed for this story", "Most read today",
        "Photo: staff photographer", "Skip to main content"};

    private final long seed;
    private final long count;

    /**
     * @param seed  makes the stream reproducible
     * @param count how many articles the stream yields ({@code Long.MAX_VALUE} for endless)
     */
    public SyntheticNews(long seed, long count) {
        this.seed = seed;
        this.count = count;
    }

    @Override
    public Iterator<Article> iterator() {
        return new Generator(new Random(seed), count);
    }

    /** Whether the article with this id was generated as a near-duplicate of an earlier one. */
    public static boolean isNearDuplicate(String id) {
        return id.contains("-copy-of-") || id.contains("-update-of-");
    }

    /** What an original article is made of, kept a while so copies and updates can be made of it. */
    private record Original(String id, String title, String body, String path, LocalDate date) {
    }

    private static final class Generator implements Iterator<Article> {
        private static final int RECENT = 200;
        private final Random random;
        private final long count;
        private final List<Original> recent = new ArrayList<>();
        private long n;
        private String storyPlace;
        private String storyPerson;
        private String storyQuote;
        private int storyLeft;

        Generator(Random random, long count) {
            this.random = random;
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return n < count;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            n++;
            int dice = random.nextInt(100);
            if (dice < 10 && !recent.isEmpty()) {
                Original o = recent.get(random.nextInt(recent.size()));
                return page("n" + n + "-copy-of-" + o.id(), o.title(), o.body(), "https://"
                        + host(random.nextInt(OUTLETS.length)) + "/wire/" + n, o.date());
            }
            if (dice < 15 && !recent.isEmpty()) {
                Original o = recent.get(random.nextInt(recent.size()));
                String updated = o.body() + "\n\n" + paragraph();
                return page("n" + n + "-update-of-" + o.id(), o.title() + " (updated)", updated,
                        o.path() + "-updated", o.date().plusDays(1));
            }
            if (storyLeft-- <= 0) {
                storyPlace = PLACES[random.nextInt(PLACES.length)];
                storyPerson = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                storyQuote = "\"" + sentence() + "\" said " + storyPerson + ".";
                storyLeft = 2 + random.nextInt(6);
            }
            String body = storyPlace + ": " + sentence() + "\n\n" + body(3 + random.nextInt(7)) + "\n\n" + storyQuote;
            String title = capitalise(WORDS[random.nextInt(WORDS.length)]) + " " + WORDS[random.nextInt(WORDS.length)]
                    + " in " + storyPlace;
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(n / 400);
            String path = "https://" + host(random.nextInt(OUTLETS.length)) + "/news/" + n;
            Original o = new Original("n" + n, title, body, path, date);
            if (recent.size() == RECENT) {
                recent.remove(random.nextInt(RECENT));
            }
            recent.add(o);
            return page(o.id(), title, body, path, date);
        }

        /** The article as a scraped page would give it: furniture above and below the body. */
        private Article page(String id, String title, String body, String url, LocalDate date) {
            String text = FURNITURE[random.nextInt(FURNITURE.length)] + "\n\n" + body + "\n\n"
                    + FURNITURE[random.nextInt(FURNITURE.length)];
            String outlet = OUTLETS[Math.floorMod(url.hashCode(), OUTLETS.length)];
            return Article.builder(id, text).title(title).outlet(outlet).url(url).published(date)
                    .origin("synthetic#" + id).build();
        }

        private String host(int outlet) {
            return OUTLETS[outlet].toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example";
        }

        private String body(int paragraphs) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < paragraphs; i++) {
                out.add(paragraph());
            }
            return String.join("\n\n", out);
        }

        private String paragraph() {
            int sentences = 2 + random.nextInt(3);
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                p.append(i == 0 ? "" : " ").append(sentence());
            }
            return p.toString();
        }

        private String sentence() {
            int words = 8 + random.nextInt(14);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < words; i++) {
                String w = random.nextInt(15) == 0 ? PLACES[random.nextInt(PLACES.length)]
                        : WORDS[random.nextInt(WORDS.length)];
                s.append(i == 0 ? capitalise(w) : " " + w);
            }
            return s.append('.').toString();
        }

        private static String capitalise(String w) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }
}
