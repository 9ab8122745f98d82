package org.dossier.eval.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.group.events.EventSeparator;
import org.dossier.group.events.StoryEvents;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.read.ArticleLoader;

/**
 * Times {@link EventSeparator} alone (articles already cleaned and split) on a story folder, warm: the issue's
 * budget is well under 50 ms for ten articles.
 *
 * <pre>java -cp ... org.dossier.eval.events.EventSeparatorBenchmark [FOLDER] [ROUNDS]</pre>
 *
 * Default folder: {@code examples/harbour-talks}; its articles are repeated until there are ten (a folder with
 * more than ten gives its first ten), so the figure is for a ten-article story.
 */
public final class EventSeparatorBenchmark {
    private EventSeparatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples/harbour-talks");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        if (!Files.isDirectory(folder)) {
            System.out.println("no folder " + folder.toAbsolutePath());
            return;
        }
        List<Article> loaded = new ArticleLoader().load(List.of(folder.toString())).articles();
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> story = new ArrayList<>();
        while (story.size() < 10) {
            for (Article raw : loaded.subList(0, Math.min(loaded.size(), 10 - story.size()))) {
                Article clean = cleaner.clean(raw);
                int index = story.size();
                story.add(new AnalysedArticle(index, clean, splitter.split(index, clean.text())));
            }
        }
        int sentences = story.stream().mapToInt(a -> a.sentences().size()).sum();
        EventSeparator separator = new EventSeparator();
        StoryEvents last = null;
        for (int i = 0; i < 50; i++) {
            last = separator.separate(story); // warm-up
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            last = separator.separate(story);
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.out.printf(Locale.ROOT, "EventSeparator on %s: %d articles, %d sentences, %d events; warm median "
                        + "%.1f ms, p90 %.1f ms over %d rounds%n", folder, story.size(), sentences,
                last.events().size(), times[rounds / 2] / 1e6, times[rounds * 9 / 10] / 1e6, rounds);
    }
}
