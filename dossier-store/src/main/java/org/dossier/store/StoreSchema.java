package org.dossier.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.Article;

/**
 * How an article maps to a Lucene document: one place for the field names and how each is indexed.
 *
 * <ul>
 *   <li>{@code id}, {@code key}: exact-match terms, stored (the id) — lookups and idempotency;</li>
 *   <li>{@code title}, {@code text}: analysed with {@link EnglishAnalyzer} (lower case, stop words, Porter stems)
 *       and stored, for BM25 search and snippets;</li>
 *   <li>{@code source}: exact terms for the outlet (lower-cased) and the URL's host, for {@code --source};</li>
 *   <li>{@code day}: the publication day as a point, for date ranges;</li>
 *   <li>{@code lsh}: the MinHash band keys, not stored, for near-duplicate candidates;</li>
 *   <li>{@code story}: binary doc values, because only doc values can be changed without rewriting the
 *       document ({@link ArticleStore#assignStory});</li>
 *   <li>{@code seq}: numeric doc values, the article's arrival number in this store (1, 2, ...), so that the
 *       story clusterer can be replayed in arrival order whatever Lucene's merges did to the index order;</li>
 *   <li>{@code card}: binary doc values holding publication day, outlet and title, which story listings read
 *       for every article: stored fields are compressed in blocks together with the text, so reading three small
 *       fields from them costs as much as decompressing the whole article;</li>
 *   <li>everything else is stored only.</li>
 * </ul>
 */
final class StoreSchema {
    static final String ID = "id";
    static final String KEY = "key";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    static final String SOURCE = "source";
    static final String BYLINE = "byline";
    static final String PUBLISHED = "published";
    static final String DAY = "day";
    static final String URL = "url";
    static final String ORIGIN = "origin";
    static final String INPUT_ID = "input_id";
    static final String HASH = "hash";
    static final String DUPLICATE_OF = "duplicate_of";
    static final String LSH = "lsh";
    static final String STORY = "story";
    static final String SEQ = "seq";
    static final String CARD = "card";
    static final String HEADER = "header";
    static final String PROFILE = "profile";
    /** Separates the parts of a {@code card} value; a control character that titles and outlets do not contain. */
    private static final char CARD_SEPARATOR = '\u001f';

    private StoreSchema() {
    }

    /** English analysis for the text fields; the others are indexed as exact terms and never analysed. */
    static Analyzer analyzer() {
        EnglishAnalyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(english, Map.of(TITLE, english, TEXT, english));
    }

    static Document toDocument(StoredArticle stored, Fingerprint fingerprint, long seq) {
        Article a = stored.article();
        Document doc = new Document();
        doc.add(new NumericDocValuesField(SEQ, seq));
        doc.add(new BinaryDocValuesField(PROFILE, new BytesRef(Shingles.encode(fingerprint.shingles()))));
        doc.add(new BinaryDocValuesField(CARD, new BytesRef(card(a))));
        doc.add(new StringField(ID, stored.id(), Field.Store.YES));
        doc.add(new StringField(KEY, fingerprint.key(), Field.Store.NO));
        doc.add(new TextField(TEXT, a.text(), Field.Store.YES));
        doc.add(new StoredField(HASH, stored.contentHash()));
        doc.add(new StoredField(INPUT_ID, a.id()));
        if (a.title() != null) {
            doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
        }
        if (a.outlet() != null) {
            doc.add(new StoredField(OUTLET, a.outlet()));
            doc.add(new StringField(SOURCE, sourceTerm(a.outlet()), Field.Store.NO));
        }
        String host = host(a.url());
        if (host != null) {
            doc.add(new StringField(SOURCE, host, Field.Store.NO));
        }
        if (a.byline() != null) {
            doc.add(new StoredField(BYLINE, a.byline()));
        }
        if (a.published() != null) {
            doc.add(new StoredField(PUBLISHED, a.published().toString()));
            doc.add(new LongPoint(DAY, a.published().toEpochDay()));
        }
        if (a.url() != null) {
            doc.add(new StoredField(URL, a.url()));
        }
        if (a.origin() != null) {
            doc.add(new StoredField(ORIGIN, a.origin()));
        }
        if (stored.duplicateOf() != null) {
            doc.add(new StringField(DUPLICATE_OF, stored.duplicateOf(), Field.Store.YES));
        }
        if (stored.header() != null) {
            doc.add(new StoredField(HEADER, stored.header()));
        }
        for (String band : fingerprint.bandKeys()) {
            doc.add(new StringField(LSH, band, Field.Store.NO));
        }
        doc.add(new BinaryDocValuesField(STORY, storyBytes(stored.story())));
        return doc;
    }

    /** Rebuilds the stored article from a document's stored fields and its story doc value. */
    static StoredArticle fromDocument(Document doc, String story) {
        String published = doc.get(PUBLISHED);
        Article article = Article.builder(doc.get(INPUT_ID), doc.get(TEXT))
                .title(doc.get(TITLE))
                .outlet(doc.get(OUTLET))
                .byline(doc.get(BYLINE))
                .published(published == null ? null : LocalDate.parse(published))
                .url(doc.get(URL))
                .origin(doc.get(ORIGIN))
                .build();
        return new StoredArticle(doc.get(ID), article, doc.get(HASH), doc.get(DUPLICATE_OF), story, doc.get(HEADER));
    }

    /** Day, outlet and title in one string for the {@code card} doc value (empty parts for missing ones). */
    static String card(Article a) {
        return (a.published() == null ? "" : a.published().toString()) + CARD_SEPARATOR
                + clean(a.outlet()) + CARD_SEPARATOR + clean(a.title());
    }

    /** The {@link #card} parts: [day or null, outlet or null, title or null]. */
    static String[] parseCard(String card) {
        String[] parts = card.split(String.valueOf(CARD_SEPARATOR), -1);
        String[] out = new String[3];
        for (int i = 0; i < 3 && i < parts.length; i++) {
            out[i] = parts[i].isEmpty() ? null : parts[i];
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(CARD_SEPARATOR, ' ');
    }

    /** How an outlet name or host is matched by {@code --source}: lower case, trimmed, without {@code www.}. */
    static String sourceTerm(String source) {
        String s = source.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    static BytesRef storyBytes(String story) {
        return story == null ? new BytesRef() : new BytesRef(story);
    }

    private static String host(String url) {
        String normal = ArticleKeys.normaliseUrl(url);
        if (normal == null) {
            return null;
        }
        int end = normal.indexOf('/');
        String host = end < 0 ? normal : normal.substring(0, end);
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
