package org.dossier.analyse;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Sentence;

/**
 * Splits article text into sentences.
 *
 * <p>PLACEHOLDER: splits on ". " only; to be replaced by the news-aware splitter.
 */
public final class SentenceSplitter {

    /** Splits {@code text} (paragraphs separated by blank lines) into sentences of article {@code articleIndex}. */
    public List<Sentence> split(int articleIndex, String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            boolean paraBreak = !end && text.startsWith("\n\n", i);
            boolean stop = !end && i > 0 && text.charAt(i - 1) == '.' && text.charAt(i) == ' ';
            if (end || paraBreak || stop) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) {
                    out.add(new Sentence(articleIndex, out.size(), paragraph, s, e, text.substring(s, e)));
                }
                if (paraBreak) {
                    paragraph++;
                }
                start = i;
            }
        }
        return out;
    }
}
