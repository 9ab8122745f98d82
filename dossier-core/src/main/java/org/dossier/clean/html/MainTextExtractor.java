package org.dossier.clean.html;

import org.dossier.read.PublicationDates;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the main article text and the metadata of an HTML news page.
 *
 * <p>How it works, in four steps:
 * <ol>
 *   <li>Decode: bytes become characters with {@link CharsetDetector} (byte-order mark, then the page's own
 *       declaration, then UTF-8 if valid, else Windows-1252).</li>
 *   <li>Metadata: {@link MetadataReader} reads title, byline, date, outlet and canonical URL from Open Graph,
 *       JSON-LD, Dublin Core and visible markup.</li>
 *   <li>Blocks: {@link BlockCollector} cuts the body into text blocks (paragraphs, cells, list items) and measures
 *       each: words, link words, and whether its ancestors are named like furniture ("comments", "share").</li>
 *   <li>Selection: {@link ContentSelector} finds the element that holds most prose and little else, trims it to
 *       the story (from the repeated headline to the first comments label, copyright notice or "Related stories"
 *       title) and keeps its prose plus the short blocks between prose paragraphs.</li>
 * </ol>
 * The title and a leading "By ..." line are returned as metadata and removed from the start of the text, and a
 * paragraph that repeats an earlier one is dropped. When the markup has no byline or date, a visible "By ..." line
 * or a short dated line next to the story is used instead.
 *
 * <p>Robustness: nothing here recurses over the page tree (jsoup's traversal and all our walks are iterative), so
 * pathological nesting cannot overflow the stack; any failure on garbage input yields an empty page instead of an
 * exception. Thread-safe: an instance holds only stateless helpers, and per-page state lives in per-call objects.
 */
public final class MainTextExtractor {

    private final CharsetDetector charsets = new CharsetDetector();
    private final MetadataReader metadata = new MetadataReader();
    private final ContentSelector selector = new ContentSelector();

    /** How many blocks before the article's first block are searched for a visible date. */
    private static final int DATE_LOOK_BEHIND = 8;
    /** How many blocks after the article's last block are searched for a visible date. */
    private static final int DATE_LOOK_AHEAD = 3;
    /** Longer blocks are sentences, whose dates are events of the story, not its publication. */
    private static final int MAX_DATELINE_WORDS = 20;

    /** Extracts the article from raw page bytes, detecting their charset; {@code baseUri} may be empty. */
    public ExtractedPage extract(byte[] bytes, String baseUri) {
        if (bytes == null || bytes.length == 0) {
            return empty();
        }
        return extract(charsets.decode(bytes), baseUri);
    }

    /** Extracts the article from {@code html}; {@code baseUri} resolves relative links and may be empty. */
    public ExtractedPage extract(String html, String baseUri) {
        if (html == null || html.isBlank()) {
            return empty();
        }
        try {
            return extract(Jsoup.parse(RunawayTitleRepair.repair(html), baseUri == null ? "" : baseUri));
        } catch (RuntimeException e) {
            // Garbage in must not stop a batch: the caller reports "no article text found" for an empty text.
            return empty();
        }
    }

    private ExtractedPage extract(Document doc) {
        PageMetadata meta = metadata.read(doc);
        Element root = doc.body() != null ? doc.body() : doc;
        PageLayout layout = new BlockCollector().collect(root);
        List<TextBlock> article = selector.select(layout, meta.title());
        String byline = meta.byline() != null ? meta.byline() : visibleByline(layout.blocks());
        LocalDate published = meta.published() != null ? meta.published() : visibleDate(layout.blocks(), article);
        String text = join(withoutRepeatedHeader(article, meta.title()));
        return new ExtractedPage(meta.title(), text, byline, published, meta.outlet(), meta.url());
    }

    /** The first short "By ..." line on the page, as the byline of last resort. */
    private static String visibleByline(List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (b.words() <= 14) {
                String name = MetadataReader.bylineName(b.text());
                String cleaned = name == null ? null : MetadataReader.cleanByline(name);
                if (cleaned != null) {
                    return cleaned;
                }
            }
        }
        return null;
    }

    /**
     * A date printed next to the article ("Updated 7:51pm Tuesday 1st January 2008"), for pages without date
     * metadata. Only short blocks just before or just after the article are read: a date in the site header is the
     * day of the visit, and a date inside a paragraph is an event of the story.
     */
    private LocalDate visibleDate(List<TextBlock> blocks, List<TextBlock> article) {
        if (article.isEmpty()) {
            return null;
        }
        int first = indexOf(blocks, article.get(0));
        int last = indexOf(blocks, article.get(article.size() - 1));
        if (first < 0 || last < 0) {
            return null;
        }
        List<TextBlock> nearby = new ArrayList<>();
        for (int i = first; i >= Math.max(0, first - DATE_LOOK_BEHIND); i--) {
            nearby.add(blocks.get(i));
        }
        for (int i = last + 1; i <= Math.min(blocks.size() - 1, last + DATE_LOOK_AHEAD); i++) {
            nearby.add(blocks.get(i));
        }
        for (TextBlock b : nearby) {
            LocalDate d = b.words() <= MAX_DATELINE_WORDS ? PublicationDates.parse(b.text()) : null;
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Position of {@code block} itself (not an equal copy) in {@code blocks}, or -1. */
    private static int indexOf(List<TextBlock> blocks, TextBlock block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == block) {
                return i;
            }
        }
        return -1;
    }

    /** Drops leading blocks that repeat the headline or are the "By ..." line: both are metadata. */
    private static List<TextBlock> withoutRepeatedHeader(List<TextBlock> blocks, String title) {
        int skip = 0;
        while (skip < blocks.size() && skip < 3) {
            TextBlock b = blocks.get(skip);
            boolean repeatsTitle = b.words() <= 40 && MetadataReader.sameHeadline(b.text(), title);
            boolean isByline = b.words() <= 14 && MetadataReader.bylineName(b.text()) != null;
            if (!repeatsTitle && !isByline) {
                break;
            }
            skip++;
        }
        return blocks.subList(skip, blocks.size());
    }

    /**
     * The paragraphs joined by blank lines, each only once. Pages often carry a block twice (a print copy, a
     * teaser repeated in two lists), and a repeated paragraph is never news to the reader.
     */
    private static String join(List<TextBlock> blocks) {
        List<String> paragraphs = new ArrayList<>(blocks.size());
        Set<String> seen = new HashSet<>();
        for (TextBlock b : blocks) {
            if (seen.add(b.text())) {
                paragraphs.add(b.text());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static ExtractedPage empty() {
        return new ExtractedPage(null, "", null, null, null, null);
    }
}
