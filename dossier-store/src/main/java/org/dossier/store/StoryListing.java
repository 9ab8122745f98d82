package org.dossier.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Builds story listings from one point-in-time view of the index.
 *
 * <p>The labels in the index are the truth about membership: they include near-duplicates (which the clusterer
 * never sees) and any later relabelling ({@link ArticleStore#assignStory}). So a listing scans the {@code story}
 * and {@code card} doc values of every article — cheap column reads — and loads whole stored articles only for
 * the members of one story. Only the headline comes from the clusterer, whose idea of the
 * most central article cannot be recomputed from the index.
 */
final class StoryListing {
    private static final Set<String> SHOWN_FIELDS = Set.of(StoreSchema.TITLE, StoreSchema.OUTLET,
            StoreSchema.PUBLISHED);

    private final IndexSearcher searcher;
    private final Map<String, String> headlines;

    /** @param headlines the clusterer's headline per story id (may be empty) */
    StoryListing(IndexSearcher searcher, Map<String, String> headlines) {
        this.searcher = searcher;
        this.headlines = headlines;
    }

    /** Every story, sorted, at most {@code limit} of them. */
    List<StoredStory> stories(StoryOrder order, int limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        Map<String, Summary> byStory = new HashMap<>();
        scan(null, (story, seq, card, leafFields, doc, docBase) -> {
            Summary summary = byStory.computeIfAbsent(story, Summary::new);
            if (card != null) {
                summary.add(seq, StoreSchema.parseCard(card));
            } else { // stored before cards existed
                org.apache.lucene.document.Document d = leafFields.document(doc, SHOWN_FIELDS);
                summary.add(seq, new String[] {d.get(StoreSchema.PUBLISHED), d.get(StoreSchema.OUTLET),
                    d.get(StoreSchema.TITLE)});
            }
        });
        List<StoredStory> all = new ArrayList<>(byStory.size());
        for (Summary s : byStory.values()) {
            all.add(s.toStory(headlines.get(s.id)));
        }
        all.sort(order.comparator().thenComparing(StoredStory::id));
        return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    /** One story and its articles in arrival order, or empty when no article carries {@code storyId}. */
    Optional<StoryMembers> story(String storyId) throws IOException {
        List<long[]> members = new ArrayList<>(); // {arrival, global doc}
        scan(storyId, (story, seq, card, leafFields, doc, docBase) -> members.add(new long[] {seq, docBase + doc}));
        if (members.isEmpty()) {
            return Optional.empty();
        }
        members.sort(Comparator.<long[]>comparingLong(m -> m[0]).thenComparingLong(m -> m[1]));
        Summary summary = new Summary(storyId);
        List<StoredArticle> articles = new ArrayList<>(members.size());
        for (long[] m : members) {
            StoredArticle a = ArticleStore.load(searcher, (int) m[1]);
            articles.add(a);
            summary.add(m[0], a);
        }
        return Optional.of(new StoryMembers(summary.toStory(headlines.get(storyId)), articles));
    }

    private interface Visitor {
        void visit(String story, long seq, String card, StoredFields fields, int leafDoc, int docBase)
                throws IOException;
    }

    /** Visits every live labelled article (only those of {@code only} when it is not null). */
    private void scan(String only, Visitor visitor) throws IOException {
        BytesRef wanted = only == null ? null : new BytesRef(only);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            BinaryDocValues stories = reader.getBinaryDocValues(StoreSchema.STORY);
            if (stories == null) {
                continue;
            }
            NumericDocValues seqs = reader.getNumericDocValues(StoreSchema.SEQ);
            BinaryDocValues cards = reader.getBinaryDocValues(StoreSchema.CARD);
            Bits live = reader.getLiveDocs();
            StoredFields fields = reader.storedFields();
            for (int doc = stories.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = stories.nextDoc()) {
                BytesRef value = stories.binaryValue();
                if (value.length == 0 || (live != null && !live.get(doc))
                        || (wanted != null && !wanted.bytesEquals(value))) {
                    continue;
                }
                long seq = seqs != null && seqs.advanceExact(doc) ? seqs.longValue() : 0;
                String card = cards != null && cards.advanceExact(doc) ? cards.binaryValue().utf8ToString() : null;
                visitor.visit(value.utf8ToString(), seq, card, fields, doc, leaf.docBase);
            }
        }
    }

    /** Running totals of one story while the index is scanned (members arrive in index order, not arrival order). */
    private static final class Summary {
        private final String id;
        private final List<Member> members = new ArrayList<>();

        Summary(String id) {
            this.id = id;
        }

        private record Member(long seq, String title, String outlet, LocalDate published) {
        }

        /** @param card day, outlet, title (each may be null) */
        void add(long seq, String[] card) {
            members.add(new Member(seq, card[2], card[1], card[0] == null ? null : LocalDate.parse(card[0])));
        }

        void add(long seq, StoredArticle a) {
            members.add(new Member(seq, a.article().title(), a.article().outlet(), a.article().published()));
        }

        StoredStory toStory(String clustererHeadline) {
            members.sort(Comparator.comparingLong(Member::seq));
            Set<String> sources = new LinkedHashSet<>();
            LocalDate first = null;
            LocalDate last = null;
            String firstTitle = null;
            for (Member m : members) {
                if (m.outlet() != null && !m.outlet().isBlank()) {
                    sources.add(m.outlet());
                }
                if (m.published() != null) {
                    first = first == null || m.published().isBefore(first) ? m.published() : first;
                    last = last == null || m.published().isAfter(last) ? m.published() : last;
                }
                if (firstTitle == null && m.title() != null && !m.title().isBlank()) {
                    firstTitle = m.title();
                }
            }
            String headline = clustererHeadline != null ? clustererHeadline : firstTitle;
            return new StoredStory(id, members.size(), List.copyOf(sources), first, last, headline,
                    members.get(members.size() - 1).seq());
        }
    }
}
