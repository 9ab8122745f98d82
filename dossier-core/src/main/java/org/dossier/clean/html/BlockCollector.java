package org.dossier.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Cuts a page's body into {@link TextBlock}s in one iterative walk (jsoup's {@link NodeTraversor} keeps its own
 * stack, so a 100,000-deep page cannot overflow ours).
 *
 * <p>A block ends wherever a browser would start a new line: at the start or end of a block-level element, and
 * at a double line break ({@code <br><br>}, the paragraph mark of older pages). A single {@code <br>} is a space:
 * it usually wraps a line inside one paragraph. Text inside links is counted separately to get the link density.
 * Scripts, styles, forms' controls and embedded media carry no article text and are skipped whole.
 *
 * <p>Not thread-safe: make one collector per page (the extractor does).
 */
final class BlockCollector {

    /** Elements whose start and end break the flow of text into a new block. */
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
            "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "td", "th", "tr", "ul", "caption", "frame", "noframes", "option");

    /** Elements whose whole subtree is never article text. */
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "math", "iframe", "object", "embed", "applet", "select", "button", "textarea", "input", "canvas",
            "video", "audio", "map", "head", "title", "meta", "link");

    private final List<TextBlock> blocks = new ArrayList<>();
    private int[] parent = new int[256];
    private int[] subtreeEnd = new int[256];
    private BoilerplateHints.Hint[] hints = new BoilerplateHints.Hint[256];
    private String[] tags = new String[256];
    private int elementCount;

    /** Open elements, innermost last: their indices (a manual stack, grown as needed). */
    private int[] open = new int[256];
    private int openCount;
    /** For each open element: index of the innermost open block-level element. */
    private int[] blockOf = new int[256];
    /** For each open element: index of the innermost open element hinting at boilerplate, or -1. */
    private int[] boilerplateOf = new int[256];
    /** For each open element: whether it is inside a link. */
    private boolean[] inLink = new boolean[256];

    private final StringBuilder text = new StringBuilder();
    private int words;
    private int linkWords;
    private boolean lastWasBreak;

    /** Walks {@code root} and returns its blocks and layout. */
    PageLayout collect(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return enter(node);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) {
                    leave();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush();
        int n = elementCount;
        return new PageLayout(List.copyOf(blocks), Arrays.copyOf(parent, n), Arrays.copyOf(subtreeEnd, n),
                Arrays.copyOf(hints, n), Arrays.copyOf(tags, n));
    }

    private NodeFilter.FilterResult enter(Node node) {
        if (node instanceof TextNode t) {
            addText(t.getWholeText());
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY; // comments, doctypes, data nodes
        }
        String tag = el.normalName();
        if (SKIPPED_TAGS.contains(tag) || el.hasAttr("hidden")) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            if (lastWasBreak) {
                flush();
            } else {
                text.append(' ');
                lastWasBreak = true;
            }
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        int index = newElement(el, tag);
        // An inline element named like furniture (<span class="share">) is cut out as its own block, so its
        // words are judged on their own instead of diluting the paragraph around it.
        boolean block = BLOCK_TAGS.contains(tag) || hints[index] == BoilerplateHints.Hint.BOILERPLATE;
        if (block) {
            flush();
        }
        push(index, block, tag.equals("a") && el.hasAttr("href"));
        return NodeFilter.FilterResult.CONTINUE;
    }

    private void leave() {
        int index = open[openCount - 1];
        if (blockOf[openCount - 1] == index) {
            flush();
        }
        subtreeEnd[index] = elementCount;
        openCount--;
    }

    private int newElement(Element el, String tag) {
        int index = elementCount++;
        if (index == parent.length) {
            int size = index * 2;
            parent = Arrays.copyOf(parent, size);
            subtreeEnd = Arrays.copyOf(subtreeEnd, size);
            hints = Arrays.copyOf(hints, size);
            tags = Arrays.copyOf(tags, size);
        }
        parent[index] = openCount == 0 ? -1 : open[openCount - 1];
        subtreeEnd[index] = index + 1;
        hints[index] = BoilerplateHints.of(el);
        tags[index] = tag;
        return index;
    }

    private void push(int index, boolean block, boolean link) {
        if (openCount == open.length) {
            int size = openCount * 2;
            open = Arrays.copyOf(open, size);
            blockOf = Arrays.copyOf(blockOf, size);
            boilerplateOf = Arrays.copyOf(boilerplateOf, size);
            inLink = Arrays.copyOf(inLink, size);
        }
        boolean hasOuter = openCount > 0;
        blockOf[openCount] = block || !hasOuter ? index : blockOf[openCount - 1];
        boilerplateOf[openCount] = hints[index] == BoilerplateHints.Hint.BOILERPLATE ? index
                : hasOuter ? boilerplateOf[openCount - 1] : -1;
        inLink[openCount] = link || (hasOuter && inLink[openCount - 1]);
        open[openCount++] = index;
    }

    private void addText(String raw) {
        int added = 0;
        boolean inWord = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            // Non-breaking spaces are layout, not content: treat them as ordinary spaces.
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                inWord = false;
            } else {
                if (!inWord) {
                    added++;
                }
                text.append(c);
                inWord = true;
                lastWasBreak = false;
            }
        }
        // A word split across two text nodes ("<b>Ber</b>lin") was counted twice; that rare error is harmless.
        words += added;
        if (openCount > 0 && inLink[openCount - 1]) {
            linkWords += added;
        }
    }

    private void flush() {
        lastWasBreak = false;
        String s = text.toString().trim();
        text.setLength(0);
        if (!s.isEmpty() && openCount > 0) {
            int top = openCount - 1;
            blocks.add(new TextBlock(s, words, linkWords, blockOf[top], boilerplateOf[top], tags[blockOf[top]]));
        }
        words = 0;
        linkWords = 0;
    }
}
