package org.dossier.eval.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Reads the gold main text out of an L3S-GN1 {@code GoldStandard} file.
 *
 * <p>Those files are the original pages re-saved by the annotation tool, with every human-marked text span
 * wrapped in an element of class {@code x-nc-selN}: 0 not content, 1 headline, 2 full text, 3 supplemental text
 * (datelines, bylines, captions, fact boxes), 4 related content, 5 user comments. A text node belongs to the class
 * of its nearest marked ancestor. The gold text is the text of the nodes whose class is in {@link #ARTICLE}.
 */
public final class L3sGoldText {

    /**
     * Headline and full text: the article content as the L3S boilerplate study scored it (its news-specific
     * evaluation treats headline and full text as the article and everything else, supplemental included, as
     * not-article). See {@link ExtractionGate} for why Dossier keeps that choice.
     */
    public static final Set<Integer> ARTICLE = Set.of(1, 2);

    private static final String MARK = "x-nc-sel";

    private L3sGoldText() {
    }

    /** The gold text of one annotated page: marked spans in document order, separated by newlines. */
    public static String of(String annotatedHtml, Set<Integer> classes) {
        Document doc = Jsoup.parse(annotatedHtml);
        StringBuilder out = new StringBuilder();
        // The class of the nearest marked ancestor, kept as a stack so the walk stays iterative.
        Deque<Integer> marks = new ArrayDeque<>();
        marks.push(0);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    marks.push(markOf(el, marks.peek()));
                } else if (node instanceof TextNode text && classes.contains(marks.peek())) {
                    out.append(text.getWholeText()).append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    marks.pop();
                }
            }
        }, doc);
        return out.toString();
    }

    private static int markOf(Element el, int inherited) {
        for (String cls : el.classNames()) {
            if (cls.startsWith(MARK) && cls.length() == MARK.length() + 1) {
                int digit = cls.charAt(MARK.length()) - '0';
                if (digit >= 0 && digit <= 9) {
                    return digit;
                }
            }
        }
        return inherited;
    }
}
