package org.dossier.clean.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which text blocks of a page are the article.
 *
 * <p>Two steps, both linear in the size of the page:
 * <ol>
 *   <li><b>Find the container.</b> Blocks that read like prose (at least {@value #MIN_PROSE_WORDS} words, at most
 *       a third of them links, no furniture name around them) are "good"; every other word on the page is
 *       "other". Each element gets the good and other words of its whole subtree, and the container is the
 *       element with the largest {@code good - OTHER_WEIGHT * other} (good words count extra inside an element
 *       named like an article body). The body holds all the good words but also all the menus; a paragraph holds
 *       no menu but only a sliver of the article; the article's own {@code <div>} wins because it holds most of
 *       the good words and few of the others.</li>
 *   <li><b>Cut inside it.</b> The container may still hold more than the story, so four cuts follow, each
 *       based on how news pages are laid out rather than on any one site:
 *       <ul>
 *         <li>if the container repeats the headline, the story starts there (what comes before is teasers,
 *             polls, breadcrumbs);</li>
 *         <li>a short label that opens reader comments ("Comments (12)", "Have your say") or a copyright
 *             notice ends it, and so does the title of a list of other stories ("Related stories") once most
 *             of the prose is behind ({@link ArticleEndMarkers});</li>
 *         <li>the blocks are split into runs of prose wherever {@value #GAP_BLOCKS} or more blocks of furniture
 *             follow one another, and the run with the most prose is the story;</li>
 *         <li>inside that run, blocks under a furniture-named element and link lists are dropped, while short
 *             blocks between prose paragraphs (subheadings, one-line quotes) are kept: their neighbours vouch
 *             for them. Short complete sentences just outside the run are kept too.</li>
 *       </ul></li>
 * </ol>
 * Stateless and thread-safe.
 */
final class ContentSelector {

    /** A block with fewer words is too short to tell prose from a label by itself. */
    static final int MIN_PROSE_WORDS = 12;
    /** A block whose share of link words exceeds this is navigation, not prose. */
    static final double MAX_PROSE_LINK_DENSITY = 0.33;
    /** How much one word of non-prose costs a container, relative to one word of prose. */
    static final double OTHER_WEIGHT = 0.5;
    /** Containers named like an article body get this much extra credit for their prose. */
    static final double ARTICLE_HINT_BONUS = 1.5;
    /** This many furniture blocks in a row separate the article from other prose in the same container. */
    static final int GAP_BLOCKS = 4;
    /** Share of the container's prose that must precede a "Related stories" title for it to end the story. */
    static final double STORY_LIST_PROSE_BEFORE = 2.0 / 3;
    /** Inside the container, link density above which a block is dropped whatever its size. */
    static final double MAX_KEPT_LINK_DENSITY = 0.5;

    /**
     * The article's blocks, in page order; empty when nothing on the page reads like prose.
     *
     * @param title the headline found in the metadata, or null; where the container repeats it, the article
     *              starts there, and blocks before it (teasers, polls, photo captions of other stories) are dropped
     */
    List<TextBlock> select(PageLayout page, String title) {
        List<TextBlock> blocks = page.blocks();
        boolean useHints = true;
        double[] good = new double[page.size()];
        double[] other = new double[page.size()];
        if (!tally(page, good, other, true)) {
            // Every prose block sits under a furniture-named element: the page's names mislead, ignore them.
            useHints = false;
            if (!tally(page, good, other, false)) {
                return List.of();
            }
        }
        int container = bestContainer(page, good, other);
        return filter(page, blocks, container, useHints, title);
    }

    /** Adds each block's words to its element, then sums subtrees bottom-up; false when no prose was found. */
    private static boolean tally(PageLayout page, double[] good, double[] other, boolean useHints) {
        java.util.Arrays.fill(good, 0);
        java.util.Arrays.fill(other, 0);
        boolean found = false;
        for (TextBlock b : page.blocks()) {
            if (isProse(b) && !(useHints && b.boilerplateAt() >= 0)) {
                good[b.element()] += b.words();
                found = true;
            } else {
                other[b.element()] += b.words();
            }
        }
        // Children always have larger preorder indices than their parents, so one backwards pass sums subtrees.
        for (int i = page.size() - 1; i > 0; i--) {
            int p = page.parent()[i];
            if (p >= 0) {
                good[p] += good[i];
                other[p] += other[i];
            }
        }
        return found;
    }

    static boolean isProse(TextBlock b) {
        return b.words() >= MIN_PROSE_WORDS && b.linkDensity() <= MAX_PROSE_LINK_DENSITY;
    }

    private static int bestContainer(PageLayout page, double[] good, double[] other) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < page.size(); i++) {
            if (good[i] == 0) {
                continue;
            }
            double credit = page.hints()[i] == BoilerplateHints.Hint.ARTICLE ? ARTICLE_HINT_BONUS : 1;
            double score = credit * good[i] - OTHER_WEIGHT * other[i];
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static List<TextBlock> filter(PageLayout page, List<TextBlock> blocks, int container,
                                          boolean useHints, String title) {
        List<TextBlock> inside = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (page.contains(container, b.element())) {
                inside.add(b);
            }
        }
        inside = startingAtHeadline(inside, title);
        boolean[] furniture = new boolean[inside.size()];
        for (int i = 0; i < inside.size(); i++) {
            TextBlock b = inside.get(i);
            furniture[i] = useHints && b.boilerplateAt() >= 0 && b.boilerplateAt() != container
                    && page.contains(container, b.boilerplateAt());
        }
        inside = beforeEndMarker(inside, furniture);
        int[] run = mainRun(inside, furniture);
        if (run == null) {
            return List.of();
        }
        List<TextBlock> kept = new ArrayList<>();
        for (int i = 0; i < inside.size(); i++) {
            TextBlock b = inside.get(i);
            boolean inRun = i >= run[0] && i <= run[1];
            if (!furniture[i] && b.linkDensity() <= MAX_KEPT_LINK_DENSITY && (inRun || looksLikeLooseProse(b))) {
                kept.add(b);
            }
        }
        return kept;
    }

    /**
     * The blocks before the first end-of-article line (comments label, copyright notice) that follows prose, or
     * before a "Related stories" style title once two thirds of the prose lie before it: the same titles head
     * small boxes in the middle of stories, and cutting there would lose the story's second half.
     */
    private static List<TextBlock> beforeEndMarker(List<TextBlock> blocks, boolean[] furniture) {
        int totalProse = 0;
        for (TextBlock b : blocks) {
            totalProse += isProse(b) ? b.words() : 0;
        }
        int proseBefore = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            // Labels inside furniture or made of links ("Comments (4)" in a share bar) only point elsewhere.
            boolean plain = !furniture[i] && b.linkDensity() <= MAX_KEPT_LINK_DENSITY;
            if (plain && proseBefore > 0 && ArticleEndMarkers.endsArticle(b)) {
                return blocks.subList(0, i);
            }
            if (plain && proseBefore > 0 && proseBefore >= STORY_LIST_PROSE_BEFORE * totalProse
                    && ArticleEndMarkers.opensStoryList(b)) {
                return blocks.subList(0, i);
            }
            proseBefore += isProse(b) ? b.words() : 0;
        }
        return blocks;
    }

    /**
     * The first and last index of the article's run of prose, or null when there is no prose.
     *
     * <p>Inside one container the article can sit next to other prose: a teaser of another story, a poll, a
     * "from our partners" box. What separates them is a stretch of page furniture: several blocks in a row
     * that are neither prose nor a short sentence (form labels, link lists, section titles). The blocks are cut
     * into runs at every such stretch, and the run with the most prose words is the article.
     */
    private static int[] mainRun(List<TextBlock> blocks, boolean[] furniture) {
        int[] best = null;
        int bestWords = 0;
        int runStart = -1;
        int runEnd = -1;
        int runWords = 0;
        int gap = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            boolean end = i == blocks.size();
            TextBlock b = end ? null : blocks.get(i);
            boolean prose = !end && !furniture[i] && isProse(b);
            boolean filler = end || furniture[i] || (!prose && !looksLikeLooseProse(b) && !b.isHeading());
            if (prose) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = i;
                runWords += b.words();
                gap = 0;
            } else if (filler) {
                gap++;
            }
            if ((end || gap >= GAP_BLOCKS) && runStart >= 0) {
                if (runWords > bestWords) {
                    bestWords = runWords;
                    best = new int[]{runStart, runEnd};
                }
                runStart = -1;
                runWords = 0;
            }
        }
        return best;
    }

    /**
     * The blocks from the headline on, if the container repeats the headline and prose follows it; else all.
     *
     * <p>The first repetition that is not a link counts: links with the headline's words are teasers pointing at
     * this same story from a "more news" list, usually after the article.
     */
    private static List<TextBlock> startingAtHeadline(List<TextBlock> blocks, String title) {
        if (title == null) {
            return blocks;
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.words() <= 40 && b.linkDensity() < 0.5 && MetadataReader.sameHeadline(b.text(), title)) {
                List<TextBlock> rest = blocks.subList(i, blocks.size());
                return rest.stream().anyMatch(ContentSelector::isProse) ? rest : blocks;
            }
        }
        return blocks;
    }

    /** A short block outside the prose run that still reads like a sentence of the story. */
    private static boolean looksLikeLooseProse(TextBlock b) {
        return b.words() >= 5 && b.endsLikeSentence() && b.linkDensity() == 0 && !b.isHeading();
    }
}
