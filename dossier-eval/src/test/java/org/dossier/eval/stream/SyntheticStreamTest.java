package org.dossier.eval.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.dossier.model.Article;
import org.dossier.read.Input;
import org.dossier.read.JsonLinesReader;
import org.dossier.read.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStreamTest {

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        assertEquals(render(new SyntheticStream(300, 7)), render(new SyntheticStream(300, 7)));
        assertFalse(render(new SyntheticStream(300, 7)).equals(render(new SyntheticStream(300, 8))));
    }

    @Test
    void storiesHaveSeveralOutletsAndTheStreamIsInDateOrder() {
        List<SyntheticStream.SyntheticArticle> all = new ArrayList<>();
        new SyntheticStream(2000, 1).forEach(all::add);
        assertEquals(2000, all.size());
        Map<String, Set<String>> outlets = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Article a = all.get(i).article();
            outlets.computeIfAbsent(all.get(i).story(), k -> new HashSet<>()).add(a.outlet());
            if (i > 0) {
                assertFalse(a.published().isBefore(all.get(i - 1).article().published()), "date order at " + i);
            }
        }
        long multiOutlet = outlets.values().stream().filter(s -> s.size() >= 2).count();
        assertTrue(multiOutlet > outlets.size() / 3, multiOutlet + " of " + outlets.size());
        assertTrue(outlets.keySet().stream().anyMatch(s -> s.startsWith("noise-")), "noise articles");
        assertTrue(all.stream().anyMatch(a -> a.article().text().startsWith("Update: ")
                || a.article().text().contains("\n\nUpdate: ")), "updates");
    }

    @Test
    void theJsonLinesReaderReadsTheWrittenStream(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stream.jsonl");
        new SyntheticStream(200, 3).write(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(200, lines.size());
        assertTrue(lines.get(0).contains("\"story\":"), lines.get(0));
        ReadResult read = new JsonLinesReader().read(new Input(file.toString(), Files.readAllBytes(file)));
        assertEquals(200, read.articles().size());
        Article first = read.articles().get(0);
        assertNotNull(first.title());
        assertNotNull(first.outlet());
        assertNotNull(first.published());
    }

    private static List<String> render(SyntheticStream stream) {
        List<String> out = new ArrayList<>();
        stream.forEach(a -> out.add(a.article().id() + "|" + a.article().published() + "|" + a.article().outlet()
                + "|" + a.article().title() + "|" + a.article().text() + "|" + a.story()));
        return out;
    }
}
