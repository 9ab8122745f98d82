package org.dossier.clean.html;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an element's own markup says about the text inside it, before any text is measured.
 *
 * <p>Page templates name their parts: {@code <div id="comments">}, {@code class="share-tools"},
 * {@code <nav>}, {@code itemprop="articleBody"}. Those names are a strong signal, but a noisy one, so the extractor
 * uses them as hints that shift its decisions rather than as verdicts (a page whose {@code <body>} has class
 * {@code "comments-open"} must still yield its article).
 *
 * <p>Short words ("ad", "nav") are matched as whole words of the class or id ("top-ad", "navBar"), because as
 * substrings they hide inside innocent names ("header", "canvas"); longer words are matched anywhere
 * ("leftsidebar", "commentlist").
 */
final class BoilerplateHints {

    /** The verdict for one element. */
    enum Hint { NONE, BOILERPLATE, ARTICLE }

    /** Elements that by their tag alone hold page furniture. */
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "menu",
            "figcaption", "address");

    /** Matched anywhere inside a lower-cased class or id: parts of a page that are never the article. */
    private static final List<String> BOILERPLATE_SUBSTRINGS = List.of("comment", "sidebar", "footer", "related",
            "promo", "sponsor", "advert", "breadcrumb", "newsletter", "subscribe", "masthead", "pagination",
            "caption", "byline", "dateline", "toolbar", "navigation", "menu", "login", "signup", "disqus",
            "outbrain", "taboola", "cookie", "mostread", "most-read", "most_read", "recommend", "morestories",
            "more-stories", "topstories", "tagcloud", "taglist", "skyscraper", "leaderboard", "copyright");

    /**
     * Matched anywhere, but only when the name has none of {@link #CONTENT_WORDS}: words for tools that sit
     * around an article and also name wrappers of it ({@code id="mainContentPrint"}, {@code "printReady"}).
     */
    private static final List<String> WEAK_BOILERPLATE_SUBSTRINGS = List.of("share", "sharing", "social", "print",
            "email", "tweet", "facebook", "bookmark", "rating", "widget", "banner", "credit", "keywords", "popular",
            "discuss", "reply", "respond", "register");

    /** Words that mark a name as describing the article or its wrapper. */
    private static final List<String> CONTENT_WORDS = List.of("content", "article", "story", "main", "body", "text",
            "entry", "post", "ready");

    /** Matched only as a whole word of a class or id, and like the weak words only without content words. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("ad", "ads", "adv", "nav", "tags", "tools",
            "links", "meta", "rss", "hdr", "ftr", "foot", "crumbs", "extra", "more", "aside", "nocontent", "hidden");

    /** Matched anywhere inside a lower-cased class, id or itemprop. */
    private static final List<String> ARTICLE_SUBSTRINGS = List.of("articlebody", "article-body", "article_body",
            "storybody", "story-body", "story_body", "entry-content", "entrycontent", "post-body", "postbody",
            "post-content", "postcontent", "articletext", "article-text", "article_text", "storytext",
            "story-text", "story_text", "bodytext", "body-text", "body_text", "articlecontent", "article-content",
            "article_content", "storycontent", "story-content", "story_content", "text-body", "textbody",
            "fulltext", "full-text", "newstext", "news-text", "articlecopy", "storycopy");

    /** Where a class or id splits into words: punctuation, and lower-to-upper case or letter-to-digit changes. */
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z0-9])");

    private BoilerplateHints() {
    }

    /** The hint that {@code el}'s own tag and attributes give. */
    static Hint of(Element el) {
        String tag = el.normalName();
        if (tag.equals("article") || tag.equals("main")) {
            return Hint.ARTICLE;
        }
        String rawNames = el.className() + " " + el.id() + " " + el.attr("itemprop") + " " + el.attr("role");
        String names = rawNames.toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return BOILERPLATE_TAGS.contains(tag) ? Hint.BOILERPLATE : Hint.NONE;
        }
        for (String word : ARTICLE_SUBSTRINGS) {
            if (names.contains(word)) {
                return Hint.ARTICLE;
            }
        }
        if (BOILERPLATE_TAGS.contains(tag)) {
            return Hint.BOILERPLATE;
        }
        for (String word : BOILERPLATE_SUBSTRINGS) {
            if (names.contains(word)) {
                return Hint.BOILERPLATE;
            }
        }
        if (!containsAny(names, CONTENT_WORDS)) {
            for (String word : WEAK_BOILERPLATE_SUBSTRINGS) {
                if (names.contains(word)) {
                    return Hint.BOILERPLATE;
                }
            }
            // Split "top-ad", "nav_1" and "navBar" into words before comparing whole words.
            for (String word : WORD_BREAK.split(rawNames)) {
                if (BOILERPLATE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    return Hint.BOILERPLATE;
                }
            }
        }
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")) {
            return Hint.BOILERPLATE;
        }
        return Hint.NONE;
    }

    private static boolean containsAny(String names, List<String> words) {
        for (String word : words) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
