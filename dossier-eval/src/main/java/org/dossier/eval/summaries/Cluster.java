package org.dossier.eval.summaries;

import java.util.List;
import java.util.Objects;

/**
 * One multi-document summarisation task: the documents to summarise and the human reference summaries.
 *
 * @param id    the cluster id of the dataset (a DUC topic such as {@code D0601A}, a Multi-News hash)
 * @param query the topic statement for query-focused tasks (DUC), or {@code null} when the dataset has none
 * @param docs  the source documents, in dataset order
 * @param refs  the reference summaries, each as one text (sentences separated by spaces or newlines)
 */
public record Cluster(String id, Query query, List<Document> docs, List<String> refs) {

    public Cluster {
        Objects.requireNonNull(id, "id");
        docs = List.copyOf(docs);
        refs = List.copyOf(refs);
    }

    /** Whether the task comes with a topic statement. */
    public boolean hasQuery() {
        return query != null;
    }

    /**
     * The topic statement of a query-focused task.
     *
     * @param title     a short title, e.g. "Rail strike talks"
     * @param narrative what the summary should answer, in a few sentences
     */
    public record Query(String title, String narrative) {
    }

    /**
     * One source document.
     *
     * @param id    the document id of the dataset
     * @param title its headline, or {@code null} when the dataset gives none
     * @param date  its date as the dataset writes it, or {@code null}
     * @param text  the body text, paragraphs separated by blank lines
     */
    public record Document(String id, String title, String date, String text) {
        public Document {
            Objects.requireNonNull(text, "text");
        }
    }
}
