package org.dossier.eval.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.dossier.model.Article;

/**
 * A deterministic generator of large news streams for scale tests, written from the team's own sentences
 * ({@link StoryKind}): no real article is used.
 *
 * <p>Each story is one event of a {@link StoryKind} (a harbour strike, an earthquake...) with its own invented town,
 * people and organisation ({@link InventedNames}) and numbers, starting on a random day of the stream's span and
 * covered for one to seven days. Its articles come from several outlets, each picking a subset of the kind's facts
 * in one of their paraphrases, sometimes wrapped in page furniture; some are syndicated copies of an earlier
 * article under another outlet, some are updates published a day or two later with a new sentence on top. About a
 * tenth of the stream is noise: one-article stories. The same kinds recur all through the stream, so telling two
 * strikes in two towns apart, or in the same town months apart, is part of the task.
 *
 * <p>The stream is in date order and spread over enough days to keep about {@value #ARTICLES_PER_DAY} articles a
 * day, so the amount of news in flight is the same at 10,000 articles as at 100,000. Only a small plan per article
 * is held in memory; the text is written out when the article is visited ({@link #forEach}).
 *
 * <pre>
 * java -cp ... org.dossier.eval.stream.SyntheticStream --articles 100000 --seed 1 --out FILE
 * </pre>
 * writes JSON lines {@code {"id", "title", "text", "source", "date", "story"}}, which
 * {@code org.dossier.read.JsonLinesReader} reads as articles ({@code source} is the outlet); {@code story} is the
 * gold story id for scoring a clustering of the stream.
 */
public final class SyntheticStream {
    /** Articles per day of the stream, on average. */
    public static final int ARTICLES_PER_DAY = 600;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final double NOISE = 0.1;
    private static final double SYNDICATED = 0.15;
    private static final double UPDATE = 0.1;
    private static final String[] MASTHEADS = {"Courier", "Gazette", "Herald", "Post", "Times", "Daily", "Observer",
        "Record", "Chronicle", "Tribune"};

    /** One generated article and the story it was generated for. */
    public record SyntheticArticle(Article article, String story) {
    }

    private record StoryPlan(String id, StoryKind kind, String town, String person, String person2, String org,
                             int n1, int n2, LocalDate start) {
    }

    private record ArticlePlan(int number, StoryPlan story, LocalDate date, String outlet, long textSeed,
                               boolean update) {
    }

    private final List<ArticlePlan> plans;

    /** Plans a stream of {@code articles} articles from {@code seed}; the same seed gives the same stream. */
    public SyntheticStream(int articles, long seed) {
        this.plans = plan(articles, seed);
    }

    public int size() {
        return plans.size();
    }

    private static List<ArticlePlan> plan(int articles, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InventedNames names = new InventedNames(random);
        List<String> outlets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            outlets.add("The " + names.word() + " " + MASTHEADS[random.nextInt(MASTHEADS.length)]);
        }
        int spanDays = Math.max(7, articles / ARTICLES_PER_DAY);
        List<ArticlePlan> out = new ArrayList<>(articles);
        int stories = 0;
        while (out.size() < articles) {
            stories++;
            StoryKind kind = StoryKind.ALL.get(random.nextInt(StoryKind.ALL.size()));
            boolean noise = random.nextDouble() < NOISE;
            StoryPlan story = new StoryPlan((noise ? "noise-" : "story-") + stories, kind, names.town(),
                    names.person(), names.person(), names.organisation(), 2 + random.nextInt(7),
                    100 + random.nextInt(9000), FIRST_DAY.plusDays(random.nextInt(spanDays)));
            // story sizes: mostly a handful of articles, a few big stories (geometric, mean about 7)
            int size = noise ? 1 : 2 + (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(6.0 / 7.0));
            size = Math.min(size, Math.min(60, articles - out.size()));
            int coverageDays = 1 + random.nextInt(7);
            List<ArticlePlan> ofStory = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String outlet = outlets.get(random.nextInt(outlets.size()));
                ArticlePlan earlier = ofStory.isEmpty() ? null : ofStory.get(random.nextInt(ofStory.size()));
                double roll = random.nextDouble();
                ArticlePlan p;
                if (earlier != null && roll < SYNDICATED) {
                    // a wire copy: the same text under another masthead, the same day or the next
                    p = new ArticlePlan(out.size() + 1, story, earlier.date().plusDays(random.nextInt(2)), outlet,
                            earlier.textSeed(), earlier.update());
                } else if (earlier != null && roll < SYNDICATED + UPDATE) {
                    p = new ArticlePlan(out.size() + 1, story, earlier.date().plusDays(1 + random.nextInt(2)),
                            outlet, earlier.textSeed(), true);
                } else {
                    p = new ArticlePlan(out.size() + 1, story, story.start().plusDays(random.nextInt(coverageDays)),
                            outlet, random.nextLong(), false);
                }
                ofStory.add(p);
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(ArticlePlan::date).thenComparingInt(ArticlePlan::number));
        return out;
    }

    /** Visits the articles in date order, writing each one's text as it goes. */
    public void forEach(Consumer<SyntheticArticle> visitor) {
        for (ArticlePlan p : plans) {
            visitor.accept(render(p));
        }
    }

    private static SyntheticArticle render(ArticlePlan p) {
        SplittableRandom random = new SplittableRandom(p.textSeed());
        StoryPlan s = p.story();
        StoryKind kind = s.kind();
        String title = fill(kind.headlines().get(random.nextInt(kind.headlines().size())), s);
        List<String> paragraphs = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            paragraphs.add(StoryKind.FURNITURE.get(random.nextInt(StoryKind.FURNITURE.size())));
        }
        if (p.update()) {
            paragraphs.add("Update: " + fill(kind.updates().get((int) (p.number() % kind.updates().size())), s));
        }
        StringBuilder paragraph = new StringBuilder();
        List<List<String>> facts = kind.sentences();
        for (int i = 0; i < facts.size(); i++) {
            // the first fact (what happened) is always there; the others are each left out now and then
            if (i > 0 && random.nextInt(4) == 0) {
                continue;
            }
            List<String> wordings = facts.get(i);
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(fill(wordings.get(random.nextInt(wordings.size())), s));
            if (random.nextBoolean()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        if (random.nextInt(3) == 0) {
            paragraphs.add(StoryKind.FURNITURE.get(random.nextInt(StoryKind.FURNITURE.size())));
        }
        String id = String.format(Locale.ROOT, "syn-%07d", p.number());
        Article article = Article.builder(id, String.join("\n\n", paragraphs)).title(title).outlet(p.outlet())
                .published(p.date()).origin("synthetic").build();
        return new SyntheticArticle(article, s.id());
    }

    private static String fill(String template, StoryPlan s) {
        String day = s.start().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return template.replace("{town}", s.town()).replace("{person2}", s.person2()).replace("{person}", s.person())
                .replace("{org}", s.org()).replace("{n1}", Integer.toString(s.n1()))
                .replace("{n2}", Integer.toString(s.n2())).replace("{day}", day);
    }

    /** Writes the stream as JSON lines. */
    public void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            IOException[] failure = new IOException[1];
            forEach(a -> {
                if (failure[0] != null) {
                    return;
                }
                ObjectNode node = json.createObjectNode();
                node.put("id", a.article().id());
                node.put("title", a.article().title());
                node.put("text", a.article().text());
                node.put("source", a.article().outlet());
                node.put("date", a.article().published().toString());
                node.put("story", a.story());
                try {
                    out.write(json.writeValueAsString(node));
                    out.write('\n');
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int articles = 10_000;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --articles N --seed S --out FILE)");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FILE is required");
        }
        long start = System.nanoTime();
        SyntheticStream stream = new SyntheticStream(articles, seed);
        stream.write(out);
        System.out.printf(Locale.ROOT, "wrote %d articles to %s in %d ms%n", stream.size(), out,
                (System.nanoTime() - start) / 1_000_000);
    }
}
