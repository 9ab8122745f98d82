package org.dossier.eval.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.read.PublicationDates;
import org.dossier.store.ArticleStore;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResults;
import org.dossier.store.StoreReader;
import org.dossier.store.StoryGroup;
import org.dossier.store.ingest.ArticleSource;
import org.dossier.store.ingest.IngestReport;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.ingest.Sources;

/**
 * The store measured on real newswire and real web pages from the shared data.
 *
 * <ul>
 *   <li><b>DUC 2006</b> (50 topics x 25 newswire documents): ingest rate; a second ingest must store nothing
 *       (idempotency); and search quality: each topic's title as the query, precision of the first 10 articles
 *       (how many belong to the topic's 25 documents) and the topic's documents found in the first 25.</li>
 *   <li><b>L3S-GN1</b> (621 saved news pages): ingest through the HTML reader (main-text extraction), rate and
 *       how many pages gave an article.</li>
 * </ul>
 */
public final class StoreGate {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The figures.
     *
     * @param ducDocs        DUC documents read
     * @param ducReport      first DUC ingest
     * @param ducAgain       second DUC ingest of the same documents
     * @param precisionAt10  mean over topics of the share of the first 10 hits that are the topic's documents
     * @param recallAt25     mean over topics of the share of the topic's documents among the first 25 hits
     * @param pagesReport    L3S-GN1 ingest
     */
    public record Report(long ducDocs, IngestReport ducReport, IngestReport ducAgain, double precisionAt10,
                         double recallAt25, IngestReport pagesReport) {

        public String format() {
            return String.format(Locale.ROOT, """
                    DUC 2006 first ingest: %s
                    DUC 2006 second ingest: %s
                    DUC 2006 search, topic title as query: precision@10 %.3f, recall@25 %.3f
                    L3S-GN1 pages: %s
                    """, ducReport.summary(), ducAgain.summary(), precisionAt10, recallAt25, pagesReport.summary());
        }
    }

    /** A DUC topic: its query and its documents' input ids. */
    private record Topic(String title, List<String> docIds) {
    }

    /** Runs the gate with stores in {@code work} (two subfolders are created). */
    public Report run(Path ducFile, Path pagesFolder, Path work) throws IOException {
        List<Topic> topics = new ArrayList<>();
        List<Article> docs = readDuc(ducFile, topics);
        Path ducStore = work.resolve("duc");
        IngestReport first;
        IngestReport again;
        try (ArticleStore store = ArticleStore.open(ducStore)) {
            first = new Ingester(store).ingest(List.of(ArticleSource.of(ducFile.toString(), docs)));
            again = new Ingester(store).ingest(List.of(ArticleSource.of(ducFile.toString(), docs)));
        }
        double precision = 0;
        double recall = 0;
        try (StoreReader reader = StoreReader.open(ducStore)) {
            for (Topic topic : topics) {
                List<String> ranked = rankedInputIds(reader.search(new SearchQuery(orQuery(topic.title()), null, null,
                        null, 25)));
                precision += share(ranked.subList(0, Math.min(10, ranked.size())), topic.docIds(), 10);
                recall += share(ranked.subList(0, Math.min(25, ranked.size())), topic.docIds(), topic.docIds().size());
            }
        }
        Sources.Expansion pages = Sources.of(List.of(pagesFolder.toString()));
        IngestReport pagesReport;
        try (ArticleStore store = ArticleStore.open(work.resolve("pages"))) {
            pagesReport = new Ingester(store).ingest(pages.sources(), pages.skipped(), pages.totalBytes());
        }
        return new Report(docs.size(), first, again, precision / topics.size(), recall / topics.size(), pagesReport);
    }

    /** Topic titles are descriptions ("X - pros and cons"), not keyword queries: any word may match. */
    private static String orQuery(String title) {
        return String.join(" | ", title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }

    private static List<String> rankedInputIds(SearchResults results) {
        List<SearchHit> hits = new ArrayList<>();
        for (StoryGroup g : results.groups()) {
            hits.addAll(g.hits());
        }
        hits.sort((a, b) -> Float.compare(b.score(), a.score()));
        return hits.stream().map(h -> h.article().article().id()).toList();
    }

    private static double share(List<String> found, List<String> relevant, int denominator) {
        return found.stream().filter(relevant::contains).count() / (double) denominator;
    }

    private static List<Article> readDuc(Path file, List<Topic> topics) throws IOException {
        List<Article> docs = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode cluster = JSON.readTree(line);
                List<String> ids = new ArrayList<>();
                for (JsonNode d : cluster.get("docs")) {
                    String id = d.get("id").asText();
                    ids.add(id);
                    if (seen.put(id, true) == null) {
                        docs.add(Article.builder(id, d.get("text").asText())
                                .title(d.hasNonNull("title") ? d.get("title").asText() : null)
                                .published(PublicationDates.parse(d.path("date").asText(null)))
                                .outlet(id.replaceAll("[0-9.]+$", ""))
                                .origin(file.getFileName() + "#" + cluster.get("id").asText())
                                .build());
                    }
                }
                topics.add(new Topic(cluster.get("query").get("title").asText(), ids));
            }
        }
        return docs;
    }
}
