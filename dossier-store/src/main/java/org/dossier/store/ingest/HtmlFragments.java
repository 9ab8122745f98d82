package org.dossier.store.ingest;

import java.util.Set;
import org.dossier.clean.html.HtmlDepth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML that feeds put in their items ({@code <description>}, {@code <content:encoded>}, Atom
 * {@code <content type="html">}) into plain text with the project's paragraph convention: blocks separated by a
 * blank line. Feed content is the article body without page furniture, so no main-text extraction is needed.
 */
final class HtmlFragments {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "tr", "figcaption", "section", "article", "ul", "ol", "table");

    private HtmlFragments() {
    }

    /** A fragment nested deeper than the limit: refused before parsing (see {@link HtmlDepth}). */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    /**
     * Plain text of {@code fragment}; text without any tag is returned with only its spacing tidied.
     *
     * @throws TooDeep when its elements nest deeper than {@code maxDepth}
     */
    static String toText(String fragment, int maxDepth) {
        if (fragment.indexOf('<') < 0 && fragment.indexOf('&') < 0) {
            return tidy(fragment);
        }
        if (maxDepth < Integer.MAX_VALUE && HtmlDepth.estimate(fragment, maxDepth) > maxDepth) {
            throw new TooDeep();
        }
        Element body = Jsoup.parseBodyFragment(fragment).body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, body);
        return tidy(out.toString());
    }

    /** Spaces collapsed within lines, lines trimmed, paragraphs separated by exactly one blank line. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(p);
            }
        }
        return out.toString();
    }
}
