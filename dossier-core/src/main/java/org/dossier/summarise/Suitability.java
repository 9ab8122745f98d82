package org.dossier.summarise;

/** How fit a sentence is to stand alone in a summary; decided by {@link SentenceFilter}. */
public enum Suitability {
    /** Reads well out of context. */
    GOOD,
    /** Usable but worse out of context (opens with "He said", "But", ...): chosen only if nothing better. */
    DISCOURAGED,
    /** Not a summary sentence at all (too short, a question, a bare quote fragment, page furniture). */
    REJECTED
}
