package org.dossier.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.Dossier;
import org.dossier.group.events.EventSeparator;
import org.dossier.model.Agreement;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.Discrepancy.Kind;
import org.dossier.model.Discrepancy.Verdict;
import org.dossier.read.ArticleLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team's example story ({@code examples/harbour-talks}, ground truth in {@code examples/labels/story.md}):
 * two meetings, Monday in Port Essling (about 90 minutes everywhere) and Friday in Brennholm (35 minutes, "a
 * little more than 30", "just over half an hour", and The Brennholm Courier's 50 minutes: the one conflicting
 * figure of the story).
 */
class HarbourTalksComparisonTest {
    private static List<AnalysedArticle> articles;
    private static Comparison comparison;

    @BeforeAll
    static void compare() {
        Path folder = examples().resolve("harbour-talks");
        List<Article> loaded = new ArticleLoader().load(List.of(folder.toString())).articles();
        articles = Dossier.builder().build().analyse(loaded);
        comparison = new StoryComparer().compare(articles, new EventSeparator().separate(articles));
    }

    static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/harbour-talks"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found");
    }

    /** The citation number of the article read from {@code file}, or published by that outlet. */
    private static int source(String file) {
        for (AnalysedArticle a : articles) {
            if (a.article().id().endsWith(file) || file.equals(a.article().outlet())) {
                return a.index() + 1;
            }
        }
        throw new AssertionError("no article " + file);
    }

    private static Set<Integer> sources(Discrepancy.StatedValue v) {
        return v.citations().stream().map(Citation::source).collect(Collectors.toSet());
    }

    @Test
    void theOneConflictIsTheLengthOfTheBrennholmMeeting() {
        assertEquals(1, comparison.discrepancies().size(), comparison.discrepancies().toString());
        Discrepancy d = comparison.discrepancies().get(0);
        assertEquals(Kind.DURATION, d.kind());
        assertEquals(Verdict.CONFLICTING, d.verdict());
        assertTrue(d.subject().contains("Brennholm"), d.subject());
        Map<String, Set<Integer>> values = d.values().stream()
                .collect(Collectors.toMap(Discrepancy.StatedValue::value, HarbourTalksComparisonTest::sources));
        assertEquals(Set.of(source("brennholm-courier.txt")), values.get("50 minutes"));
        assertEquals(Set.of(source("meridian-business-daily.txt"), source("Island Radio Calvara")),
                values.get("35 minutes"));
        // the two bounds ("a little more than 30 minutes", "just over half an hour") are one value
        Set<Integer> bounds = new java.util.HashSet<>();
        d.values().stream().filter(v -> !v.value().equals("50 minutes") && !v.value().equals("35 minutes"))
                .forEach(v -> bounds.addAll(sources(v)));
        assertEquals(Set.of(source("The Strait Observer"), source("Pan-Northern Review")), bounds);
    }

    @Test
    void theFirstMeetingsNinetyMinutesAreNotADiscrepancy() {
        for (Discrepancy d : comparison.discrepancies()) {
            for (Discrepancy.StatedValue v : d.values()) {
                assertTrue(!v.value().contains("90") && !v.value().contains("hour and a half"), d.toString());
            }
        }
    }

    @Test
    void agreementsAreRepeatedFactsCitingEverySource() {
        List<Agreement> agreements = comparison.agreements();
        assertEquals(StoryComparer.DEFAULT_MAX_AGREEMENTS, agreements.size(), agreements.toString());
        int previous = Integer.MAX_VALUE;
        for (Agreement a : agreements) {
            Set<Integer> cited = a.citations().stream().map(Citation::source).collect(Collectors.toSet());
            assertEquals(a.sourceCount(), cited.size(), a.toString());
            assertEquals(articles.size(), a.sourceTotal());
            assertTrue(a.sourceCount() <= previous, "most sources first");
            previous = a.sourceCount();
            assertTrue(a.citations().get(0).text().endsWith(a.claim()), "the claim is its first citation");
        }
        // Q1, Varnholt's "stop shouting across the water", is shown once although some outlets split it in two
        assertEquals(1, agreements.stream().filter(a -> a.claim().contains("shouting")).count());
        Agreement q1 = agreements.stream().filter(a -> a.claim().contains("shouting")).findFirst().orElseThrow();
        assertTrue(q1.sourceCount() >= 4, q1.toString());
        // F11: the 14 boats returned after the Brennholm meeting
        assertTrue(agreements.stream().anyMatch(a -> a.claim().contains("14") && a.sourceCount() >= 3),
                agreements.toString());
    }
}
