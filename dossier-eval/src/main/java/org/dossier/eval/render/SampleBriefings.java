package org.dossier.eval.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.eval.SharedData;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.model.Issue;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;
import org.dossier.summarise.SummaryOptions;
import org.dossier.summarise.Summarizer;

/**
 * Real briefings to render: the clusters of the shared evaluation data run through the current sentence splitter
 * and summariser.
 *
 * <p>The renderers are tested on invented text in unit tests; this class feeds them what real news looks like
 * (ampersands, angle brackets and quotes in scraped text, odd spacing, long bylines, missing metadata), so that the
 * render gate can check escaping, wrapping and round trips at scale. The briefings depend on whatever splitter and
 * summariser the pipeline has at the time; the gate checks the renderers, not the summaries.
 *
 * <p>Sets, each skipped when its file is absent: DUC 2006 (titles, dates, a focus query), Multi-News dev (text
 * only, so every source falls back to its origin name) and the five seed articles (title on the first line).
 */
public final class SampleBriefings {
    /** The word budget of the DUC and Multi-News evaluations. */
    static final int WORDS = 250;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One briefing and where it came from, e.g. {@code duc2006.jsonl#3}. */
    public record Sample(String set, String origin, Briefing briefing) {
    }

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Every sample the shared data allows, DUC first; empty when the data is absent. */
    public List<Sample> all() {
        List<Sample> out = new ArrayList<>();
        SharedData.resolve("summarization/duc2006.jsonl").ifPresent(p -> out.addAll(jsonLines("duc2006", p)));
        SharedData.resolve("summarization/multinews-dev.jsonl").ifPresent(p -> out.addAll(jsonLines("multinews", p)));
        SharedData.resolve("seeds").flatMap(this::seeds).ifPresent(out::add);
        return out;
    }

    /** One briefing per line of a clusters file ({@code {"id", "query"?, "docs": [{"id", "title"?, "date"?, "text"}]}}). */
    private List<Sample> jsonLines(String set, Path file) {
        List<Sample> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode cluster = MAPPER.readTree(line);
                String origin = file.getFileName() + "#" + number;
                List<Article> articles = new ArrayList<>();
                for (JsonNode doc : cluster.path("docs")) {
                    articles.add(Article.builder(doc.path("id").asText(), doc.path("text").asText(""))
                            .title(text(doc, "title"))
                            .published(date(text(doc, "date")))
                            .origin(origin + "/" + doc.path("id").asText())
                            .build());
                }
                String focus = text(cluster.path("query"), "title");
                out.add(new Sample(set, origin, brief(articles, focus)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The seed articles as one briefing: each file holds the title on its first line, then the page text. */
    private Optional<Sample> seeds(Path dir) {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String content = Files.readString(f, StandardCharsets.UTF_8);
                int newline = content.indexOf('\n');
                String title = newline < 0 ? content : content.substring(0, newline);
                String body = newline < 0 ? "" : content.substring(newline + 1);
                articles.add(Article.builder(f.getFileName().toString(), body).title(title.strip())
                        .origin(f.toString()).build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles.isEmpty() ? Optional.empty() : Optional.of(new Sample("seeds", dir.toString(),
                brief(articles, null)));
    }

    /** What the pipeline would make of the articles: split, summarised, numbered; empty texts skipped. */
    private Briefing brief(List<Article> articles, String focus) {
        List<AnalysedArticle> analysed = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        List<Issue> skipped = new ArrayList<>();
        for (Article a : articles) {
            if (a.text().isBlank()) {
                skipped.add(new Issue(a.origin(), "empty article text"));
                continue;
            }
            int index = analysed.size();
            analysed.add(new AnalysedArticle(index, a, splitter.split(index, a.text())));
            sources.add(SourceRef.of(index + 1, a));
        }
        List<SummarySentence> summary = new Summarizer(new SummaryOptions(WORDS, focus)).summarise(analysed);
        String headline = analysed.isEmpty() ? null : analysed.get(0).article().title();
        return new Briefing(headline, summary, sources, skipped, focus, WORDS);
    }

    private static String text(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }

    /** The date part of "1999-07-07 08:30:27", or null when there is none. */
    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
