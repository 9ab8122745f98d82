package org.dossier.analyse.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.analyse.terms.Stopwords;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;

/**
 * Finds the names and role mentions of one article, without a trained model.
 *
 * <p>How it works, sentence by sentence:
 * <ol>
 *   <li><b>Names</b> are runs of capitalised words, joined across particles ("bin", "van", "de"), across "of"
 *       after an organisation or title word ("Bank of Calvara", "Secretary of State ..."), and ended by a
 *       possessive ("Calvara's"). A capital that is only there because the word opens the sentence is dropped
 *       when the article also writes that word in lower case, or when it is a function word ("The", "But").</li>
 *   <li><b>Titles</b> ("Prime Minister", "Dr.", "Ms") are taken off the front of a name; words before a title
 *       ("Dunmere Prime Minister Ilse Varnholt", "Russian President ...") become the mention's qualifier. A title
 *       with no name after it ("the Russian President") is a role mention.</li>
 *   <li><b>Role mentions</b> are lower-case role words after "the" or a possessive: "the prime minister",
 *       "Calvara's president", "the Russian president", "the commander of the Dunmere Maritime Guard".</li>
 *   <li><b>Kinds</b> are voted from cues: a title or a said-verb next to the name says PERSON; an organisation
 *       word ("Council", "Authority", "Times") ORGANISATION; a listed place, a place word ("Strait"), "in X" or
 *       "X-based" PLACE; the team's alias table and group list their own kinds. The votes of every mention of a
 *       name in the article are pooled, so a name seen once with a title is a person everywhere in it, and a
 *       lone surname of a person named in full is that person.</li>
 * </ol>
 * Instances are immutable and thread-safe.
 */
public final class MentionFinder {
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "van", "von", "der", "den", "de", "del",
            "della", "da", "di", "du", "dos", "la", "le", "al", "el", "abu");
    private static final Set<String> PLACE_CUES = Set.of("in", "at", "from", "near", "outside", "across", "into");
    private static final Set<String> OPENERS = Set.of("“", "\"", "‘", "'", "(", ":", "—", "–", "-", "•", "[");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "&", "on", "in");
    /** "I'll", "It's", "Don't": capitalised, but never names. */
    private static final Pattern CONTRACTION = Pattern.compile(".*['’](?:ll|re|ve|d|m|t|s)");

    private final Lexicon lexicon;
    private final Stopwords stopwords;

    /** A finder using the team's English word lists. */
    public MentionFinder() {
        this(Lexicon.english());
    }

    /** A finder using the given word lists. */
    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.stopwords = Stopwords.english();
    }

    /** The word lists this finder uses. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** All mentions of {@code article}, in text order, each with the kind its article's cues vote for. */
    public List<Mention> find(AnalysedArticle article) {
        Set<String> lowerVocabulary = lowerCaseWords(article.article().text());
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<NameToken> tokens = NameToken.tokenize(s.text(), s.start(), lexicon);
            findNames(article.index(), s.index(), tokens, lowerVocabulary, candidates);
            findRoles(article.index(), s.index(), tokens, candidates);
        }
        return settleKinds(candidates);
    }

    // ---------------------------------------------------------------- names

    /** A mention in the making, with the kind votes of its own context. */
    private static final class Candidate {
        final Mention draft;
        boolean openingWordOnly; // a single word that opens its sentence: its capital may be positional
        boolean speaks;          // next to a said-verb: a name even when its kind stays open
        final Map<EntityKind, Double> votes = new EnumMap<>(EntityKind.class);

        Candidate(Mention draft) {
            this.draft = draft;
        }

        void vote(EntityKind kind, double weight) {
            votes.merge(kind, weight, Double::sum);
        }
    }

    private void findNames(int articleIndex, int sentenceIndex, List<NameToken> tokens, Set<String> lowerVocabulary,
                           List<Candidate> out) {
        int i = 0;
        while (i < tokens.size()) {
            NameToken t = tokens.get(i);
            String based = basedPlace(t);
            if (based != null) {
                Candidate c = new Candidate(new Mention(articleIndex, sentenceIndex, t.start(),
                        t.start() + based.length(), based, based, "", "", EntityKind.OTHER, false));
                c.vote(EntityKind.PLACE, 2);
                out.add(c);
                i++;
                continue;
            }
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int end = extendName(tokens, i);
            List<NameToken> span = trimSpan(tokens, i, end, lowerVocabulary);
            if (!span.isEmpty()) {
                classify(articleIndex, sentenceIndex, tokens, span, out);
            }
            i = end;
        }
    }

    /** "Brennholm-based" names a place: the part before "-based". */
    private static String basedPlace(NameToken t) {
        if (t.capitalised() && t.text().endsWith("-based") && t.text().length() > 7) {
            return t.text().substring(0, t.text().length() - 6);
        }
        return null;
    }

    private boolean startsName(List<NameToken> tokens, int i) {
        return nameWord(tokens.get(i));
    }

    /** "al-Assad", "bin-Laden": a particle joined by a hyphen to a capitalised name. */
    private static boolean particleJoined(NameToken t) {
        int dash = t.text().indexOf('-');
        return dash > 0 && dash + 1 < t.text().length() && PARTICLES.contains(t.text().substring(0, dash))
                && Character.isUpperCase(t.text().charAt(dash + 1));
    }

    /** The end (exclusive) of the name that starts at {@code i}. */
    private int extendName(List<NameToken> tokens, int i) {
        int j = i;
        while (true) {
            NameToken last = tokens.get(j);
            if (last.possessive() || j + 1 >= tokens.size()) {
                return j + 1;
            }
            NameToken next = tokens.get(j + 1);
            if (nameWord(next) && adjacent(last, next)) {
                j++;
            } else if (next.word() && PARTICLES.contains(next.text()) && j + 2 < tokens.size()
                    && nameWord(tokens.get(j + 2))) {
                j += 2;
            } else if ((next.is("of") || next.is("&")) && joinsAcrossOf(last) && j + 2 < tokens.size()) {
                int k = j + 2;
                if (tokens.get(k).text().equals("the") && k + 1 < tokens.size()) {
                    k++;
                }
                if (nameWord(tokens.get(k))) {
                    j = k;
                } else {
                    return j + 1;
                }
            } else {
                return j + 1;
            }
        }
    }

    /** Tokens separated only by spaces (a comma or a line break between two names ends the first). */
    private static boolean adjacent(NameToken a, NameToken b) {
        return b.start() - a.end() <= 1;
    }

    private boolean nameWord(NameToken t) {
        return (t.capitalised() || t.word() && particleJoined(t)) && !lexicon.isNotName(t.text())
                && !contraction(t.text()) && !hyphenatedAdjective(t.text());
    }

    private static boolean contraction(String word) {
        return (word.indexOf('\'') > 0 || word.indexOf('’') > 0) && CONTRACTION.matcher(word).matches();
    }

    /** "Syrian-led", "UN-mediated": a name joined to a lower-case word is an adjective, not a name. */
    private static boolean hyphenatedAdjective(String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash + 1 < word.length() && Character.isLowerCase(word.charAt(dash + 1));
    }

    private boolean joinsAcrossOf(NameToken t) {
        return lexicon.isOrgWord(t.text()) || lexicon.isPlaceWord(t.text()) || isTitleWord(t.text())
                || t.is("Republic") || t.is("Kingdom") || t.is("States");
    }

    private boolean isTitleWord(String w) {
        for (List<String> title : lexicon.titlesStartingWith(w)) {
            if (title.size() == 1) {
                return true;
            }
        }
        return w.equals("Secretary");
    }

    /** Drops position-only capitals and function words at the front, and connector words at the back. */
    private List<NameToken> trimSpan(List<NameToken> tokens, int from, int to, Set<String> lowerVocabulary) {
        int a = from;
        while (a < to) {
            NameToken t = tokens.get(a);
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean functionWord = !t.acronym() && stopwords.contains(lower);
            boolean positional = opensSentence(tokens, a) && !t.acronym() && lowerVocabulary.contains(lower)
                    && !isTitleWord(t.text()) && titleAt(tokens.subList(a, to), 0) == 0;
            boolean verbLike = opensSentence(tokens, a) && (a + 1 == to && lower.endsWith("ly")
                    || lower.length() > 5 && lower.endsWith("ing") && !lexicon.isPlace(t.text()));
            if (functionWord || positional || verbLike || t.is("The")) {
                a++;
            } else {
                break;
            }
        }
        int b = to;
        while (b > a && CONNECTORS.contains(tokens.get(b - 1).text().toLowerCase(Locale.ROOT))) {
            b--;
        }
        return new ArrayList<>(tokens.subList(a, b));
    }

    private static boolean opensSentence(List<NameToken> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            NameToken t = tokens.get(k);
            if (t.word() || Character.isDigit(t.text().charAt(0))) {
                return false;
            }
            if (!OPENERS.contains(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** Splits a name span into qualifier, title and name, and votes on its kind. */
    private void classify(int articleIndex, int sentenceIndex, List<NameToken> all, List<NameToken> span,
                          List<Candidate> out) {
        int titleStart = -1;
        int titleEnd = -1;
        for (int k = 0; k < span.size() && titleStart < 0; k++) {
            int len = titleAt(span, k);
            if (len > 0) {
                titleStart = k;
                titleEnd = k + len;
                // titles can stack: "Prime Minister Dr. ..."
                int more;
                while (titleEnd < span.size() && (more = titleAt(span, titleEnd)) > 0) {
                    titleEnd += more;
                }
            }
        }
        String qualifier = possessiveBefore(all, span.get(0));
        if (titleStart > 0) {
            List<NameToken> before = span.subList(0, titleStart);
            if (titleEnd < span.size() || before.size() <= 3) {
                qualifier = text(before);
                if (lexicon.demonymPlace(qualifier) == null) {
                    classify(articleIndex, sentenceIndex, all, new ArrayList<>(before), out);
                }
            } else {
                titleStart = -1;
            }
        }
        if (titleStart >= 0 && titleEnd < span.size()) {
            String lastWord = span.get(span.size() - 1).text();
            if (lexicon.isOrgWord(lastWord) || lexicon.isPlaceWord(lastWord)) {
                titleStart = -1; // "General Assembly", "Queen Mary Hospital": an organisation or place
            }
        }
        if (titleStart >= 0) {
            List<NameToken> titleTokens = span.subList(titleStart, titleEnd);
            List<NameToken> name = span.subList(titleEnd, span.size());
            String title = text(titleTokens);
            if (name.isEmpty() || name.get(0).is("of")) {
                if (!lexicon.isHonorific(title)) {
                    String q = name.isEmpty() ? qualifier : text(name.subList(1, name.size()));
                    NameToken first = titleTokens.get(0);
                    NameToken last = span.get(span.size() - 1);
                    NameToken from = name.isEmpty() && titleStart > 0 ? span.get(0) : first;
                    out.add(new Candidate(new Mention(articleIndex, sentenceIndex, from.start(), last.end(),
                            text(span.subList(span.indexOf(from), span.size())), title.toLowerCase(Locale.ROOT), "", q,
                            EntityKind.ROLE, false)));
                }
                return;
            }
            String q = qualifier.isEmpty() ? ofQualifier(all, name.get(name.size() - 1)) : qualifier;
            Candidate c = new Candidate(new Mention(articleIndex, sentenceIndex, titleTokens.get(0).start(),
                    name.get(name.size() - 1).end(), text(span.subList(titleStart, span.size())), text(name),
                    title, q, EntityKind.OTHER, false));
            c.vote(EntityKind.PERSON, 3);
            out.add(c);
            return;
        }
        String name = text(span);
        if (lexicon.demonymPlace(name) != null) {
            return; // "Russian" alone is an adjective, used only as a qualifier
        }
        boolean acronym = span.size() == 1 && span.get(0).acronym();
        NameToken first = span.get(0);
        NameToken last = span.get(span.size() - 1);
        Candidate c = new Candidate(new Mention(articleIndex, sentenceIndex, first.start(), last.end(), name, name,
                "", qualifier, EntityKind.OTHER, acronym));
        c.openingWordOnly = span.size() == 1 && !acronym && opensSentence(all, first.index());
        voteKind(c, all, span, name);
        out.add(c);
    }

    /** How many tokens of a title start at {@code k} (0 when none). */
    private int titleAt(List<NameToken> span, int k) {
        for (List<String> title : lexicon.titlesStartingWith(span.get(k).text())) {
            if (k + title.size() > span.size()) {
                continue;
            }
            boolean match = true;
            for (int t = 0; t < title.size() && match; t++) {
                match = span.get(k + t).text().equalsIgnoreCase(title.get(t));
            }
            if (match) {
                return title.size();
            }
        }
        return 0;
    }

    private void voteKind(Candidate c, List<NameToken> all, List<NameToken> span, String name) {
        Lexicon.AliasGroup alias = lexicon.aliasGroup(name);
        String firstWord = span.get(0).text();
        String lastWord = span.get(span.size() - 1).text();
        if (alias != null) {
            c.vote(alias.kind(), 4);
        } else if (lexicon.isGroup(name)) {
            c.vote(EntityKind.GROUP, 4);
        } else if (lexicon.isPlace(name)) {
            c.vote(EntityKind.PLACE, 3);
        } else if (lexicon.isOrgWord(lastWord) || span.size() > 2 && lexicon.isOrgWord(firstWord)
                && span.get(1).is("of")) {
            c.vote(EntityKind.ORGANISATION, 3);
        } else if (span.size() > 1 && (lexicon.isPlaceWord(lastWord) || lexicon.isPlacePrefix(firstWord))) {
            c.vote(EntityKind.PLACE, 3);
        } else if (c.draft.acronym()) {
            c.vote(EntityKind.ORGANISATION, 0.5);
        }
        int before = span.get(0).index() - 1;
        int after = span.get(span.size() - 1).index() + 1;
        NameToken prev = before >= 0 ? all.get(before) : null;
        NameToken next = after < all.size() ? all.get(after) : null;
        if (prev != null && PLACE_CUES.contains(prev.text())) {
            c.vote(EntityKind.PLACE, 1);
        }
        // Said-verbs mark people only for names of two words or more: countries, bodies and outlets "say" things
        // too ("Calvara says", "NNS said"), and lone surnames become people through their full name instead.
        boolean saidBefore = prev != null && (prev.is("said") || prev.is("says"));
        boolean saidAfter = next != null && lexicon.isSaidVerb(next.text());
        boolean whoAfter = next != null && next.is(",") && after + 1 < all.size() && all.get(after + 1).is("who");
        if (span.size() >= 2 && (saidBefore || saidAfter || whoAfter)) {
            c.vote(EntityKind.PERSON, 1);
        }
        c.speaks = saidBefore || saidAfter || whoAfter;
        if (span.size() >= 2 && span.size() <= 3 && !c.draft.acronym()
                && span.stream().allMatch(t -> t.word() && !t.acronym() && lexicon.demonymPlace(t.text()) == null
                && !lexicon.isGroup(t.text()))) {
            // two or three plain capitalised words, none a nationality ("American Indian"): most often a person
            c.vote(EntityKind.PERSON, 0.5);
        }
    }

    /** "Calvara" when the span is preceded by "Calvara's". */
    private static String possessiveBefore(List<NameToken> all, NameToken first) {
        int i = first.index();
        if (i > 0) {
            NameToken prev = all.get(i - 1);
            if (prev.possessive() && prev.capitalised()) {
                return prev.text();
            }
        }
        return "";
    }

    /** "Calvara" in "President Tomas Aredo of Calvara". */
    private String ofQualifier(List<NameToken> all, NameToken last) {
        int i = last.index();
        if (i + 2 < all.size() && all.get(i + 1).is("of") && all.get(i + 2).capitalised()
                && lexicon.isPlace(all.get(i + 2).text())) {
            return all.get(i + 2).text();
        }
        return "";
    }

    private static String text(List<NameToken> span) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : span) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        String s = sb.toString();
        if (s.endsWith("'") || s.endsWith("’")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    // ---------------------------------------------------------------- roles

    private void findRoles(int articleIndex, int sentenceIndex, List<NameToken> tokens, List<Candidate> out) {
        for (int k = 1; k < tokens.size(); k++) {
            int len = roleAt(tokens, k);
            if (len == 0) {
                continue;
            }
            int end = k + len; // exclusive
            if (end < tokens.size() && tokens.get(end).capitalised() && !tokens.get(end).is("I")
                    && tokens.get(end).start() - tokens.get(end - 1).end() <= 1) {
                continue; // "the prime minister Ilse Varnholt": a lower-case title, the name is found as a name
            }
            String qualifier = "";
            int start;
            NameToken prev = tokens.get(k - 1);
            if (prev.possessive() && prev.capitalised()) {
                int q = k - 1;
                while (q > 0 && tokens.get(q - 1).capitalised() && !tokens.get(q - 1).possessive()) {
                    q--;
                }
                qualifier = text(tokens.subList(q, k));
                start = q > 0 && tokens.get(q - 1).is("the") ? q - 1 : q;
            } else if (prev.is("the")) {
                start = k - 1;
            } else if (prev.capitalised()) {
                int q = k - 1;
                while (q > 0 && tokens.get(q - 1).capitalised()) {
                    q--;
                }
                if (q == 0 || !tokens.get(q - 1).is("the")) {
                    continue;
                }
                qualifier = text(tokens.subList(q, k));
                start = q - 1;
            } else {
                continue;
            }
            int last = end - 1;
            if (qualifier.isEmpty() && end + 1 < tokens.size() && tokens.get(end).is("of")) {
                int q = end + 1;
                if (tokens.get(q).is("the") && q + 1 < tokens.size()) {
                    q++;
                }
                int qEnd = q;
                while (qEnd < tokens.size() && tokens.get(qEnd).capitalised()) {
                    qEnd++;
                }
                if (qEnd > q) {
                    qualifier = text(tokens.subList(q, qEnd));
                    last = qEnd - 1;
                }
            }
            String role = text(tokens.subList(k, end)).toLowerCase(Locale.ROOT);
            NameToken first = tokens.get(start);
            NameToken lastToken = tokens.get(last);
            String surface = surface(tokens.subList(start, last + 1));
            out.add(new Candidate(new Mention(articleIndex, sentenceIndex, first.start(), lastToken.end(), surface,
                    role, "", qualifier, EntityKind.ROLE, false)));
            k = end - 1;
        }
    }

    /** Tokens joined with the possessive marks put back ("Calvara's president"). */
    private static String surface(List<NameToken> span) {
        StringBuilder sb = new StringBuilder();
        for (NameToken t : span) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
            if (t.possessive() && t != span.get(span.size() - 1)) {
                sb.append("'s");
            }
        }
        return sb.toString();
    }

    private int roleAt(List<NameToken> tokens, int k) {
        if (!tokens.get(k).lowerCase()) {
            return 0;
        }
        for (List<String> role : lexicon.rolesStartingWith(tokens.get(k).text())) {
            if (k + role.size() > tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int t = 0; t < role.size() && match; t++) {
                NameToken tok = tokens.get(k + t);
                match = tok.text().equals(role.get(t)) && (t == role.size() - 1 || !tok.possessive());
            }
            if (match) {
                return role.size();
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- kinds

    /** Pools the votes of every mention of a name in the article and gives each mention the winning kind. */
    private static List<Mention> settleKinds(List<Candidate> candidates) {
        Map<String, Map<EntityKind, Double>> pooled = new HashMap<>();
        Set<String> personSurnames = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.draft.isRole()) {
                continue;
            }
            Map<EntityKind, Double> votes = pooled.computeIfAbsent(key(c.draft.name()),
                    k -> new EnumMap<>(EntityKind.class));
            c.votes.forEach((kind, w) -> votes.merge(kind, w, Double::sum));
        }
        for (Candidate c : candidates) {
            String name = c.draft.name();
            int space = name.lastIndexOf(' ');
            if (!c.draft.isRole() && space > 0 && winner(pooled.get(key(name))) == EntityKind.PERSON) {
                personSurnames.add(key(name.substring(space + 1)));
            }
        }
        // names whose only capitals open sentences ("Sooner", "Realism"), with no cue at all: not names. A word
        // that speaks ("Berg said") is kept: the linker may find its full name in another article.
        Set<String> capitalisedInside = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.draft.isRole() && (!c.openingWordOnly || c.speaks)) {
                capitalisedInside.add(key(c.draft.name()));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.draft.isRole()) {
                out.add(c.draft);
                continue;
            }
            String key = key(c.draft.name());
            EntityKind kind = winner(pooled.get(key));
            if (kind == EntityKind.OTHER && c.openingWordOnly && !capitalisedInside.contains(key)
                    && !personSurnames.contains(key)) {
                continue;
            }
            if (kind == EntityKind.OTHER && personSurnames.contains(key)) {
                kind = EntityKind.PERSON;
            }
            out.add(c.draft.withKind(kind));
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return out;
    }

    private static EntityKind winner(Map<EntityKind, Double> votes) {
        EntityKind best = EntityKind.OTHER;
        double bestWeight = 0;
        if (votes != null) {
            for (Map.Entry<EntityKind, Double> e : votes.entrySet()) {
                if (e.getValue() > bestWeight) {
                    best = e.getKey();
                    bestWeight = e.getValue();
                }
            }
        }
        return best;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The words the article writes in lower case: a capital on one of them is only there by position. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (Character.isLowerCase(c)) {
                words.add(text.substring(i, j));
            }
            i = j;
        }
        return words;
    }
}
