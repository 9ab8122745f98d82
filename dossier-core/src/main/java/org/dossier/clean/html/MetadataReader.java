package org.dossier.clean.html;

import org.dossier.read.PublicationDates;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's title, byline, date, outlet and canonical address from its markup.
 *
 * <p>Each field has several possible sources, tried from the most deliberate (tags written for machines: Open
 * Graph, JSON-LD, Dublin Core) to the most incidental (visible headings, "By ..." lines). The first source that
 * gives a usable value wins.
 *
 * <p>The title needs one extra step: the {@code <title>} element usually carries the site's name
 * ("Bridge reopens after repairs | Harbour Gazette"), while the visible {@code <h1>} may be a section label.
 * So a heading whose text is part of the {@code <title>} is the best headline; failing that the title is cut at
 * its separators and the longest piece is kept.
 *
 * <p>Stateless apart from immutable helpers; thread-safe.
 */
final class MetadataReader {

    /** Separators between a headline and a site name in {@code <title>} elements. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014\u00BB:\\-]|::|-{2})\\s+");
    /** "By Maria Ortega", "BY MARIA ORTEGA and Tom Lee, Staff Writers". */
    private static final Pattern BY_LINE = Pattern.compile("^\\s*by[:\\s]+(.{3,80}?)\\s*$", Pattern.CASE_INSENSITIVE);
    /** Where the names in a byline end and a date, role or credit begins. */
    private static final Pattern BYLINE_END = Pattern.compile(
            "\\s+[|\u2013\u2014-]\\s|,?\\s*\\b(?:published|updated|posted|last updated|photo|photos)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A byline longer than this is a sentence that happens to start with "By". */
    private static final int MAX_BYLINE_WORDS = 12;

    /** Meta names (lower case) that carry the publication date, tried in this order. Update dates are left out. */
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
            "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date",
            "parsely-pub-date", "article.published", "originalpublicationdate", "displaydate");

    private final JsonLdReader jsonLd = new JsonLdReader();

    /** Reads the metadata of {@code doc}; {@code doc} is not changed. */
    PageMetadata read(Document doc) {
        Map<String, String> meta = metaTags(doc);
        JsonNode article = jsonLd.article(doc);
        String outlet = firstNonNull(meta.get("og:site_name"),
                article == null ? null : JsonLdReader.name(article.get("publisher")));
        return new PageMetadata(title(doc, meta, article, outlet), byline(doc, meta, article),
                published(doc, meta, article), outlet, url(doc, meta));
    }

    private static String title(Document doc, Map<String, String> meta, JsonNode article, String outlet) {
        String declared = firstNonNull(meta.get("og:title"), meta.get("twitter:title"),
                JsonLdReader.text(article, "headline"));
        // Not doc.title(): that looks in <head> only, and broken pages leave their <title> in the body.
        Element titleTag = doc.selectFirst("title");
        String titleElement = titleTag == null ? null : clean(titleTag.text());
        String reference = declared != null ? declared : titleElement;
        if (reference != null) {
            String heading = headingWithin(doc, reference);
            if (heading != null) {
                // A heading that copies the whole <title> ("Star | Sports | Headline") still needs its site cut.
                return squash(heading).equals(squash(reference)) ? stripSiteName(heading, outlet) : heading;
            }
        }
        if (declared != null) {
            return stripSiteName(declared, outlet);
        }
        // Without a declared title, the <title> element beats an unrelated <h1>: on older pages the <h1> is
        // often a section label ("Other News in Science") while <title> always names the page.
        String fromTitle = titleElement == null ? null : stripSiteName(titleElement, outlet);
        if (fromTitle != null && fromTitle.split(" ").length >= 3) {
            return fromTitle;
        }
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : clean(h1.text());
        return h1Text != null ? h1Text : fromTitle;
    }

    /** The longest visible heading whose text is part of {@code reference}, if any has three words or more. */
    private static String headingWithin(Document doc, String reference) {
        String ref = squash(reference);
        String best = null;
        for (Element h : doc.select("h1, h2, h3, [class*=headline], [class*=title], [itemprop=headline]")) {
            String text = clean(h.text());
            if (text == null || text.length() > 300 || text.split(" ").length < 3) {
                continue;
            }
            if (ref.contains(squash(text)) && (best == null || text.length() > best.length())) {
                best = text;
            }
        }
        return best;
    }

    /**
     * Cuts "Headline | Site" down to "Headline": drops the piece naming the outlet when it is known, else keeps
     * the longest piece, provided it still reads like a headline (three words or more).
     */
    static String stripSiteName(String title, String outlet) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String longest = null;
        for (String p : parts) {
            boolean namesOutlet = outlet != null && squash(p).equals(squash(outlet));
            if (!namesOutlet && (longest == null || p.length() > longest.length())) {
                longest = p;
            }
        }
        // A headline cut at a colon ("Budget: what changes") is still the headline; only drop short site names.
        return longest != null && longest.split(" ").length >= 3 ? longest.strip() : title;
    }

    private static String byline(Document doc, Map<String, String> meta, JsonNode article) {
        String fromMeta = firstNonNull(meta.get("author"), meta.get("article:author"), meta.get("dc.creator"),
                meta.get("sailthru.author"), meta.get("byl"));
        if (fromMeta != null && !fromMeta.startsWith("http") && cleanByline(fromMeta) != null) {
            return cleanByline(fromMeta);
        }
        String fromJson = article == null ? null : JsonLdReader.name(article.get("author"));
        if (fromJson != null && cleanByline(fromJson) != null) {
            return cleanByline(fromJson);
        }
        for (Element el : doc.select("[itemprop=author], a[rel=author], [class*=byline], [class*=author]")) {
            Element name = el.selectFirst("[itemprop=name]");
            String text = clean(name != null ? name.text() : el.hasAttr("content") ? el.attr("content") : el.text());
            String byline = text == null || text.length() > 200 ? null : cleanByline(text);
            if (byline != null) {
                return byline;
            }
        }
        return null;
    }

    /**
     * The names in a byline, or null when none are left: "By Ana Silva | Updated 5 May 2021" becomes "Ana Silva",
     * while "5 days ago" or "Dec 16, 2007 18:22" (dates sitting in author-classed elements) are rejected.
     */
    static String cleanByline(String raw) {
        String s = stripBy(raw.strip());
        Matcher cut = BYLINE_END.matcher(s);
        if (cut.find()) {
            s = s.substring(0, cut.start());
        }
        s = stripBy(s.replaceAll("[\\s,;:|\\-]+$", "").strip());
        boolean hasLetters = s.codePoints().filter(Character::isLetter).count() >= 2;
        boolean hasDigits = s.codePoints().anyMatch(Character::isDigit);
        int words = s.isEmpty() ? 0 : s.split(" ").length;
        return hasLetters && !hasDigits && words <= MAX_BYLINE_WORDS ? s : null;
    }

    private LocalDate published(Document doc, Map<String, String> meta, JsonNode article) {
        for (String name : DATE_META) {
            LocalDate d = PublicationDates.parse(meta.get(name));
            if (d != null) {
                return d;
            }
        }
        if (article != null) {
            LocalDate d = PublicationDates.parse(JsonLdReader.text(article, "datePublished"));
            if (d != null) {
                return d;
            }
        }
        for (Element el : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            String value = el.hasAttr("datetime") ? el.attr("datetime")
                    : el.hasAttr("content") ? el.attr("content") : el.text();
            LocalDate d = PublicationDates.parse(value);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String url(Document doc, Map<String, String> meta) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            String abs = canonical.absUrl("href");
            return abs.isEmpty() ? clean(canonical.attr("href")) : abs;
        }
        return meta.get("og:url");
    }

    /**
     * Every {@code <meta>} tag's content, keyed by its lower-cased property, name, itemprop or http-equiv; the
     * first tag wins when a key repeats. Read once per page, so each lookup is a map access.
     */
    static Map<String, String> metaTags(Document doc) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = clean(m.attr("content"));
            if (content == null) {
                continue;
            }
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    tags.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return tags;
    }

    private static String stripBy(String s) {
        String name = bylineName(s);
        return name != null ? name : s;
    }

    /**
     * The names in a visible "By ..." line, or null when {@code line} is not one. Used both for the byline
     * fallback and to keep the byline out of the article text.
     */
    static String bylineName(String line) {
        Matcher m = BY_LINE.matcher(line);
        if (m.matches() && m.group(1).split(" ").length <= MAX_BYLINE_WORDS) {
            return m.group(1).strip();
        }
        return null;
    }

    /** Whitespace collapsed and trimmed; null when nothing is left. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** Only the lower-cased letters and digits: "Saj's  Bollywood" and "sajs bollywood" look the same. */
    static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether two texts are the same headline, allowing for punctuation, case and a site name or section added
     * to one of them: the shorter must lie inside the longer and make up most of it.
     */
    static boolean sameHeadline(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = squash(a);
        String y = squash(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return !shorter.isEmpty() && longer.contains(shorter) && shorter.length() >= 0.6 * longer.length();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
