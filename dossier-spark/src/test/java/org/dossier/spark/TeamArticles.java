package org.dossier.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small fictional news collection written by the team for the tests: three stories (a ferry fire, a library
 * strike, a hailstorm over vineyards), each covered by four invented outlets in their own words, plus what a
 * crawl brings along: a syndicated copy with page furniture (a near-duplicate), the same page crawled twice (an
 * exact duplicate, same URL), and a broken line.
 */
final class TeamArticles {
    /** Gold story of each good line, in file order ({@code null} for lines that are not articles). */
    static final List<String> GOLD = new ArrayList<>();

    private static final String[][] ARTICLES = {
        {"ferry-1", "ferry", "Harbour Courier", "2026-03-02", "Fire on the ferry Marisol off Port Velmar",
            "A fire broke out in the engine room of the ferry Marisol on Monday as it approached Port Velmar with 212"
            + " passengers aboard. Captain Orsola Benedek ordered the passengers to the upper deck while the crew"
            + " fought the blaze.\n\nKestrel Lines, which operates the Marisol, said nobody was hurt. Tugboats towed"
            + " the ferry into Port Velmar in the afternoon."},
        {"ferry-2", "ferry", "Velmar Evening Post", "2026-03-02", "Passengers safe after Marisol engine fire",
            "All 212 passengers of the Marisol were brought ashore at Port Velmar after an engine room fire, Kestrel"
            + " Lines said. The ferry's captain, Orsola Benedek, kept the passengers on the upper deck until the"
            + " tugboats arrived.\n\n\"The crew did exactly what they trained for,\" a Kestrel Lines spokesman"
            + " said. The harbour master has opened an inquiry into the fire."},
        {"ferry-3", "ferry", "Coastline Weekly", "2026-03-03", "Inquiry opens into Marisol ferry fire",
            "The harbour master of Port Velmar opened an inquiry on Tuesday into the engine room fire aboard the"
            + " Kestrel Lines ferry Marisol. Investigators will question Captain Orsola Benedek and the engineers."
            + "\n\nThe Marisol, towed into port by tugboats, will stay out of service while the inquiry runs."},
        {"ferry-4", "ferry", "Island Radio News", "2026-03-04", "Kestrel Lines suspends Marisol sailings",
            "Kestrel Lines has suspended every Marisol sailing from Port Velmar until the inquiry into the engine"
            + " room fire is complete. Passengers holding tickets will be moved to the ferry Albatross.\n\nCaptain"
            + " Orsola Benedek was praised by the harbour master for keeping the 212 passengers calm."},
        {"library-1", "library", "Dunmore Vale Gazette", "2026-03-03", "Librarians walk out in Dunmore Vale",
            "Librarians at the eleven public libraries of Dunmore Vale went on strike on Tuesday over a plan to cut"
            + " opening hours. The union leader, Teodor Fallowmere, said the council had refused to negotiate."
            + "\n\nAll eleven libraries stayed shut, and the council said the strike would cost the reading"
            + " programme for schools."},
        {"library-2", "library", "Northern Ledger", "2026-03-03", "Strike closes every library in Dunmore Vale",
            "Every public library in Dunmore Vale was closed by a strike on Tuesday. Teodor Fallowmere, who leads"
            + " the librarians' union, said the council's plan to cut opening hours would end evening study rooms."
            + "\n\nThe council said it would meet the union on Thursday."},
        {"library-3", "library", "Vale Radio", "2026-03-04", "Dunmore Vale council to meet striking librarians",
            "The Dunmore Vale council will meet the striking librarians on Thursday, union leader Teodor"
            + " Fallowmere said. The eleven libraries remain closed for a second day.\n\nParents said the school"
            + " reading programme had stopped because of the strike over opening hours."},
        {"library-4", "library", "Civic Bulletin", "2026-03-05", "Dunmore Vale librarians end strike",
            "The strike that closed the eleven public libraries of Dunmore Vale since Tuesday ended on Thursday, when"
            + " the council dropped its plan to cut opening hours. Union leader Teodor Fallowmere said the"
            + " librarians would return on Friday.\n\nThe school reading programme and the evening study rooms"
            + " will open again."},
        {"hail-1", "hail", "Tarrow Valley Times", "2026-03-10", "Hailstorm shreds Tarrow vineyards",
            "A hailstorm tore through the vineyards of the Tarrow valley on Tuesday evening, stripping vines weeks"
            + " before budburst. Growers' cooperative chair Linnea Quarrington said half of the valley's vines were"
            + " damaged.\n\nHailstones the size of walnuts fell for twenty minutes, growers said."},
        {"hail-2", "hail", "Wine Trade Journal", "2026-03-11", "Tarrow growers count the cost of hail",
            "Growers in the Tarrow valley were counting the damage on Wednesday after walnut-sized hail fell on their"
            + " vineyards. Linnea Quarrington, who chairs the growers' cooperative, asked the region for emergency"
            + " aid.\n\nSome vineyards lost every vine on their lower slopes."},
        {"hail-3", "hail", "Regional Farm Report", "2026-03-11", "Emergency aid sought after Tarrow hailstorm",
            "The Tarrow valley growers' cooperative has asked for emergency aid after a twenty-minute hailstorm"
            + " damaged half of the valley's vines, chair Linnea Quarrington said.\n\nThe region's agriculture"
            + " office will send inspectors to the vineyards on Thursday."},
        {"hail-4", "hail", "Valley Morning", "2026-03-12", "Inspectors visit hail-hit Tarrow vineyards",
            "Inspectors from the agriculture office visited the Tarrow vineyards hit by Tuesday's hailstorm."
            + " Linnea Quarrington of the growers' cooperative showed them vines stripped of their buds.\n\nA"
            + " decision on emergency aid is expected next week."},
    };

    private TeamArticles() {
    }

    /**
     * Writes the collection as JSON lines: the twelve articles, then a syndicated copy of the first (another
     * outlet, page furniture around the same text), the fifth article crawled again (same URL), and a broken line.
     */
    static Path write(Path folder) {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        GOLD.clear();
        for (String[] a : ARTICLES) {
            lines.add(line(json, a[0], a[2], a[3], a[4], a[5], "https://" + slug(a[2]) + ".example/news/" + a[0]));
            GOLD.add(a[1]);
        }
        String[] copied = ARTICLES[0];
        lines.add(line(json, "ferry-1-syndicated", "Southern Wire", copied[3], copied[4],
                "Home | World | Sport\n\n" + copied[5] + "\n\nShare this article\n\nRead more: weather",
                "https://southernwire.example/world/ferry-fire"));
        GOLD.add("ferry");
        String[] again = ARTICLES[4];
        lines.add(line(json, "library-1-again", again[2], again[3], again[4], again[5],
                "https://" + slug(again[2]) + ".example/news/" + again[0] + "?utm_source=feed"));
        GOLD.add("library");
        lines.add("{\"id\": \"broken\", \"text\": ");
        Path file = folder.resolve("team.jsonl");
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String line(ObjectMapper json, String id, String source, String date, String title, String text,
                               String url) {
        ObjectNode n = json.createObjectNode();
        n.put("id", id).put("source", source).put("date", date).put("title", title).put("text", text).put("url", url);
        return n.toString();
    }

    private static String slug(String outlet) {
        return outlet.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "");
    }
}
