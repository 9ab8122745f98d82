package org.dossier.group;

/**
 * Points at one sentence of a cluster by position.
 *
 * @param article  position of the article in the input list
 * @param sentence position of the sentence in that article's sentence list
 */
public record SentenceRef(int article, int sentence) implements Comparable<SentenceRef> {

    /** Input order: by article, then by sentence. */
    @Override
    public int compareTo(SentenceRef other) {
        int c = Integer.compare(article, other.article);
        return c != 0 ? c : Integer.compare(sentence, other.sentence);
    }
}
