package org.dossier.eval.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.analyse.entities.Entity;
import org.dossier.analyse.entities.EntityLinker;
import org.dossier.analyse.entities.Mention;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.eval.SeedArticles;
import org.dossier.eval.SharedData;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;

/**
 * Prints the entity table of a story and checks it against alias groups everybody knows, then times the
 * linker once the JVM is warm.
 *
 * <p>Run on the seeds of the shared data (two Obama–Putin meetings) it checks that each of these groups, as far
 * as its forms occur in the articles, ends up in one entity and that no two groups are merged:
 * Obama / Barack Obama / President Obama / Mr Obama; Putin / Vladimir Putin / the Russian president;
 * ISIS / ISIL / IS / Islamic State / Da'esh; UN / U.N. / United Nations. The table itself is printed for a person
 * to read; nothing from the articles is stored in the repository.
 *
 * <pre>EntitiesReport [FOLDER]</pre> (default: the seeds of the shared data).
 */
public final class EntitiesReport {
    /** Well-known variants that must end up in one entity each (public names, not text from the data). */
    public static final List<List<String>> SEED_GROUPS = List.of(
            List.of("Obama", "Barack Obama", "President Obama", "Mr Obama", "Mr. Obama", "President Barack Obama"),
            List.of("Putin", "Vladimir Putin", "President Putin", "Mr Putin", "Mr. Putin", "the Russian president",
                    "President Vladimir Putin"),
            List.of("ISIS", "ISIL", "IS", "Islamic State", "Da'esh", "Daesh"),
            List.of("UN", "U.N.", "United Nations"));

    /** What the check found for a story. */
    public record Check(int formsFound, int formsTotal, int groupsWhole, int groupsFound, int groupsMixed,
                        List<String> problems) {
        public Check {
            problems = List.copyOf(problems);
        }

        public boolean passed() {
            return groupsWhole == groupsFound && groupsMixed == 0;
        }

        @Override
        public String toString() {
            return String.format("forms found %d/%d, groups in one entity %d/%d, entities mixing groups %d",
                    formsFound, formsTotal, groupsWhole, groupsFound, groupsMixed);
        }
    }

    /** Timing of the linker (finding and linking), in milliseconds. */
    public record Speed(int articles, int runs, double medianMs, double p90Ms) {
        @Override
        public String toString() {
            return String.format("%d articles: median %.2f ms, p90 %.2f ms over %d warm runs", articles, medianMs,
                    p90Ms, runs);
        }
    }

    private EntitiesReport() {
    }

    /** Cleans and splits the articles as the pipeline does. */
    public static List<AnalysedArticle> analyse(List<Article> articles) {
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article clean = cleaner.clean(articles.get(i));
            out.add(new AnalysedArticle(i, clean, splitter.split(i, clean.text())));
        }
        return out;
    }

    /** The entity table: kind, canonical name, mentions per source, aliases; entities with two mentions or more. */
    public static String table(List<Entity> entities) {
        StringBuilder sb = new StringBuilder();
        for (Entity e : entities) {
            if (e.mentionCount() >= 2) {
                sb.append(String.format("%-12s %-40s %-28s %s%n", e.kind(), e.canonical(), e.mentionsPerSource(),
                        e.aliases()));
            }
        }
        return sb.toString();
    }

    /** Checks {@code groups} against the entities: see the class comment. */
    public static Check check(List<Entity> entities, List<List<String>> groups) {
        int found = 0;
        int total = 0;
        int whole = 0;
        int groupsFound = 0;
        List<String> problems = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<Set<Entity>> entitiesOfGroup = new ArrayList<>();
        for (List<String> group : groups) {
            Set<Entity> holders = new HashSet<>();
            for (String form : group) {
                total++;
                Entity e = holder(entities, form);
                if (e != null) {
                    found++;
                    holders.add(e);
                } else {
                    notFound.add(form);
                }
            }
            entitiesOfGroup.add(holders);
            if (!holders.isEmpty()) {
                groupsFound++;
                if (holders.size() == 1) {
                    whole++;
                } else {
                    problems.add(group.get(0) + " split over " + holders.stream().map(Entity::canonical).toList());
                }
            }
        }
        int mixed = 0;
        for (int a = 0; a < entitiesOfGroup.size(); a++) {
            for (int b = a + 1; b < entitiesOfGroup.size(); b++) {
                for (Entity e : entitiesOfGroup.get(a)) {
                    if (entitiesOfGroup.get(b).contains(e)) {
                        mixed++;
                        problems.add(e.canonical() + " holds both " + groups.get(a).get(0) + " and "
                                + groups.get(b).get(0));
                    }
                }
            }
        }
        if (!notFound.isEmpty()) {
            problems.add("no mention reads " + notFound + " (not written so in these articles, or missed)");
        }
        return new Check(found, total, whole, groupsFound, mixed, problems);
    }

    /** The entity one of whose mentions reads exactly {@code form} (ignoring case), or null. */
    static Entity holder(List<Entity> entities, String form) {
        String f = form.toLowerCase(Locale.ROOT);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.text().toLowerCase(Locale.ROOT).replace('’', '\'').equals(f)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Links {@code articles} {@code warmup} times unmeasured, then {@code runs} times measured. */
    public static Speed time(List<AnalysedArticle> articles, int warmup, int runs) {
        EntityLinker linker = new EntityLinker();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += linker.link(articles).size();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += linker.link(articles).size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink < 0) {
            System.out.println(sink); // keeps the work observable so the JIT cannot drop it
        }
        Arrays.sort(ms);
        return new Speed(articles.size(), runs, ms[runs / 2], ms[(int) Math.floor(runs * 0.9)]);
    }

    /** {@code n} articles: the given ones repeated under new indexes when there are fewer. */
    public static List<AnalysedArticle> repeat(List<AnalysedArticle> found, int n) {
        List<AnalysedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AnalysedArticle a = found.get(i % found.size());
            out.add(new AnalysedArticle(i, a.article(), a.sentences()));
        }
        return out;
    }

    public static void main(String[] args) {
        Optional<List<Article>> articles = args.length > 0
                ? Optional.of(SeedArticles.read(Path.of(args[0])))
                : SeedArticles.fromSharedData();
        if (articles.isEmpty()) {
            System.out.println("no seeds: shared data not found (" + SharedData.root() + ")");
            return;
        }
        List<AnalysedArticle> analysed = analyse(articles.get());
        List<Entity> entities = new EntityLinker().link(analysed);
        System.out.print(table(entities));
        Check check = check(entities, SEED_GROUPS);
        System.out.println("alias groups: " + check);
        check.problems().forEach(p -> System.out.println("  " + p));
        System.out.println("speed: " + time(repeat(analysed, 10), 200, 200));
    }
}
