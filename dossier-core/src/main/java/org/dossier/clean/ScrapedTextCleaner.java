package org.dossier.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.read.PublicationDates;

/**
 * Removes page furniture (navigation labels, player residue, share widgets, comment prompts, credits, bios,
 * captions, repeated headlines, subheadings...) from the text of a scraped news page, keeping every article
 * sentence.
 *
 * <p>Input: an article whose title came from the first line of the page and whose text is the rest of the page, one
 * paragraph or label per line. Output: the same article with
 * <ul>
 *   <li>a repaired title: breadcrumb and site name removed, or, when the first line was itself furniture
 *       ("Accessibility links"), the first headline-like line of the page;</li>
 *   <li>a body made only of article lines, repaired (HTML residue, leading dash residue) and separated by blank
 *       lines;</li>
 *   <li>a byline, when the article had none and the page carried one ("By ...", a desk line, an author bio or a
 *       credit);</li>
 *   <li>a publication date, when the article had none and a time stamp, byline or header line carried one.</li>
 * </ul>
 *
 * <p>How it decides: every line is repaired ({@link TextRepair}), then judged by a {@link LineClassifier} whose
 * small rules look at the line's words and at its context (position above, inside or below the prose body, the
 * line above, whether it ends like a sentence). If a comment prompt appears in the last third of the page,
 * everything after it is the comment section. {@link #inspect} returns every decision with the rule that made it.
 * Instances are immutable and thread-safe.
 */
public final class ScrapedTextCleaner {
    /** Furniture that carries the page's own date; other lines (related headlines, comments) carry other dates. */
    private static final Set<Furniture> DATED = EnumSet.of(Furniture.TIMESTAMP, Furniture.BYLINE, Furniture.HEADER);
    private final LineClassifier classifier;
    private final LineClassifier titleCheck;

    /** A cleaner with the standard rules. */
    public ScrapedTextCleaner() {
        this(Standard.ALL);
    }

    /** A cleaner with a custom classifier (for experiments; the title check keeps the standard content rules). */
    public ScrapedTextCleaner(LineClassifier classifier) {
        this.classifier = classifier;
        this.titleCheck = Standard.CONTENT;
    }

    /**
     * The standard classifiers, built once per process: the rules are immutable, and building them compiles a few
     * dozen regular expressions, which would otherwise be paid by every {@code Dossier} (one per focus query).
     */
    private static final class Standard {
        static final LineClassifier ALL = new LineClassifier(StandardRules.all());
        static final LineClassifier CONTENT = new LineClassifier(StandardRules.contentRules());
    }

    /** The article with its furniture lines removed; paragraphs separated by blank lines. */
    public Article clean(Article article) {
        return inspect(article).article();
    }

    /** Cleans the article and reports the decision taken on every line of the page. */
    public CleanedPage inspect(Article article) {
        boolean hasTitleLine = article.title() != null;
        int firstTextLine = hasTitleLine ? 2 : 1;
        String[] raw = lines(article.text());

        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String[] repaired = new String[raw.length];
        for (int k = 0; k < raw.length; k++) {
            repaired[k] = TextRepair.repairLine(raw[k]);
            if (!repaired[k].isEmpty()) {
                lines.add(repaired[k]);
                numbers.add(firstTextLine + k);
            }
        }

        String title = TitleRepair.fix(article.title());
        Furniture titleFurniture = title == null ? null : furnitureOfTitle(title);
        boolean titleValid = title != null && titleFurniture == null;

        Page page = new Page(titleValid ? title : null, lines, numbers);
        List<LineClassifier.Decision> decisions = classifier.classify(page);
        int titleIndex = -1;
        if (titleFurniture != null) { // the first line was a label: look for the real headline below it
            titleIndex = findTitle(page, decisions);
            if (titleIndex >= 0) {
                title = page.line(titleIndex);
                page = new Page(title, lines, numbers);
                decisions = classifier.classify(page);
            } else {
                title = null;
            }
        }
        cutCommentSection(page, decisions);

        return assemble(article, raw, repaired, page, decisions, titleIndex, title, titleFurniture, firstTextLine);
    }

    private CleanedPage assemble(Article article, String[] raw, String[] repaired, Page page,
                                 List<LineClassifier.Decision> decisions, int titleIndex, String title,
                                 Furniture titleFurniture, int firstTextLine) {
        List<LineVerdict> verdicts = new ArrayList<>();
        if (article.title() != null && TitleRepair.fix(article.title()) == null) {
            verdicts.add(new LineVerdict(1, article.title(), LineRole.BLANK, null, "blank", null));
        } else if (article.title() != null) {
            verdicts.add(titleFurniture == null
                    ? new LineVerdict(1, article.title(), LineRole.TITLE, null, "title", title)
                    : new LineVerdict(1, article.title(), LineRole.FURNITURE, titleFurniture, "title-check", null));
        }
        StringBuilder body = new StringBuilder();
        String byline = article.byline();
        int bylineRank = Integer.MAX_VALUE;
        LocalDate published = article.published();
        int next = 0; // index of the next non-blank line in page order
        for (int k = 0; k < raw.length; k++) {
            int lineNumber = firstTextLine + k;
            if (repaired[k].isEmpty()) {
                verdicts.add(new LineVerdict(lineNumber, raw[k], LineRole.BLANK, null, "blank", null));
                continue;
            }
            int i = next++;
            LineClassifier.Decision d = decisions.get(i);
            if (i == titleIndex) {
                verdicts.add(new LineVerdict(lineNumber, raw[k], LineRole.TITLE, null, "title-search", title));
            } else if (d.isArticle()) {
                String text = body.length() == 0 ? TextRepair.stripLeadingDashes(page.line(i)) : page.line(i);
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(text);
                verdicts.add(new LineVerdict(lineNumber, raw[k], LineRole.ARTICLE, null, d.rule(), text));
            } else {
                verdicts.add(new LineVerdict(lineNumber, raw[k], LineRole.FURNITURE, d.furniture(), d.rule(), null));
                if (published == null && DATED.contains(d.furniture())) {
                    published = PublicationDates.parse(page.line(i)); // "Updated on March 10, 2025 at 7:42 p.m."
                }
                int rank = BylineExtractor.rank(d.furniture());
                if (article.byline() == null && rank < bylineRank) {
                    String name = BylineExtractor.extract(d.furniture(), page.line(i));
                    if (name != null && !name.isBlank()) {
                        byline = name;
                        bylineRank = rank;
                    }
                }
            }
        }
        Article cleaned = new Article(article.id(), title, body.toString(), article.outlet(), byline,
                published, article.url(), article.origin());
        return new CleanedPage(cleaned, verdicts);
    }

    /**
     * The lines of a page, as {@code text.split("\\r?\\n", -1)} gives them (a "\\r" before a line break dropped,
     * trailing empty lines kept), without running a regular expression over every character of every page.
     */
    static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            out.add(text.substring(start, end));
            start = nl + 1;
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** The furniture kind of a title line that is really a label ("Accessibility links"), or null for a headline. */
    private Furniture furnitureOfTitle(String title) {
        Page alone = new Page(null, List.of(title), List.of(1));
        return titleCheck.judge(new LineContext(alone, 0, null)).furniture();
    }

    /**
     * When the first line was not a headline, the headline is the first line above the body that only a position
     * rule dropped (no content rule recognised it as a label) and that has the length of a headline. An article
     * that came without any title keeps none: the cleaner does not guess headlines for text that never had one.
     */
    private static int findTitle(Page page, List<LineClassifier.Decision> decisions) {
        for (int i = 0; i < page.size() && i < page.bodyStart(); i++) {
            int words = LineFeatures.words(page.line(i));
            if (decisions.get(i).furniture() == Furniture.HEADER && words >= 3 && words <= 25) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A comment prompt in the last third of the prose marks the start of the comment section: the readers'
     * comments after it end like sentences but are not part of the article.
     */
    private static void cutCommentSection(Page page, List<LineClassifier.Decision> decisions) {
        int prose = 0;
        for (int i = 0; i < page.size(); i++) {
            if (page.isProseLine(i)) {
                prose++;
            }
        }
        int seen = 0;
        for (int i = 0; i < page.size(); i++) {
            if (page.isProseLine(i)) {
                seen++;
            }
            if (decisions.get(i).furniture() == Furniture.COMMENTS && seen * 3 >= prose * 2) {
                for (int j = i + 1; j < page.size(); j++) {
                    if (decisions.get(j).isArticle()) {
                        decisions.set(j, new LineClassifier.Decision(Furniture.COMMENTS, "comment-section"));
                    }
                }
                return;
            }
        }
    }
}
