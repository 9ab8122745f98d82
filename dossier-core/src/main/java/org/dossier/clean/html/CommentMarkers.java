package org.dossier.clean.html;

import java.util.regex.Pattern;

/**
 * Recognises the short label that opens a reader-comment section: "Comments (12)", "Have your say",
 * "Comments are closed for this story", "Leave a reply".
 *
 * <p>Comment sections are prose too, and on many pages they share the article's container without any telling
 * class name. Their heading is the most reliable clue, so the selector stops at the first such label that follows
 * article prose.
 */
final class CommentMarkers {

    /** A label is short; a sentence mentioning comments inside the story is not a label. */
    private static final int MAX_LABEL_WORDS = 12;

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

    private CommentMarkers() {
    }

    /** Whether {@code block} is the label that opens a comment section. */
    static boolean startsComments(TextBlock block) {
        return block.words() <= MAX_LABEL_WORDS && LABEL.matcher(block.text()).matches();
    }
}
