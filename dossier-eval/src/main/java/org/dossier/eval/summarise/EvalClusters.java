package org.dossier.eval.summarise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Sentence;

/**
 * Reads the shared evaluation clusters (seeds, DUC 2006) as {@link AnalysedArticle} lists for the summariser's
 * benchmark and gate.
 *
 * <p>Sentences are cut with a simple regular expression (a full stop, optional closing quote, space, capital or
 * opening quote) inside each paragraph. That is a stand-in until the project's news-aware splitter lands; it is
 * good enough to measure speed and to eyeball selections. Nothing read here is ever written into the repository.
 */
public final class EvalClusters {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[A-Z\"“])");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern US_DATE = Pattern.compile("^(\\d{2})/(\\d{2})/(\\d{4})");

    /** One cluster: an id, an optional query, its articles. */
    public record Cluster(String id, String query, List<AnalysedArticle> articles) {
    }

    private EvalClusters() {
    }

    /** The seed articles in a folder of {@code *.txt} files (title on the first line), as one cluster. */
    public static Cluster seeds(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<AnalysedArticle> articles = new ArrayList<>();
        for (Path file : files) {
            String all = Files.readString(file, StandardCharsets.UTF_8);
            int firstBreak = all.indexOf('\n');
            String title = firstBreak < 0 ? all.strip() : all.substring(0, firstBreak).strip();
            String body = firstBreak < 0 ? "" : all.substring(firstBreak + 1);
            Article article = Article.builder(file.getFileName().toString(), body).title(title)
                    .origin(file.toString()).build();
            articles.add(analyse(articles.size(), article));
        }
        return new Cluster("seeds", null, articles);
    }

    /** The first {@code limit} clusters of a DUC-style JSON-lines file; the query is title plus narrative. */
    public static List<Cluster> duc(Path jsonl, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Cluster> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < limit && (line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String query = null;
                if (node.has("query")) {
                    query = (node.path("query").path("title").asText("") + ". "
                            + node.path("query").path("narrative").asText("")).strip();
                }
                List<AnalysedArticle> articles = new ArrayList<>();
                for (JsonNode doc : node.path("docs")) {
                    Article article = Article.builder(doc.path("id").asText(), doc.path("text").asText())
                            .title(doc.path("title").asText(null)).published(date(doc.path("date").asText("")))
                            .origin(jsonl + "#" + (out.size() + 1)).build();
                    articles.add(analyse(articles.size(), article));
                }
                out.add(new Cluster(node.path("id").asText(), query, articles));
            }
        }
        return out;
    }

    /**
     * The date at the start of a DUC date field: {@code 1998-06-30}, {@code 06/30/1998}, and the day-month swap
     * {@code 1998-30-06} that some records carry. Null when there is none.
     */
    static LocalDate date(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            int year = Integer.parseInt(iso.group(1));
            int a = Integer.parseInt(iso.group(2));
            int b = Integer.parseInt(iso.group(3));
            return a > 12 ? safeDate(year, b, a) : safeDate(year, a, b);
        }
        Matcher us = US_DATE.matcher(text);
        if (us.find()) {
            return safeDate(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                    Integer.parseInt(us.group(2)));
        }
        return null;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Splits an article into paragraphs (line breaks) and sentences (the regular expression above). */
    static AnalysedArticle analyse(int index, Article article) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        Matcher paragraphs = PARAGRAPH_BREAK.matcher(text);
        int paragraph = 0;
        int start = 0;
        while (true) {
            boolean found = paragraphs.find();
            int end = found ? paragraphs.start() : text.length();
            if (addSentences(index, text, start, end, paragraph, sentences)) {
                paragraph++;
            }
            if (!found) {
                break;
            }
            start = paragraphs.end();
        }
        return new AnalysedArticle(index, article, sentences);
    }

    private static boolean addSentences(int index, String text, int from, int to, int paragraph,
                                        List<Sentence> out) {
        boolean any = false;
        Matcher cut = SENTENCE_END.matcher(text).region(from, to);
        int start = from;
        while (true) {
            boolean found = cut.find();
            int end = found ? cut.start() : to;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(index, out.size(), paragraph, s, e, text.substring(s, e)));
                any = true;
            }
            if (!found) {
                return any;
            }
            start = cut.end();
        }
    }
}
