/**
 * Entities and aliases: who and what a story's articles name, merged across articles.
 *
 * <p>Found without a downloaded model: rules over capitalisation, titles, said-verbs and the team's word lists
 * ({@code lexicon-en.txt} beside {@link org.dossier.analyse.entities.Lexicon}).
 *
 * <pre>{@code
 * List<Entity> entities = new EntityLinker().link(analysedArticles);   // most mentioned first
 * for (Entity e : entities) {
 *     e.canonical();          // "Ilse Varnholt"
 *     e.kind();               // PERSON
 *     e.aliases();            // ["Varnholt", "Prime Minister Ilse Varnholt", "the prime minister", ...]
 *     e.mentionsPerSource();  // {0=4, 1=2, ...}: article index -> mentions
 *     e.mentions();           // each with article, sentence, offsets, title, qualifier
 * }
 * List<Mention> one = new MentionFinder().find(analysedArticle);     // one article, before linking
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.dossier.analyse.entities.MentionFinder}: names, acronyms and role mentions of one article,
 *       each with a kind voted from its cues;</li>
 *   <li>{@link org.dossier.analyse.entities.EntityLinker}: merges them across the story (surnames, titles,
 *       initials, acronyms, the alias table, role mentions);</li>
 *   <li>{@link org.dossier.analyse.entities.Entity}, {@link org.dossier.analyse.entities.Mention},
 *       {@link org.dossier.analyse.entities.EntityKind}: the immutable results.</li>
 * </ul>
 */
package org.dossier.analyse.entities;
