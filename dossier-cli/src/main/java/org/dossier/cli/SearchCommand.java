package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.model.Article;
import org.dossier.store.ArticleStore;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResults;
import org.dossier.store.StoreReader;
import org.dossier.store.StoryGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier search}: finds stored articles, best first, grouped by story. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Searches the stored articles (BM25 over titles and texts) and groups the hits by story;",
            "near-duplicates are shown with their original.", "",
            "All words are required; \"quoted phrase\", a | b for either, -word to exclude."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:search done (even with no hits)", "1:no store, or it cannot be read", "2:usage error"})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to look for.")
    List<String> words;

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = ArticleStore.DEFAULT_DIR;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (YYYY-MM-DD).")
    String to;

    @Option(names = "--source", paramLabel = "OUTLET", description = "Only this outlet (name or web host).")
    String source;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Stories to show (default: ${DEFAULT-VALUE}).")
    int limit = SearchQuery.DEFAULT_LIMIT;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @CommandLine.Mixin
    DebugOption debugOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("json")) {
            throw usage("--format must be text or json, got '" + format + "'");
        }
        if (limit < 1) {
            throw usage("--limit must be at least 1, got " + limit);
        }
        SearchQuery query;
        try {
            query = new SearchQuery(String.join(" ", words), date("--from", from), date("--to", to), source, limit);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        SearchResults results;
        Map<String, String> headlines;
        // A read-only view: searching works while another process is ingesting into the same store.
        try (StoreReader reader = StoreReader.open(store)) {
            results = reader.search(query);
            headlines = reader.storyHeadlines();
        } catch (NoSuchFileException e) {
            throw new UserException("no store at " + store + " (create one with 'dossier ingest PATH...')",
                    DossierCommand.EXIT_INPUT);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(fmt.equals("json") ? json(query, results, headlines) : text(results, headlines));
        out.flush();
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw usage(option + " must be a date like 2026-03-31, got '" + value + "'");
        }
    }

    /**
     * The results for people: one numbered block per story (its id, size and headline), then each hit.
     *
     * @param headlines story headlines by story id (may be empty)
     */
    static String text(SearchResults results, Map<String, String> headlines) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (StoryGroup group : results.groups()) {
            number++;
            out.append(number).append(". ")
                    .append(group.story() != null ? "story " + group.story() + ", " : "")
                    .append(group.hits().size()).append(group.hits().size() == 1 ? " article" : " articles")
                    .append(group.story() != null && headlines.containsKey(group.story())
                            ? ": " + headlines.get(group.story()) : "")
                    .append('\n');
            for (SearchHit hit : group.hits()) {
                Article a = hit.article().article();
                out.append("   ").append(a.title() != null ? a.title() : "(no title)").append('\n');
                out.append("   ").append(String.join(" · ", nonNull(a.outlet(),
                        a.published() == null ? null : a.published().toString(),
                        a.url() != null ? a.url() : a.origin(),
                        hit.article().duplicateOf() != null ? "copy of " + hit.article().duplicateOf() : null,
                        String.format(Locale.ROOT, "score %.2f", hit.score())))).append('\n');
                out.append("   ").append(hit.snippet()).append("\n\n");
            }
        }
        out.append(results.matched() == 0 ? "No article matches.\n"
                : results.matched() + (results.matched() == 1 ? " article matches" : " articles match") + "; "
                + number + (number == 1 ? " group" : " groups") + " shown.\n");
        return out.toString();
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    static String json(SearchQuery query, SearchResults results, Map<String, String> headlines)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("query", query.text());
        root.put("matched", results.matched());
        ArrayNode groups = root.putArray("groups");
        for (StoryGroup group : results.groups()) {
            ObjectNode g = groups.addObject();
            g.put("story", group.story());
            g.put("headline", group.story() == null ? null : headlines.get(group.story()));
            ArrayNode hits = g.putArray("articles");
            for (SearchHit hit : group.hits()) {
                Article a = hit.article().article();
                ObjectNode h = hits.addObject();
                h.put("id", hit.article().id());
                h.put("title", a.title());
                h.put("outlet", a.outlet());
                h.put("published", a.published() == null ? null : a.published().toString());
                h.put("url", a.url());
                h.put("origin", a.origin());
                h.put("duplicate_of", hit.article().duplicateOf());
                h.put("score", hit.score());
                h.put("snippet", hit.snippet());
            }
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
