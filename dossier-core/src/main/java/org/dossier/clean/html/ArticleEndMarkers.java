package org.dossier.clean.html;

import java.util.regex.Pattern;

/**
 * Recognises the short lines after which a news page's article is over: the label that opens reader comments
 * ("Comments (12)", "Have your say", "Comments are closed for this story", "Posted by: Sam on 5:19pm") and the
 * copyright line ("© 2008 Gazette Media. All rights reserved.").
 *
 * <p>Comment sections are prose too, and on many pages they share the article's container without any telling
 * class name. Their opening label is the most reliable clue, so the selector stops at the first such line that
 * follows article prose.
 */
final class ArticleEndMarkers {

    /** A label is short; a sentence mentioning comments inside the story is not a label. */
    private static final int MAX_LABEL_WORDS = 16;
    /** Copyright notices run longer than labels but are still far from a paragraph of news. */
    private static final int MAX_COPYRIGHT_WORDS = 30;

    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\d+\\s+)?(?:reader|readers'?|user|your)?\\s*(?:comments?|views|responses|reactions|discussion)"
                    + "\\s*(?:\\(\\d+\\)|:)?\\s*$"
                    + "|^(?:\\d+\\s+)?(?:reader|user)\\s+(?:comments?|views|responses)\\b.*"
                    + "|.*\\b(?:comments?|feedback) (?:are|is) (?:now )?closed\\b.*"
                    + "|^(?:add|post|leave|write|submit) (?:a|your) (?:comment|reply|view|response)\\b.*"
                    + "|^have your say\\b.*"
                    + "|^posted by:? .{1,60}\\b(?:on|at)\\b.*"
                    + "|^(?:join|start) the (?:conversation|discussion)\\b.*"
                    + "|^(?:show|view|read) (?:all )?\\d*\\s*comments?\\b.*",
            Pattern.CASE_INSENSITIVE);

    /**
     * "© 2008 Gazette. All rights reserved.", "Copyright AP. May not be republished." The legal wording is
     * required: a bare "© 2008 Site" or "© AP Photo" is a credit, and credits also sit above or inside stories.
     */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:\u00A9|\\(c\\)|copyright\\b).*\\b(?:rights|reserved|reproduc\\w*|permission|"
                    + "republish\\w*|redistribut\\w*)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** A section title is a few words at most. */
    private static final int MAX_SECTION_WORDS = 6;

    /**
     * Titles of the link-and-teaser lists that follow many stories: "Related stories", "More news",
     * "Canada Headlines", "Most popular", "See also". Such lists also appear inside a story as a side box, so
     * the selector only trusts them when most of the prose lies before them (see {@link ContentSelector}).
     */
    private static final Pattern SECTION = Pattern.compile(
            "^(?:related|more|other|latest|top|recent|further)\\s+(?:\\w+\\s+)?(?:stories|news|articles|headlines|links"
                    + "|coverage|reading|videos)\\b.*"
                    + "|^[\\w.' ]{0,30}\\bheadlines:?$"
                    + "|^(?:see also|you may also like|recommended(?: for you)?|most (?:popular|read|viewed|emailed)"
                    + "|also in [\\w ]+|more from [\\w .']+)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private ArticleEndMarkers() {
    }

    /** Whether {@code block} titles a list of other stories ("Related stories", "More headlines"). */
    static boolean opensStoryList(TextBlock block) {
        return block.words() <= MAX_SECTION_WORDS && SECTION.matcher(block.text()).matches();
    }

    /** Whether {@code block} is a line after which the article is over. */
    static boolean endsArticle(TextBlock block) {
        return block.words() <= MAX_LABEL_WORDS && LABEL.matcher(block.text()).matches()
                || block.words() <= MAX_COPYRIGHT_WORDS && COPYRIGHT.matcher(block.text()).matches();
    }
}
