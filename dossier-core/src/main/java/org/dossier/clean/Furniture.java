package org.dossier.clean;

import java.util.Locale;

/**
 * The kinds of page furniture the cleaner recognises: text a scraped news page carries that is not part of the
 * article. The kind says why a line was dropped, which makes the cleaner's decisions reviewable line by line.
 */
public enum Furniture {
    /** Site navigation: menus, "Accessibility links", "Breaking News", breadcrumbs ("Home | World | ..."). */
    NAVIGATION,
    /** Video and audio player residue: "please wait", time codes such as "0:00 0:02:42 0:00". */
    MEDIA,
    /** Pointers to other stories: "Watch related report" and the headline after it, "Story Stream", "Read more". */
    RELATED,
    /** Share widgets: "Share Tweet Email", "Facebook Twitter". */
    SHARE,
    /** The comment section and its prompts: "Leave a Reply", "Show comments", "bloggers like this". */
    COMMENTS,
    /** Reporting credits: "X contributed to this report", "With assistance by ...", "(Updates with ...)". */
    CREDIT,
    /** A note about the author: "X covers the White House for Y. She can be reached at ...". */
    AUTHOR_BIO,
    /** An author line: "By Jane Roe", "Metro Desk". */
    BYLINE,
    /** Time stamps that are not sentences: "Updated on", "Published 9:41 AM". */
    TIMESTAMP,
    /** A photo caption or photo credit. */
    CAPTION,
    /** Promotions for the outlet itself: newsletter sign-ups, subscription offers, app downloads. */
    PROMOTION,
    /** The headline repeated inside the page. */
    DUPLICATE_TITLE,
    /** A section heading inside the body: a short line that is not a sentence. */
    SUBHEADING,
    /** Bulleted summary points at the top of the page, before the article starts. */
    TEASER,
    /** Any other line above the article that is not a sentence (kickers, deks without a stop, labels). */
    HEADER,
    /** Any other line below the article that is not a sentence. */
    FOOTER;

    /** The label used in reports and in the hand-labelled gate files, e.g. {@code duplicate-title}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with the given {@link #label()}. */
    public static Furniture fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
