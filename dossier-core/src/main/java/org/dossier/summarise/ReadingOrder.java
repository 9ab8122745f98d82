package org.dossier.summarise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.group.SentenceRef;
import org.dossier.model.AnalysedArticle;

/**
 * Puts the chosen sentences in an order a reader can follow.
 *
 * <ol>
 *   <li><b>Chronology first</b>: when the sources carry different publication dates, a sentence is placed by the
 *       earliest date among the articles that state it, so earlier developments come first.</li>
 *   <li><b>Then position</b>: by the average relative position ({@code index / sentence count}) of the sentence
 *       in the articles that state it. News writes the main fact first and background later, and averaging over
 *       outlets smooths out one outlet's unusual layout.</li>
 *   <li><b>Same-article order is kept</b>: sentences taken from the same article are then put back in that
 *       article's order, in the slots those sentences occupy, so that "the talks collapsed" cannot precede "the
 *       talks began" when one writer told them in that order.</li>
 * </ol>
 */
final class ReadingOrder {

    /**
     * A sentence to place: the shown sentence and every sentence citing the same fact.
     *
     * @param shown   the sentence whose wording is shown
     * @param sources the shown sentence first, then the other sentences cited for it
     */
    record Item(SentenceRef shown, List<SentenceRef> sources) {
    }

    private ReadingOrder() {
    }

    /** The items in reading order (a new list). */
    static List<Item> arrange(List<Item> items, List<AnalysedArticle> articles) {
        boolean datesDiffer = distinctDates(items, articles) > 1;
        Comparator<Item> order = Comparator.comparingDouble(item -> averagePosition(item, articles));
        if (datesDiffer) {
            order = Comparator.<Item, LocalDate>comparing(item -> earliestDate(item, articles),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(order);
        }
        order = order.thenComparing(Item::shown);
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(order);
        return restoreArticleOrder(sorted);
    }

    /** Reorders the sentences of each article among the slots they hold, by their index in the article. */
    private static List<Item> restoreArticleOrder(List<Item> sorted) {
        Map<Integer, List<Integer>> slotsByArticle = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            slotsByArticle.computeIfAbsent(sorted.get(i).shown().article(), k -> new ArrayList<>()).add(i);
        }
        List<Item> result = new ArrayList<>(sorted);
        for (List<Integer> slots : slotsByArticle.values()) {
            List<Item> own = new ArrayList<>();
            for (int slot : slots) {
                own.add(sorted.get(slot));
            }
            own.sort(Comparator.comparing(Item::shown));
            for (int k = 0; k < slots.size(); k++) {
                result.set(slots.get(k), own.get(k));
            }
        }
        return result;
    }

    private static long distinctDates(List<Item> items, List<AnalysedArticle> articles) {
        Set<LocalDate> dates = new HashSet<>();
        for (Item item : items) {
            LocalDate d = earliestDate(item, articles);
            if (d != null) {
                dates.add(d);
            }
        }
        return dates.size();
    }

    private static LocalDate earliestDate(Item item, List<AnalysedArticle> articles) {
        LocalDate earliest = null;
        for (SentenceRef ref : item.sources()) {
            LocalDate d = articles.get(ref.article()).article().published();
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
        }
        return earliest;
    }

    private static double averagePosition(Item item, List<AnalysedArticle> articles) {
        double sum = 0;
        for (SentenceRef ref : item.sources()) {
            int count = articles.get(ref.article()).sentences().size();
            sum += count <= 1 ? 0 : (double) ref.sentence() / count;
        }
        return sum / item.sources().size();
    }
}
