package org.dossier.analyse.quotes;

/** How a quotation reports what someone said. */
public enum QuoteKind {
    /** The speaker's own words in quotation marks, a whole utterance: {@code "We came to talk," she said.} */
    DIRECT,
    /**
     * A reported clause that carries some of the speaker's own words in quotation marks:
     * {@code He called the offer "a floor we can stand on."}
     */
    PARTIAL,
    /** Reported speech without quotation marks: {@code She said that the talks would go on}, "according to X". */
    INDIRECT
}
