package org.dossier.store.ingest;

import java.util.List;
import org.dossier.model.Issue;

/**
 * What one ingest run did.
 *
 * @param read           articles read from the inputs
 * @param stored         new articles stored (near-duplicates included)
 * @param duplicates     articles already in the store (same normalised URL or same text): not stored again
 * @param nearDuplicates of {@code stored}, how many were linked to an earlier article they nearly copy
 * @param skipped        records, lines, files or articles that could not be used
 * @param seconds        wall-clock duration
 * @param issues         the first {@link Ingester#MAX_ISSUES_KEPT} problems, one line each
 */
public record IngestReport(long read, long stored, long duplicates, long nearDuplicates, long skipped,
                           double seconds, List<Issue> issues) {
    public IngestReport {
        issues = List.copyOf(issues);
    }

    /** Articles read per second. */
    public double rate() {
        return seconds <= 0 ? 0 : read / seconds;
    }

    /** The one-line summary {@code dossier ingest} prints. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "read %d, stored %d (%d near-duplicates linked), already stored %d, skipped %d in %.1f s (%.0f articles/s)",
                read, stored, nearDuplicates, duplicates, skipped, seconds, rate());
    }
}
