package org.dossier.spark;

import org.dossier.clean.CleanedPage;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.group.stories.StreamArticle;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.model.Article;
import org.dossier.store.Fingerprint;
import org.dossier.store.PageHeader;
import org.dossier.store.Shingles;

/**
 * Cleans one article and computes what dedupe and clustering need from it, with the same classes the single-machine
 * ingest uses: {@link ScrapedTextCleaner}, the store's {@link Fingerprint} (key, near-duplicate profile, MinHash bands),
 * {@link PageHeader} and {@link StreamArticle}'s features.
 *
 * <p>Building a cleaner and a featurizer loads word lists and models, so the job makes one preparer per partition
 * ({@code mapPartitions}) and runs it over the partition's articles. Not thread-safe to share across tasks only
 * because nothing requires it: each task has its own.
 */
public final class ArticlePreparer {
    /** Why an article with nothing left after cleaning is skipped (the same words {@code Dossier.brief} uses). */
    static final String EMPTY_AFTER_CLEANING = "no article text left after removing page furniture";

    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
    private final DocumentFeaturizer featurizer = new DocumentFeaturizer();

    /** The prepared article, or null when cleaning left no text (the caller reports it). */
    public PreparedArticle prepare(long seq, ArticleRow raw) {
        CleanedPage page = cleaner.inspect(raw.toArticle());
        Article clean = page.article();
        if (clean.text().isBlank()) {
            return null;
        }
        Fingerprint fp = Fingerprint.of(clean);
        // the same features the store's story tracker computes: title, the page header cleaning dropped, the text
        FeatureCounts features = FeatureCounts.of(
                StreamArticle.of(clean, PageHeader.of(page), featurizer).features());
        return new PreparedArticle(seq, ArticleRow.of(clean), fp.key(), fp.id(), Shingles.encode(fp.shingles()),
                fp.bandKeys(), features);
    }
}
