package org.dossier.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input catalogue of issue 6, as {@code dossier brief} reads it: one test per case. Each puts the bad input
 * in a folder next to two good articles and checks the one-line report (or note) and that both good articles are
 * still read: nothing is lost because of a neighbour. {@code dossier ingest}'s side is in the store module's
 * {@code IngestBadInputCatalogueTest}; the command lines in dossier-cli's {@code HostileInputCommandTest}.
 */
class BadInputCatalogueTest {
    /** Invented news, long enough for the language check to judge. */
    static final String GOOD_A = "Ferry crews return to work in Port Alder\n"
            + "Ferry crews in Port Alder went back to work on Thursday after the harbour board agreed to review the "
            + "rota that had kept some of them on duty for sixteen hours at a time. The union said the first "
            + "sailings of the day left on schedule and that its members would watch how the review was run.";
    static final String GOOD_B = "Harbour board promises rota review\n"
            + "The harbour board in Port Alder has promised a review of the ferry rota, its chair told reporters on "
            + "Wednesday evening. She said the board had heard the crews and that the review would be finished by "
            + "the end of the month, with the union invited to take part in it from the start.";

    @TempDir
    Path dir;

    @BeforeEach
    void goodNeighbours() throws IOException {
        Files.writeString(dir.resolve("good-a.txt"), GOOD_A);
        Files.writeString(dir.resolve("good-b.txt"), GOOD_B);
    }

    private ReadResult load(Limits limits) {
        return new ArticleLoader().limits(limits).load(List.of(dir.toString()));
    }

    private ReadResult load() {
        return load(Limits.defaults());
    }

    /** Both good articles were read, whatever happened to their neighbour. */
    private static void nothingLost(ReadResult r) {
        Set<String> titles = r.articles().stream().map(Article::title).collect(Collectors.toSet());
        assertTrue(titles.contains("Ferry crews return to work in Port Alder"), "good-a lost: " + titles);
        assertTrue(titles.contains("Harbour board promises rota review"), "good-b lost: " + titles);
    }

    private static String messageFor(List<Issue> issues, String fileName) {
        List<String> m = issues.stream().filter(i -> i.origin().contains(fileName)).map(Issue::message).toList();
        assertEquals(1, m.size(), "one report for " + fileName + " expected in " + issues);
        return m.get(0);
    }

    @Test
    void emptyFileIsSkippedAsEmpty() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.html"), "  \n\n ");
        ReadResult r = load();
        assertEquals("empty file", messageFor(r.skipped(), "empty.txt"));
        assertEquals("empty file", messageFor(r.skipped(), "blank.html"));
        assertEquals(2, r.articles().size());
        nothingLost(r);
    }

    @Test
    void binaryFileIsSkippedAsBinary() throws IOException {
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        for (int i = 4; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        Files.write(dir.resolve("photo.txt"), png);
        Files.write(dir.resolve("photo.html"), png);
        ReadResult r = load();
        assertEquals("binary file, not text", messageFor(r.skipped(), "photo.txt"));
        assertEquals("binary file, not HTML", messageFor(r.skipped(), "photo.html"));
        nothingLost(r);
    }

    @Test
    void twoHundredMegabyteFileIsRejectedBySizeWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse on most file systems: written instantly, no 200 MB of I/O
        }
        long started = System.nanoTime();
        ReadResult r = load();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals("too large (200 MB > limit 50 MB; --max-file-size)", messageFor(r.skipped(), "huge.txt"));
        // Reading 200 MB and sniffing it for binary content would take seconds; judging by size takes none.
        assertTrue(seconds < 2, "took " + seconds + " s: the file was read");
        nothingLost(r);
    }

    @Test
    void fileSizeLimitIsConfigurable() throws IOException {
        Path small = Files.writeString(dir.resolve("small.txt"), GOOD_A.replace("Ferry crews return", "Crews return")
                .repeat(6));
        long size = Files.size(small);
        ReadResult tight = load(Limits.builder().maxFileBytes(1024).build());
        assertEquals("too large (" + Limits.formatSize(size) + " > limit 1 KB; --max-file-size)",
                messageFor(tight.skipped(), "small.txt"));
        assertEquals(3, load(Limits.builder().maxFileBytes(size).build()).articles().size());
    }

    @Test
    void tenThousandArticleClusterIsReadWholeAndCappedToTheMostCentral() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            // Every tenth article is off-topic: the cap must prefer the ones about the story.
            String text = i % 10 == 0
                    ? "A bakery on Mill Lane won a regional prize for its rye bread, judges said on Friday, " + i
                    : "Ferry crews in Port Alder stopped work over the harbour rota, the union said, report " + i;
            lines.append("{\"id\":\"c").append(i).append("\",\"title\":\"Report ").append(i)
                    .append("\",\"text\":\"").append(text).append("\"}\n");
        }
        Files.writeString(dir.resolve("cluster.jsonl"), lines);
        ReadResult r = load();
        assertEquals(10_002, r.articles().size(), "nothing lost at reading");
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = cpu.getCurrentThreadCpuTime(); // CPU time: other processes on the machine do not inflate it
        ArticleCap.Capped capped = ArticleCap.mostCentral(r.articles(), Limits.DEFAULT_MAX_ARTICLES_PER_BRIEF);
        double seconds = (cpu.getCurrentThreadCpuTime() - started) / 1e9;
        assertEquals(Limits.DEFAULT_MAX_ARTICLES_PER_BRIEF, capped.kept().size());
        assertEquals(10_002 - Limits.DEFAULT_MAX_ARTICLES_PER_BRIEF, capped.leftOut());
        assertTrue(capped.kept().stream().noneMatch(a -> a.text().contains("bakery")), "off-topic kept");
        assertTrue(seconds < 5, "capping took " + seconds + " s of CPU");
    }

    @Test
    void htmlNestedOneHundredThousandDeepIsRefusedFastWithoutOverflow() throws IOException {
        String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep words.</p>" + "</div>".repeat(100_000)
                + "</body></html>";
        Files.writeString(dir.resolve("deep.html"), deep);
        long started = System.nanoTime();
        ReadResult r = load();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals("HTML nested too deep (over 1000 levels; --max-html-depth)", messageFor(r.skipped(), "deep.html"));
        assertTrue(seconds < 3, "took " + seconds + " s");
        nothingLost(r);
    }

    @Test
    void htmlDepthLimitIsConfigurableAndOrdinaryNestingPasses() throws IOException {
        String page = "<html><body>" + "<div>".repeat(40) + "<p>" + GOOD_A.substring(GOOD_A.indexOf('\n') + 1)
                + "</p>" + "</div>".repeat(40) + "</body></html>";
        Files.writeString(dir.resolve("nested.html"), page);
        assertEquals(3, load().articles().size());
        ReadResult tight = load(Limits.builder().maxHtmlDepth(20).build());
        assertEquals("HTML nested too deep (over 20 levels; --max-html-depth)",
                messageFor(tight.skipped(), "nested.html"));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252AndKept() throws IOException {
        byte[] good = GOOD_A.replace("Ferry crews return", "Caf\u00e9 owners return").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3; // a UTF-8 lead byte with no continuation: not valid UTF-8
        bad[good.length + 1] = ' ';
        bad[good.length + 2] = (byte) 0x93; // a Windows-1252 curly quote
        Files.write(dir.resolve("mixed.txt"), bad);
        ReadResult r = load();
        assertEquals(3, r.articles().size());
        assertTrue(r.skipped().isEmpty(), r.skipped().toString());
        Article mixed = r.articles().stream().filter(a -> a.id().contains("mixed")).findFirst().orElseThrow();
        assertTrue(mixed.text().endsWith("\u201c"), "0x93 read as a left curly quote");
        nothingLost(r);
    }

    @Test
    void brokenJsonLinesAmongGoodOnesAreReportedByLineAndTheGoodOnesKept() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\":\"j1\",\"title\":\"Tram line opens\",\"text\":\"The new tram line opened on Monday.\"}",
                "{\"id\":\"j2\",\"title\":\"Broken\",\"text\":\"cut off in the mid",
                "{\"id\":\"j3\",\"title\":\"Bridge repaired\",\"text\":\"The bridge reopened after repairs.\"}",
                "just some words",
                "{\"id\":\"j4\",\"title\":\"No text here\"}",
                "{\"id\":\"j5\",\"title\":\"School reopens\",\"body\":\"The school reopened after the flood.\"}",
                // Found by the fuzzer: a text that is blank only once its byte-order mark is dropped.
                "{\"id\":\"j6\",\"text\":\"\\uFEFF \\n \"}"));
        ReadResult r = load();
        assertEquals(Set.of("j1", "j3", "j5"), r.articles().stream().map(Article::id)
                .filter(id -> id.startsWith("j")).collect(Collectors.toSet()));
        assertTrue(messageFor(r.skipped(), "feed.jsonl#2").startsWith("invalid JSON"));
        assertTrue(messageFor(r.skipped(), "feed.jsonl#4").startsWith("invalid JSON"));
        assertTrue(messageFor(r.skipped(), "feed.jsonl#5").startsWith("no text field"));
        assertTrue(messageFor(r.skipped(), "feed.jsonl#7").equals("empty text"));
        nothingLost(r);
    }

    @Test
    void overlongJsonLineIsSkippedAndTheLimitIsConfigurable() throws IOException {
        String longText = "word ".repeat(400);
        Files.writeString(dir.resolve("long.jsonl"), "{\"id\":\"l1\",\"text\":\"" + longText + "\"}\n"
                + "{\"id\":\"l2\",\"text\":\"A short line about the tram.\"}\n");
        ReadResult r = load(Limits.builder().maxLineChars(1000).build());
        assertTrue(messageFor(r.skipped(), "long.jsonl#1").matches(
                "line too long \\(\\d+ characters > limit 1000; --max-line-length\\)"), r.skipped().toString());
        assertTrue(r.articles().stream().anyMatch(a -> a.id().equals("l2")));
        assertEquals(4, load().articles().size(), "the default limit keeps both lines");
    }

    @Test
    void duplicateIdsKeepBothArticlesUnderDistinctIdsWithANote() throws IOException {
        Files.writeString(dir.resolve("one.jsonl"), "{\"id\":\"42\",\"text\":\"The tram line opened on Monday.\"}\n"
                + "{\"id\":\"42\",\"text\":\"The tram line was busy on its first day.\"}\n");
        Files.writeString(dir.resolve("two.jsonl"), "{\"id\":\"42\",\"text\":\"Tram fares will rise in May.\"}\n");
        ReadResult r = load();
        List<Article> tram = r.articles().stream().filter(a -> a.text().contains("ram")).toList();
        assertEquals(3, tram.size(), "all three kept");
        assertEquals(3, tram.stream().map(Article::id).distinct().count(), "under distinct ids: " + tram);
        assertEquals("42", tram.get(0).id(), "the first keeps its id");
        assertEquals(2, r.notes().stream().filter(n -> n.message().startsWith("duplicate id '42'")).count(),
                r.notes().toString());
        nothingLost(r);
    }

    @Test
    void futureDatesAreIgnoredAndTheArticleKept() throws IOException {
        Files.writeString(dir.resolve("future.jsonl"), "{\"id\":\"f1\",\"date\":\"2099-01-01\",\"text\":\"The tram "
                + "line opened on Monday.\"}\n{\"id\":\"f2\",\"date\":\"2020-05-04\",\"text\":\"The old tram line "
                + "closed.\"}\n");
        ReadResult r = load();
        Article future = r.articles().stream().filter(a -> a.id().equals("f1")).findFirst().orElseThrow();
        assertNull(future.published());
        assertEquals(LocalDate.of(2020, 5, 4), r.articles().stream().filter(a -> a.id().equals("f2")).findFirst()
                .orElseThrow().published());
        assertEquals("publication date 2099-01-01 is in the future: ignored", messageFor(r.notes(), "future.jsonl#1"));
        nothingLost(r);
    }

    @Test
    void articlesInOtherLanguagesAreSkippedUnlessAsked() throws IOException {
        Files.writeString(dir.resolve("de.txt"), "Fähren fahren wieder\nDie Besatzungen der Fähren in Port Alder "
                + "haben am Donnerstag die Arbeit wieder aufgenommen, nachdem der Hafenrat zugesagt hatte, den "
                + "Dienstplan zu prüfen. Die Gewerkschaft sagte, die ersten Fahrten des Tages seien pünktlich "
                + "gewesen und man werde die Prüfung genau verfolgen, auch wenn sie noch nicht begonnen hat.");
        Files.writeString(dir.resolve("fr.txt"), "Les ferries reprennent\nLes équipages des ferries de Port Alder "
                + "ont repris le travail jeudi, après que le conseil du port a promis de revoir les horaires. Le "
                + "syndicat a dit que les premiers départs de la journée étaient à l'heure et qu'il suivrait de près "
                + "cette révision, qui doit être terminée à la fin du mois pour tous les équipages.");
        Files.writeString(dir.resolve("ru.txt"), "Паромы снова ходят\nЭкипажи паромов в Порт-Олдере вернулись к "
                + "работе в четверг после того, как совет гавани пообещал пересмотреть график смен. Профсоюз "
                + "сообщил, что первые рейсы дня ушли по расписанию.");
        ReadResult r = load();
        assertEquals("not English (looks like German); --any-language keeps such articles",
                messageFor(r.skipped(), "de.txt"));
        assertTrue(messageFor(r.skipped(), "fr.txt").startsWith("not English (looks like French)"));
        assertTrue(messageFor(r.skipped(), "ru.txt").startsWith("not English (looks like Cyrillic script)"));
        assertEquals(2, r.articles().size());
        nothingLost(r);
        assertEquals(5, load(Limits.builder().englishOnly(false).build()).articles().size());
    }

    @Test
    void overlongArticleIsCutAtAParagraphBreakWithANote() throws IOException {
        String paragraph = "The harbour board met again on Friday to hear the crews and the owners of the ferries.";
        Files.writeString(dir.resolve("long.txt"), "A very long report\n" + (paragraph + "\n\n").repeat(100));
        ReadResult r = load(Limits.builder().maxArticleChars(1000).build());
        Article cut = r.articles().stream().filter(a -> a.id().contains("long.txt")).findFirst().orElseThrow();
        assertTrue(cut.text().length() <= 1000 && cut.text().endsWith("ferries."), cut.text());
        assertTrue(messageFor(r.notes(), "long.txt").matches(
                "text cut to \\d+ of its \\d+ characters \\(limit 1000; --max-article-chars\\)"));
        nothingLost(r);
    }
}
