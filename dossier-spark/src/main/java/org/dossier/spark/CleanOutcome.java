package org.dossier.spark;

import java.io.Serializable;

/**
 * What reading and cleaning made of one input item: a prepared article, or a problem to report.
 *
 * @param seq     the item's arrival number
 * @param article the prepared article, or null
 * @param where   for a problem, where in the input it is
 * @param problem for a problem, why the item gave no article; null for an article
 */
record CleanOutcome(long seq, PreparedArticle article, String where, String problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    boolean isArticle() {
        return article != null;
    }
}
