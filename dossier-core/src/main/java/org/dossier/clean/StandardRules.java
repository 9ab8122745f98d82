package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The default chain of furniture rules for scraped English news pages, in the order they are asked.
 *
 * <p>Content rules come first (known labels, patterns for credits, bios and prompts, bylines, breadcrumbs,
 * captions, the repeated headline), then the context rule for related headlines, and last the position rules that
 * catch whatever else is not a sentence above, inside or below the body. The phrase lists hold generic labels
 * seen across news sites, never text from one particular page.
 */
public final class StandardRules {
    private StandardRules() {
    }

    /** Rules that recognise a line by what it says; also used to check whether a title line is a real title. */
    public static List<LineRule> contentRules() {
        List<LineRule> rules = new ArrayList<>();
        rules.add(new WidgetLabelRule());
        rules.add(new LinkListRule());
        rules.add(new PhraseRule("phrase:navigation", Furniture.NAVIGATION, List.of(
                "accessibility links", "skip to content", "skip to main content", "skip to navigation",
                "breaking news", "home", "homepage", "menu", "main menu", "search", "navigation",
                "toggle navigation", "sections", "latest", "latest news", "trending", "trending now", "live",
                "subscribe", "subscribe now", "sign in", "log in", "login", "register", "sign up", "advertisement",
                "advertising", "sponsored", "sponsored content", "ad", "close", "back to top", "more", "news",
                "world", "politics", "business", "sport", "sports", "opinion", "tech", "technology",
                "entertainment", "health", "science", "lifestyle", "travel", "weather", "europe", "asia",
                "middle east", "africa", "americas", "world news", "us news", "uk news", "print edition",
                "today's paper", "cookie policy", "privacy policy", "terms of use", "contact us", "about us",
                "topics", "tags", "filed under")));
        rules.add(new PhraseRule("phrase:media", Furniture.MEDIA, List.of(
                "please wait", "no media source currently available", "loading", "loading video", "now playing",
                "play", "pause", "replay", "watch", "watch video", "watch live", "video", "videos", "embed",
                "share video", "download", "listen", "listen to this article", "audio", "play video",
                "click to play", "click to enlarge", "enlarge this image", "toggle caption", "hide caption",
                "image", "photo", "photos", "gallery", "view gallery", "photo gallery", "in pictures",
                "this video is not available", "your browser does not support the video tag",
                "media playback is unsupported on your device", "javascript is required")));
        rules.add(new PhraseRule("phrase:related", Furniture.RELATED, List.of(
                "watch related report", "related report", "related", "related video", "related articles",
                "related stories", "related content", "related coverage", "related topics", "related news",
                "see also", "read more", "read also", "also read", "more on this story", "more from",
                "more stories", "more news", "you may also like", "you might also like", "recommended",
                "recommended for you", "most popular", "most read", "most viewed", "editor's picks",
                "editors picks", "top stories", "story stream", "recent articles", "latest articles",
                "what to read next", "further reading", "more coverage", "up next", "next story",
                "previous story", "next article", "previous article")));
        rules.add(new PhraseRule("phrase:timestamp", Furniture.TIMESTAMP, List.of(
                "updated on", "updated", "published", "last updated", "posted on", "first published")));
        rules.add(new MediaTimecodeRule());
        rules.add(new PatternRule("pattern:comments", Furniture.COMMENTS,
                "^leave a (reply|comment)|^(required )?fields marked( with)? (\\*|an asterisk) are required"
                        + "|your e-?mail( address)? (will not|won't|will never) be (published|shown|displayed|made public)"
                        + "|^required fields are marked"
                        + "|bloggers like this|^(\\d+\\s+)?comments?(\\s*\\(\\d+\\))?$"
                        + "|^(show|view|hide|load|read|post|add|see) (all |the )?(\\d+ )?comments"
                        + "|^be the first to (comment|like)|^join the (conversation|discussion|debate)"
                        + "|^like this:?$|^like loading|^cancel reply|^notify me of"
                        + "|comments are (closed|moderated)|must be logged in to post a comment", 16));
        rules.add(new PatternRule("pattern:credit", Furniture.CREDIT,
                "^[\\s\u2014\u2013-]*with (additional )?(assistance|reporting|contributions?) (by|from)\\b"
                        + "|\\bcontributed( reporting)? to this (report|story|article)"
                        + "|^\\(\\s*(updates?|adds|recasts|corrects|rewrites|changes)\\b.*\\)\\.?$"
                        + "|^\\(?\\s*(additional )?reporting by\\b"
                        + "|^\\(?\\s*(editing|edited|writing|compiled|translated) by\\b", 40));
        rules.add(new PatternRule("pattern:author-bio", Furniture.AUTHOR_BIO,
                "\\bcan be reached at\\b"
                        + "|\\bfollow (him|her|them|me|us) on (twitter|x|facebook|instagram|threads|bluesky)\\b"
                        + "|^(e-?mail|contact) (him|her|them|the author|the writer)\\b"
                        + "|^you can (follow|reach|email|e-mail) (him|her|them)\\b", 60));
        rules.add(new PatternRule("pattern:author-bio", Furniture.AUTHOR_BIO, java.util.regex.Pattern.compile(
                "^\\(?\\p{Lu}[\\p{L}.'\u2019-]+(\\s\\p{Lu}[\\p{L}.'\u2019-]+){1,3}\\s(covers [^.]{1,60} for \\p{Lu}"
                        + "|writes (for|about) [^.]{1,60}\\.?\\)?$"
                        + "|is an? [\\p{L} -]{0,40}(reporter|correspondent|writer|editor|columnist|contributor"
                        + "|producer|analyst)\\b)"), 40));
        rules.add(new PatternRule("pattern:timestamp", Furniture.TIMESTAMP,
                "^(last )?(updated|published|posted|first published|modified)(\\s+(on|at))?\\s*(:|$|\\d"
                        + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", 12));
        rules.add(new PatternRule("pattern:related", Furniture.RELATED,
                "^(related|recommended|more|also read|read also|see also|read more|watch|listen)\\s*:"
                        + "|^(watch|see|read|listen to)( the)? (related|full|more)\\b[^.!?]{0,40}$", 20));
        rules.add(new PatternRule("pattern:promotion", Furniture.PROMOTION,
                "\\b(sign up|subscribe|register)\\b[^.!?]{0,80}\\bnewsletters?\\b"
                        + "|\\bnewsletters?\\b[^!?]{0,120}\\b(sign up|subscribe|in your inbox|inbox)\\b"
                        + "|^(subscribe|sign up) (now|today|here)\\b|^download (our|the) app\\b", 35));
        rules.add(new PatternRule("pattern:copyright", Furniture.FOOTER,
                "^(\u00A9|\\(c\\)\\s|copyright\\s)|all rights reserved", 30));
        rules.add(new BylineRule());
        rules.add(new BreadcrumbRule());
        rules.add(new CaptionRule());
        return rules;
    }

    /** The whole default chain: content rules, then the repeated headline, context and position rules. */
    public static List<LineRule> all() {
        List<LineRule> rules = new ArrayList<>(contentRules());
        rules.add(new DuplicateTitleRule());
        rules.add(new RelatedHeadlineRule());
        rules.add(new PositionRules.Teaser());
        rules.add(new PositionRules.Header());
        rules.add(new PositionRules.Footer());
        rules.add(new PositionRules.Subheading());
        return rules;
    }
}
