package org.dossier.group.stories;

import org.dossier.group.events.DocumentFeatures;

/** The running document frequencies of the three feature families, and the weighing of an article with them. */
record StreamFrequencies(DocumentFrequencies terms, DocumentFrequencies names, DocumentFrequencies dates) {
    /** Distinct features kept per family before rare ones are dropped (see {@link DocumentFrequencies}). */
    static final int CAPACITY = 400_000;

    static StreamFrequencies empty() {
        return new StreamFrequencies(new DocumentFrequencies(CAPACITY), new DocumentFrequencies(CAPACITY),
                new DocumentFrequencies(CAPACITY));
    }

    /** Counts the article, then weighs it (so it is part of the collection it is weighed against, as in batch). */
    ArticleVectors addAndWeigh(DocumentFeatures f, int limit) {
        terms.add(f.terms().keySet());
        names.add(f.names().keySet());
        dates.add(f.dates().keySet());
        return new ArticleVectors(FamilyVector.of(f.terms(), terms, limit), FamilyVector.of(f.names(), names, limit),
                FamilyVector.of(f.dates(), dates, limit));
    }
}
