package org.dossier.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * One search over a searcher: parse, filter, rank with BM25 (Lucene's default similarity), group, add snippets.
 *
 * <p>The query text goes through Lucene's simple query parser, which never fails on user input (a stray quote or
 * bracket is taken literally) and supports phrases, {@code |} (or) and {@code -} (not). Every word is required,
 * as in web search; BM25 then ranks by how often and how prominently the words occur, rarer words weighing more. A title match counts twice a text
 * match, because a headline names what the article is about. Grouping needs more hits than groups, so the search
 * takes {@value #HITS_PER_GROUP} hits per requested group and keeps the first groups they form.
 */
final class StoreSearch {
    private static final int HITS_PER_GROUP = 10;
    private static final int MIN_HITS = 50;
    private static final int SNIPPET_PASSAGES = 2;
    private static final int OPENING_CHARS = 200;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    StoreSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    SearchResults search(SearchQuery query) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(StoreSchema.TITLE, 2f, StoreSchema.TEXT, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query text = parser.parse(query.text());
        if (text == null) {
            return new SearchResults(0, List.of()); // only stop words
        }
        Query filtered = withFilters(text, query);
        TopDocs top = searcher.search(filtered, Math.max(MIN_HITS, query.limit() * HITS_PER_GROUP));
        Map<String, List<ScoreDoc>> groups = new LinkedHashMap<>();
        Map<Integer, StoredArticle> articles = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            StoredArticle article = ArticleStore.load(searcher, hit.doc);
            String key = article.groupKey();
            if (!groups.containsKey(key) && groups.size() == query.limit()) {
                continue;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
            articles.put(hit.doc, article);
        }
        Map<Integer, String> snippets = snippets(text, articles.keySet());
        List<StoryGroup> result = new ArrayList<>();
        for (List<ScoreDoc> members : groups.values()) {
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc hit : members) {
                StoredArticle article = articles.get(hit.doc);
                hits.add(new SearchHit(article, hit.score, snippets.getOrDefault(hit.doc, opening(article))));
            }
            result.add(new StoryGroup(hits.get(0).article().story(), hits));
        }
        long matched = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                : searcher.count(filtered);
        return new SearchResults(matched, result);
    }

    private static Query withFilters(Query text, SearchQuery query) {
        if (query.from() == null && query.to() == null && query.source() == null) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(StoreSchema.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        if (query.source() != null) {
            b.add(new TermQuery(new Term(StoreSchema.SOURCE, StoreSchema.sourceTerm(query.source()))),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Best passages of the text field per document; documents whose text did not match are left out. */
    private Map<Integer, String> snippets(Query query, Iterable<Integer> docs) throws IOException {
        List<ScoreDoc> list = new ArrayList<>();
        docs.forEach(d -> list.add(new ScoreDoc(d, 0)));
        Map<Integer, String> out = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return out;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .build();
        TopDocs subset = new TopDocs(new TotalHits(list.size(), TotalHits.Relation.EQUAL_TO),
                list.toArray(new ScoreDoc[0]));
        String[] passages = highlighter.highlight(StoreSchema.TEXT, query, subset, SNIPPET_PASSAGES);
        for (int i = 0; i < passages.length; i++) {
            if (passages[i] != null && passages[i].indexOf('[') >= 0) {
                out.put(list.get(i).doc, passages[i].replaceAll("\\s+", " ").strip());
            }
        }
        return out;
    }

    private static String opening(StoredArticle article) {
        String text = article.article().text().replaceAll("\\s+", " ").strip();
        if (text.length() <= OPENING_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', OPENING_CHARS);
        return text.substring(0, cut > 0 ? cut : OPENING_CHARS) + " …";
    }
}
