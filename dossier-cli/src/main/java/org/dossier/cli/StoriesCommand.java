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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.model.Article;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreReader;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoredStory;
import org.dossier.store.StoryMembers;
import org.dossier.store.StoryOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier stories}: lists the stories of the store, or the articles of one story. */
@Command(name = "stories",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Lists the stories 'dossier ingest' found in the store: id, articles, distinct sources,",
            "first and last date, headline. With a story id, lists that story's articles in arrival order."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (even nothing)", "1:no store, or no story with that id", "2:usage error"})
final class StoriesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A story id (e.g. S17): show its articles.")
    String id;

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = ArticleStore.DEFAULT_DIR;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Stories to show (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "newest (latest date first) or biggest (most articles first); default: ${DEFAULT-VALUE}.")
    String sort = "newest";

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
        StoryOrder order;
        try {
            order = StoryOrder.parse(sort);
        } catch (IllegalArgumentException e) {
            throw usage("--" + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        // A read-only view: listing works while another process is ingesting into the same store.
        try (StoreReader reader = StoreReader.open(store)) {
            if (id != null) {
                Optional<StoryMembers> story = reader.story(id.strip());
                if (story.isEmpty()) {
                    throw new UserException("no story " + id + " in " + store + " (list them with 'dossier stories')",
                            DossierCommand.EXIT_INPUT);
                }
                out.print(fmt.equals("json") ? json(story.get()) : text(story.get()));
            } else {
                List<StoredStory> stories = reader.stories(order, limit);
                out.print(fmt.equals("json") ? json(stories) : text(stories));
            }
        } catch (NoSuchFileException e) {
            throw new UserException("no store at " + store + " (create one with 'dossier ingest PATH...')",
                    DossierCommand.EXIT_INPUT);
        }
        out.flush();
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** One line per story, then its headline: {@code S3  4 articles  3 sources  2026-04-01..2026-04-03}. */
    static String text(List<StoredStory> stories) {
        if (stories.isEmpty()) {
            return "No stories yet (they are assigned by 'dossier ingest').\n";
        }
        StringBuilder out = new StringBuilder();
        for (StoredStory s : stories) {
            out.append(line(s)).append('\n');
            out.append("    ").append(s.headline() != null ? s.headline() : "(no headline)").append('\n');
        }
        return out.toString();
    }

    static String text(StoryMembers members) {
        StoredStory s = members.story();
        StringBuilder out = new StringBuilder(line(s)).append('\n');
        out.append("    ").append(s.headline() != null ? s.headline() : "(no headline)").append('\n');
        if (!s.sources().isEmpty()) {
            out.append("    sources: ").append(String.join(", ", s.sources())).append('\n');
        }
        out.append('\n');
        int n = 0;
        for (StoredArticle a : members.articles()) {
            Article article = a.article();
            out.append(String.format(Locale.ROOT, "%3d. ", ++n))
                    .append(article.title() != null ? article.title() : "(no title)").append('\n');
            out.append("     ").append(String.join(" · ", nonNull(article.outlet(),
                    article.published() == null ? null : article.published().toString(),
                    article.url() != null ? article.url() : article.origin(),
                    a.duplicateOf() != null ? "copy of " + a.duplicateOf() : null, "id " + a.id()))).append('\n');
        }
        return out.toString();
    }

    private static String line(StoredStory s) {
        return String.format(Locale.ROOT, "%-6s %4d %-8s %3d %-7s %s", s.id(), s.size(),
                s.size() == 1 ? "article" : "articles", s.sources().size(),
                s.sources().size() == 1 ? "source" : "sources", span(s.first(), s.last())).stripTrailing();
    }

    private static String span(LocalDate first, LocalDate last) {
        if (first == null) {
            return "undated";
        }
        return first.equals(last) ? first.toString() : first + ".." + last;
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** {@code {stories: [{id, size, sources, first, last, headline}]}} */
    static String json(List<StoredStory> stories) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("stories");
        stories.forEach(s -> story(list.addObject(), s));
        return JSON.writeValueAsString(root) + "\n";
    }

    /** {@code {id, size, sources, first, last, headline, articles: [{id, title, outlet, published, url, ...}]}} */
    static String json(StoryMembers members) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        story(root, members.story());
        ArrayNode list = root.putArray("articles");
        for (StoredArticle a : members.articles()) {
            Article article = a.article();
            ObjectNode o = list.addObject();
            o.put("id", a.id());
            o.put("title", article.title());
            o.put("outlet", article.outlet());
            o.put("published", article.published() == null ? null : article.published().toString());
            o.put("url", article.url());
            o.put("origin", article.origin());
            o.put("duplicate_of", a.duplicateOf());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void story(ObjectNode o, StoredStory s) {
        o.put("id", s.id());
        o.put("size", s.size());
        ArrayNode sources = o.putArray("sources");
        s.sources().forEach(sources::add);
        o.put("first", s.first() == null ? null : s.first().toString());
        o.put("last", s.last() == null ? null : s.last().toString());
        o.put("headline", s.headline());
    }
}
