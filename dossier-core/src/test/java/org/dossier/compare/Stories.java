package org.dossier.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.group.events.StoryEvent;
import org.dossier.group.events.StoryEvents;
import org.dossier.group.events.Timeline;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;

/** Small analysed stories written for these tests (fictional towns, people and outlets). */
final class Stories {
    private Stories() {
    }

    /** One analysed article per text, indexed in order, no publication dates. */
    static List<AnalysedArticle> of(String... texts) {
        LocalDate[] none = new LocalDate[texts.length];
        return dated(none, texts);
    }

    /** One analysed article per text, published on the matching day. */
    static List<AnalysedArticle> dated(LocalDate[] published, String... texts) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Article a = Article.builder("a" + i, texts[i]).published(published[i]).build();
            out.add(new AnalysedArticle(i, a, splitter.split(i, texts[i])));
        }
        return out;
    }

    /** One event holding every article. */
    static StoryEvents oneEvent(List<AnalysedArticle> articles) {
        List<Integer> all = articles.stream().map(AnalysedArticle::index).toList();
        return new StoryEvents(List.of(event("E1", all, all, null, null)), new Timeline(List.of()));
    }

    /** An event as the separator would describe it, with only what the compare stage reads. */
    static StoryEvent event(String id, List<Integer> articles, List<Integer> sources, LocalDate when, String where) {
        return new StoryEvent(id, articles, sources, null, where, when, false, List.of(), null, List.of());
    }
}
