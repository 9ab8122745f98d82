package org.dossier.eval.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dossier.model.Article;

/**
 * A labelled set of article pairs for measuring near-duplicate detection, written from the team's own sentences
 * ({@link StoryKind}; no real article is used). Each base article is one report of an invented event; it is paired
 * with five variants, two that are near-duplicates of it and three that are not:
 *
 * <ul>
 *   <li>{@link Variant#SYNDICATED_COPY} (a copy): the same body under another outlet, with other page furniture
 *       around it and small copy-editing (case, punctuation);</li>
 *   <li>{@link Variant#UPDATED_VERSION} (a copy): the same article republished later with an update line on top, a
 *       paragraph added at the end and one sentence reworded;</li>
 *   <li>{@link Variant#SAME_TEMPLATE} (not a copy): another event of the same kind written with the very same
 *       wording, in another town with other people and numbers, as automated or templated news is;</li>
 *   <li>{@link Variant#FOLLOW_UP} (not a copy): a later article on the same event that opens with its own news and
 *       reuses the earlier article's background paragraphs;</li>
 *   <li>{@link Variant#OTHER_REPORT} (not a copy): another outlet's own report of the same event, same people and
 *       facts in its own choice of wording.</li>
 * </ul>
 *
 * Texts are returned as raw articles (furniture included): run them through the cleaner as the store does.
 */
public final class NearDuplicateSet {
    /** How a variant relates to its base article. */
    public enum Variant {
        SYNDICATED_COPY(true), UPDATED_VERSION(true), SAME_TEMPLATE(false), FOLLOW_UP(false), OTHER_REPORT(false);

        private final boolean copy;

        Variant(boolean copy) {
            this.copy = copy;
        }

        /** Whether a detector should link this variant to its base article. */
        public boolean isCopy() {
            return copy;
        }
    }

    /** One labelled pair: a base article and a variant of it. */
    public record Pair(Article base, Article variant, Variant kind) {
    }

    /** The invented particulars of one event. */
    private record Event(StoryKind kind, String town, String person, String person2, String org, int n1, int n2,
                         String day) {
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private NearDuplicateSet() {
    }

    /** {@code bases} base articles with their five variants each (5 x {@code bases} pairs), from {@code seed}. */
    public static List<Pair> generate(int bases, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InventedNames names = new InventedNames(random);
        List<Pair> out = new ArrayList<>(bases * Variant.values().length);
        for (int b = 0; b < bases; b++) {
            StoryKind kind = StoryKind.ALL.get(random.nextInt(StoryKind.ALL.size()));
            Event event = event(kind, names, random);
            int[] wording = wording(kind, random);
            long breaks = random.nextLong(); // where the paragraphs break, the same in the updated version
            List<String> paragraphs = paragraphs(event, wording, new SplittableRandom(breaks));
            String furnitureTop = furniture(random);
            String furnitureEnd = furniture(random);
            Article base = article("b" + b, headline(event, 0), wrap(furnitureTop, paragraphs, furnitureEnd));

            // a syndicated copy: other furniture, a copy editor's touches (capitals, a comma)
            List<String> edited = new ArrayList<>(paragraphs);
            edited.set(0, edited.get(0).replaceFirst(",", "").replace(" said ", " said, "));
            out.add(new Pair(base, article("c" + b, headline(event, 0).toUpperCase(java.util.Locale.ROOT),
                    wrap(furniture(random), edited, furniture(random))), Variant.SYNDICATED_COPY));

            // an updated version: an update line on top, a sentence reworded, a paragraph added at the end
            List<String> updated = new ArrayList<>();
            updated.add("Update: " + fill(kind.updates().get(0), event));
            List<String> reworded = paragraphs(event, reword(wording, random), new SplittableRandom(breaks));
            updated.addAll(paragraphs.subList(0, paragraphs.size() - 1));
            updated.add(reworded.get(reworded.size() - 1));
            updated.add(fill(kind.updates().get(1), event) + " " + fill(sentence(kind, 0, 1 - wording[0]), event));
            out.add(new Pair(base, article("u" + b, headline(event, 1), wrap(furnitureTop, updated, furnitureEnd)),
                    Variant.UPDATED_VERSION));

            // the same template, another event: same wording and furniture, other town, people, numbers
            Event other = event(kind, names, random);
            out.add(new Pair(base, article("t" + b, headline(other, 0),
                    wrap(furnitureTop, paragraphs(other, wording, random.split()), furnitureEnd)),
                    Variant.SAME_TEMPLATE));

            // a follow-up: its own news first, then the earlier article's background paragraphs
            List<String> followUp = new ArrayList<>();
            followUp.add(fill(kind.updates().get(1), event) + " " + fill(kind.updates().get(0), event));
            followUp.add("Officials in " + event.town() + " said a fuller account would be given on "
                    + DAYS[(index(event.day()) + 2) % 7] + ", when " + event.person2() + " is due to report to the "
                    + "council.");
            followUp.addAll(paragraphs.subList(Math.min(1, paragraphs.size() - 1), paragraphs.size()));
            out.add(new Pair(base, article("f" + b, headline(event, 2), wrap(furniture(random), followUp,
                    furniture(random))), Variant.FOLLOW_UP));

            // another outlet's own report: same event and facts, written in its own words (the other paraphrase
            // of every fact: reports that happened to word every fact alike would be copies in all but name)
            out.add(new Pair(base, article("o" + b, headline(event, 2),
                    wrap(furniture(random), paragraphs(event, otherWords(wording), random.split()),
                            furniture(random))), Variant.OTHER_REPORT));
        }
        return out;
    }

    private static Event event(StoryKind kind, InventedNames names, SplittableRandom random) {
        return new Event(kind, names.town(), names.person(), names.person(), names.organisation(),
                2 + random.nextInt(7), 100 + random.nextInt(9000), DAYS[random.nextInt(7)]);
    }

    /** Which paraphrase of each fact an article uses (-1: the fact is left out; the first fact always stays). */
    private static int[] wording(StoryKind kind, SplittableRandom random) {
        int[] choice = new int[kind.sentences().size()];
        for (int i = 0; i < choice.length; i++) {
            choice[i] = i > 0 && random.nextInt(5) == 0 ? -1 : random.nextInt(kind.sentences().get(i).size());
        }
        return choice;
    }

    /** Every fact of {@code wording} in another paraphrase. */
    private static int[] otherWords(int[] wording) {
        int[] out = wording.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] < 0 ? -1 : 1 - Math.min(1, out[i]);
        }
        return out;
    }

    /** The same wording with the last fact used put in its other paraphrase. */
    private static int[] reword(int[] wording, SplittableRandom random) {
        int[] out = wording.clone();
        for (int i = out.length - 1; i > 0; i--) {
            if (out[i] >= 0) {
                out[i] = 1 - Math.min(1, out[i]);
                break;
            }
        }
        return out;
    }

    private static String sentence(StoryKind kind, int fact, int paraphrase) {
        List<String> wordings = kind.sentences().get(fact);
        return wordings.get(Math.max(0, Math.min(paraphrase, wordings.size() - 1)));
    }

    /** The article body: the chosen paraphrases, two or three sentences a paragraph (breaks from {@code random}). */
    private static List<String> paragraphs(Event event, int[] wording, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int inParagraph = 0;
        for (int i = 0; i < wording.length; i++) {
            if (wording[i] < 0) {
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(fill(sentence(event.kind(), i, wording[i]), event));
            if (++inParagraph >= 2 && random.nextBoolean() || inParagraph == 3) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
                inParagraph = 0;
            }
        }
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
        }
        return out;
    }

    private static String headline(Event event, int which) {
        return fill(event.kind().headlines().get(which % event.kind().headlines().size()), event);
    }

    private static String furniture(SplittableRandom random) {
        return StoryKind.FURNITURE.get(random.nextInt(StoryKind.FURNITURE.size()));
    }

    private static String wrap(String top, List<String> paragraphs, String end) {
        return top + "\n\n" + String.join("\n\n", paragraphs) + "\n\n" + end;
    }

    private static Article article(String id, String title, String text) {
        return Article.builder(id, text).title(title).build();
    }

    private static int index(String day) {
        for (int i = 0; i < DAYS.length; i++) {
            if (DAYS[i].equals(day)) {
                return i;
            }
        }
        return 0;
    }

    private static String fill(String template, Event e) {
        return template.replace("{town}", e.town()).replace("{person2}", e.person2()).replace("{person}", e.person())
                .replace("{org}", e.org()).replace("{n1}", Integer.toString(e.n1()))
                .replace("{n2}", Integer.toString(e.n2())).replace("{day}", e.day());
    }
}
