package org.dossier.eval.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.eval.SharedData;
import org.dossier.eval.events.BCubed;
import org.dossier.eval.events.EcbDocument;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.group.stories.StoryChange;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StreamArticle;
import org.dossier.model.Article;
import org.dossier.store.Fingerprint;

/**
 * Diagnosis: what of the store path changes the story clusterer's answer on ECB+? Feeds the clusterer outside the
 * store with the input of each step of the store path in turn (raw text, cleaned text, page header, publication
 * date, store ids, near-duplicate handling) and scores each with B-cubed in file order, so the step that costs
 * quality shows as a drop. The findings are in {@code docs/stories.md}.
 *
 * <pre>java -cp ... org.dossier.eval.store.StoryPathDiagnosis [--dates-weights W,W,...]</pre>
 * With {@code --dates-weights} it only runs the page-headline variant with reported days under each weight of the
 * date family.
 */
public final class StoryPathDiagnosis {
    private StoryPathDiagnosis() {
    }

    public static void main(String[] args) {
        List<EcbDocument> docs = EcbDocument.read(SharedData.resolve(StoryStoreGate.FILE).orElseThrow());
        DocumentFeaturizer featurizer = new DocumentFeaturizer();
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        List<String> gold = docs.stream().map(EcbDocument::event).toList();
        List<Article> cleaned = new ArrayList<>();
        for (EcbDocument d : docs) {
            cleaned.add(cleaner.clean(Article.builder(d.id(), d.text()).origin(d.id()).build()));
        }
        int titled = 0;
        int changedText = 0;
        for (int i = 0; i < docs.size(); i++) {
            if (cleaned.get(i).title() != null) {
                titled++;
            }
            if (!cleaned.get(i).text().equals(docs.get(i).text())) {
                changedText++;
            }
        }
        System.out.printf(Locale.ROOT, "%d docs; cleaned: %d with a title, %d with another text%n", docs.size(),
                titled, changedText);
        score("raw text, doc ids (the clustering gate)", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), null, null, null,
                        featurizer.features(null, docs.get(i).text(), null)));
        score("cleaned text and title, doc ids", docs, gold,
                i -> {
                    StreamArticle s = StreamArticle.of(cleaned.get(i), featurizer);
                    return new StreamArticle(docs.get(i).id(), s.published(), s.outlet(), s.title(), s.features());
                });
        score("cleaned text without title, doc ids", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), null, null, null,
                        featurizer.features(null, cleaned.get(i).text(), null)));
        List<String> headlines = new ArrayList<>();
        for (EcbDocument d : docs) {
            headlines.add(headline(cleaner.inspect(Article.builder(d.id(), d.text()).origin(d.id()).build())));
        }
        System.out.println("headlines recovered: " + headlines.stream().filter(h -> h != null).count());
        score("cleaned text + recovered headline, no anchor", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), null, null, null,
                        featurizer.features(headlines.get(i), cleaned.get(i).text(), null)));
        score("cleaned text + recovered headline, anchored, dated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                        featurizer.features(headlines.get(i), cleaned.get(i).text(), cleaned.get(i).published())));
        score("cleaned text + recovered headline, anchored, undated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), null, null, null,
                        featurizer.features(headlines.get(i), cleaned.get(i).text(), cleaned.get(i).published())));
        score("cleaned text + recovered headline, unanchored, dated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                        featurizer.features(headlines.get(i), cleaned.get(i).text(), null)));
        score("raw text, anchored, dated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                        featurizer.features(null, docs.get(i).text(), cleaned.get(i).published())));
        List<String> headers = new ArrayList<>();
        for (EcbDocument d : docs) {
            headers.add(org.dossier.store.PageHeader.of(
                    cleaner.inspect(Article.builder(d.id(), d.text()).origin(d.id()).build())));
        }
        score("the tracker's input (PageHeader, dated)", docs, gold,
                i -> StreamArticle.of(cleaned.get(i), headers.get(i), featurizer));
        score("the tracker's input, undated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), null, null, null,
                        StreamArticle.of(cleaned.get(i), headers.get(i), featurizer).features()));
        emulateStore(docs, gold, cleaned, headers, featurizer, false);
        emulateStore(docs, gold, cleaned, headers, featurizer, true);
        List<String> tops = new ArrayList<>();
        for (EcbDocument d : docs) {
            tops.add(top(cleaner.inspect(Article.builder(d.id(), d.text()).origin(d.id()).build())));
        }
        score("cleaned + dropped lines above the body, unanchored, dated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                        featurizer.features(tops.get(i), cleaned.get(i).text(), null)));
        score("cleaned + dropped lines above the body, anchored, dated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                        featurizer.features(tops.get(i), cleaned.get(i).text(), cleaned.get(i).published())));
        score("cleaned + dropped lines above the body, unanchored, undated", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), null, null, null,
                        featurizer.features(tops.get(i), cleaned.get(i).text(), null)));
        if (args.length > 1 && args[0].equals("--dates-weights")) {
            for (String w : args[1].split(",")) {
                settings = org.dossier.group.stories.StorySettings.DEFAULT.withWeights(
                        new org.dossier.group.events.DocumentSimilarity.Weights(0.6, 0.4, Double.parseDouble(w),
                                org.dossier.group.events.DocumentSimilarity.Weights.DEFAULT.leads()));
                score("cleaned + headline, anchored, dated, dates weight " + w, docs, gold,
                        i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                                featurizer.features(headlines.get(i), cleaned.get(i).text(),
                                        cleaned.get(i).published())));
            }
            return;
        }
        settings = org.dossier.group.stories.StorySettings.DEFAULT.withWindowDays(100_000);
        score("raw text, anchored, dated, no day window", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                        featurizer.features(null, docs.get(i).text(), cleaned.get(i).published())));
        score("cleaned + headline, anchored, dated, no day window", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), cleaned.get(i).published(), null, null,
                        featurizer.features(headlines.get(i), cleaned.get(i).text(), cleaned.get(i).published())));
        settings = org.dossier.group.stories.StorySettings.DEFAULT;
        score("raw text without URL lines", docs, gold,
                i -> new StreamArticle(docs.get(i).id(), null, null, null,
                        featurizer.features(null, docs.get(i).text().replaceAll("(?m)^http.*$", ""), null)));
        score("raw text, store ids", docs, gold,
                i -> new StreamArticle(Fingerprint.of(cleaned.get(i)).id() + "-" + i, null, null, null,
                        featurizer.features(null, docs.get(i).text(), null)));
        score("cleaned text and title, store ids (the store's input)", docs, gold,
                i -> {
                    StreamArticle s = StreamArticle.of(cleaned.get(i), featurizer);
                    return new StreamArticle(Fingerprint.of(cleaned.get(i)).id() + "-" + i, s.published(),
                            s.outlet(), s.title(), s.features());
                });
    }

    /**
     * The store's decisions emulated outside it: texts already stored are left out, near-duplicates either take
     * their original's story without being clustered (the rule before) or join it as members (the rule now).
     */
    private static void emulateStore(List<EcbDocument> docs, List<String> gold, List<Article> cleaned,
                                     List<String> headers, DocumentFeaturizer featurizer, boolean joinCopies) {
        // the store's decisions, emulated: texts already stored are left out, near-duplicates take their
        // original's story without being clustered
        Map<String, Integer> keys = new HashMap<>();
        int[] originalOf = new int[docs.size()];
        List<org.dossier.store.Shingles.Profile> shingles = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Fingerprint f = Fingerprint.of(cleaned.get(i));
            shingles.add(f.shingles());
            originalOf[i] = -1;
            if (keys.containsKey(f.key())) {
                originalOf[i] = -2;
                continue;
            }
            keys.put(f.key(), i);
            for (int j = 0; j < i; j++) {
                if (originalOf[j] == -1 && org.dossier.store.NearDuplicatePolicy.isNearDuplicate(f.shingles(),
                        shingles.get(j))) {
                    originalOf[i] = j;
                    break;
                }
            }
        }
        StoryClusterer clusterer = new StoryClusterer();
        String[] labels = new String[docs.size()];
        Map<String, Integer> position = new HashMap<>();
        List<String> all = new ArrayList<>();
        List<String> allGold = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (originalOf[i] == -2) {
                continue;
            }
            if (originalOf[i] >= 0 && !joinCopies) {
                labels[i] = "copy-of-" + originalOf[i];
                continue;
            }
            StreamArticle a = StreamArticle.of(cleaned.get(i), headers.get(i), featurizer);
            position.put(a.id(), i);
            labels[i] = originalOf[i] >= 0
                    ? clusterer.join(a, labels[originalOf[i]]).storyId() : clusterer.assign(a).storyId();
            for (StoryChange move : clusterer.drainChanges().moves()) {
                labels[position.get(move.articleId())] = move.to();
            }
        }
        int copies = 0;
        for (int i = 0; i < docs.size(); i++) {
            if (originalOf[i] >= 0 && !joinCopies) {
                labels[i] = labels[originalOf[i]];
                copies++;
            }
            if (originalOf[i] != -2) {
                all.add(labels[i]);
                allGold.add(gold.get(i));
            }
        }
        BCubed emulated = BCubed.score(all, allGold);
        System.out.printf(Locale.ROOT, "%-55s F1 %.3f (P %.3f R %.3f), %d stored, %d copies%n",
                joinCopies ? "the store emulated, copies joining as members"
                        : "the store emulated, copies not clustered",
                emulated.f1(), emulated.precision(), emulated.recall(),
                all.size(), copies);
    }

    private static String top(org.dossier.clean.CleanedPage page) {
        StringBuilder out = new StringBuilder();
        for (org.dossier.clean.LineVerdict v : page.lines()) {
            if (v.kept()) {
                break;
            }
            if (!v.raw().isBlank()) {
                out.append(v.raw().trim()).append('\n');
            }
        }
        return out.length() == 0 ? null : out.toString().strip();
    }

    private static String headline(org.dossier.clean.CleanedPage page) {
        for (org.dossier.clean.LineVerdict v : page.lines()) {
            if (v.kept()) {
                return null;
            }
            int words = v.raw().isBlank() ? 0 : v.raw().trim().split("\\s+").length;
            if (v.furniture() == org.dossier.clean.Furniture.HEADER && words >= 3 && words <= 25) {
                return v.raw().trim();
            }
        }
        return null;
    }

    private static org.dossier.group.stories.StorySettings settings = org.dossier.group.stories.StorySettings.DEFAULT;

    private static void score(String what, List<EcbDocument> docs, List<String> gold,
                              Function<Integer, StreamArticle> input) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        String[] labels = new String[docs.size()];
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            StreamArticle a = input.apply(i);
            position.put(a.id(), i);
            labels[i] = clusterer.assign(a).storyId();
            for (StoryChange move : clusterer.drainChanges().moves()) {
                labels[position.get(move.articleId())] = move.to();
            }
        }
        BCubed b = BCubed.score(List.of(labels), gold);
        System.out.printf(Locale.ROOT, "%-55s F1 %.3f (P %.3f R %.3f)%n", what, b.f1(), b.precision(), b.recall());
    }
}
