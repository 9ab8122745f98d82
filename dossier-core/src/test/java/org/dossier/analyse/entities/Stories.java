package org.dossier.analyse.entities;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;

/** Builds small analysed stories from texts written for these tests (fictional people and places). */
final class Stories {
    private Stories() {
    }

    /** One analysed article per text, indexed in order. */
    static List<AnalysedArticle> of(String... texts) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<AnalysedArticle> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Article a = Article.builder("a" + i, texts[i]).build();
            out.add(new AnalysedArticle(i, a, splitter.split(i, texts[i])));
        }
        return out;
    }

    static List<Mention> mentions(String text) {
        return new MentionFinder().find(of(text).get(0));
    }

    static Mention named(List<Mention> mentions, String name) {
        return mentions.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention named " + name + " in " + mentions));
    }

    static Entity entity(List<Entity> entities, String canonical) {
        return entities.stream().filter(e -> e.canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + canonical + " in "
                        + entities.stream().map(Entity::canonical).toList()));
    }

    /** The entity one of whose mentions reads exactly {@code text}. */
    static Entity holding(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no mention " + text));
    }
}
