package org.dossier.spark;

import java.util.List;

/**
 * What a run did, for the job's report and for tests.
 *
 * @param itemsRead            articles and unreadable items found in the input
 * @param skipped              items that gave no article (bad lines, empty pages, nothing left after cleaning) and
 *                             stories whose briefing failed; each is in {@code skipped/}
 * @param firstProblems        the first few of those, {@code where: reason}, in input order
 * @param articles             articles cleaned (exact duplicates included)
 * @param exactDuplicates      articles whose key (URL, else text) was seen earlier: not clustered, they take the
 *                             first one's story
 * @param nearDuplicates       distinct texts that are near-duplicates of an earlier one: they join their original's
 *                             story in the clusterer, as in the store, and take that story
 * @param nearDupComparisons   exact shingle comparisons made to find the near-duplicates
 * @param stories              stories found
 * @param briefings            briefings written
 * @param blocking             the blocking's costs and counts
 * @param stageMillis          wall time of each stage, in order: read and clean, dedupe, frequencies, stories,
 *                             briefings and output
 */
public record SparkJobResult(long itemsRead, long skipped, List<String> firstProblems, long articles,
                             long exactDuplicates, long nearDuplicates, long nearDupComparisons, long stories,
                             long briefings, BlockingStats blocking, List<Long> stageMillis) {
    public SparkJobResult {
        firstProblems = List.copyOf(firstProblems);
        stageMillis = List.copyOf(stageMillis);
    }

    /** Articles clustered: distinct texts that are nobody's copy. */
    public long clustered() {
        return blocking.articles();
    }
}
