package org.dossier.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Article;
import org.dossier.read.PublicationDates;

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
     * The focus to give the summariser: the query's title and narrative as one text, or {@code null} when the
     * task has no query (a generic summary).
     */
    public String focus() {
        return query == null ? null : query.asFocus();
    }

    /**
     * The documents as pipeline {@link Article}s, in dataset order, so that evaluation code feeds the real
     * pipeline exactly what a reader would: id and title as given, the date parsed by the project's own
     * {@link PublicationDates} (null when the dataset gives none or writes it in no known format), and
     * {@code origin} = {@code clusterId/docId} so that a reviewer can find any source again.
     */
    public List<Article> articles() {
        List<Article> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            // Articles need an id; a dataset line without one gets its 1-based position in the cluster.
            String docId = d.id() == null ? String.valueOf(out.size() + 1) : d.id();
            out.add(Article.builder(docId, d.text())
                    .title(d.title())
                    .published(PublicationDates.parse(d.date()))
                    .origin(id + "/" + docId)
                    .build());
        }
        return out;
    }

    /**
     * The topic statement of a query-focused task.
     *
     * @param title     a short title, e.g. "Rail strike talks"
     * @param narrative what the summary should answer, in a few sentences
     */
    public record Query(String title, String narrative) {
        /** Title and narrative as one focus text ("Rail strike talks. What did each side offer?"). */
        public String asFocus() {
            String t = title == null ? "" : title.strip();
            String n = narrative == null ? "" : narrative.strip();
            if (t.isEmpty() || n.isEmpty()) {
                return t + n;
            }
            return (t.endsWith(".") || t.endsWith("?") ? t + " " : t + ". ") + n;
        }
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
