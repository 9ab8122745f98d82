package org.dossier.analyse.quotes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dossier.analyse.Capitalisation;
import org.dossier.analyse.QuotationMarks;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;

/**
 * Finds who said what in one article: direct quotations, partial quotations and indirect attributions, each with
 * its speaker resolved within the article.
 *
 * <p>It works in two passes over the article, both rule-based:
 * <ol>
 *   <li><b>Quotations.</b> {@link QuoteMarks} pairs the quote marks (straight or curly, across paragraphs). A
 *       quotation that opens a sentence takes its speaker from the attribution after it ({@code "...," she said})
 *       and, when the quotation goes on after that attribution, joins the next part ({@code "...," she said,
 *       "..."}); a quotation that follows a cue takes the speaker before it ({@code Ms Varnholt said: "..."}); a
 *       quotation that stands alone continues the speaker of the quotation just before it. A quotation embedded
 *       in a sentence ({@code called it "a toll on our farmers"}) is left to the second pass.</li>
 *   <li><b>Reported clauses.</b> Every remaining cue ({@link CueLexicon}) with a speaker next to it gives an
 *       indirect attribution: {@code X said (that) CLAUSE}, {@code CLAUSE, X said}, {@code according to X}. When
 *       the clause holds quoted words, the quote is {@link QuoteKind#PARTIAL}.</li>
 * </ol>
 * Speakers are resolved by {@link SpeakerResolver} in reading order, so "he said" points to the right person and
 * "the official said" to the anonymous official introduced earlier.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class QuoteExtractor {
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?i)(?:and|but|or|so|yet|still|then|now|also|and then)[,]?|[\u2014\u2013:-]");
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{Lu} .'-]{1,30}:\\s");
    private static final Pattern NOT_TO_BE_NAMED = Pattern.compile(
            "\\s+(?:not\\s+to\\s+be|that\\s+(?:he|she|they)\\s+not\\s+be)\\s+(?:named|identified)");
    private final SentenceSplitter splitter;

    /** An extractor that splits sentences with the standard {@link SentenceSplitter} when it must. */
    public QuoteExtractor() {
        this(new SentenceSplitter());
    }

    public QuoteExtractor(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** The quotes of an analysed article; offsets point into {@code article.article().text()}. */
    public List<Quote> extract(AnalysedArticle article) {
        return extract(article.index(), article.article().text(), article.sentences());
    }

    /** The quotes of a plain text (paragraphs separated by blank lines), split into sentences here. */
    public List<Quote> extract(int articleIndex, String text) {
        return extract(articleIndex, text, splitter.split(articleIndex, text));
    }

    /** The quotes of {@code text} whose sentences are already known. */
    public List<Quote> extract(int articleIndex, String text, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        return new ArticleRun(articleIndex, text, sentences).run();
    }

    /** The state of one extraction: what has been used, who has spoken. */
    private static final class ArticleRun {
        private final int articleIndex;
        private final String text;
        private final List<Sentence> sentences;
        private final List<QuotedRegion> regions;
        private final SpeakerResolver resolver;
        private final List<Quote> quotes = new ArrayList<>();
        private final TreeSet<Integer> usedCues = new TreeSet<>();
        /**
         * What each quote's speaker will be resolved from: its {@link Attribution}, or the earlier quote whose
         * speaker it continues, or {@code null}. Speakers are resolved only once both passes are done, in reading
         * order, because a pronoun may point to a speaker that only the second pass finds.
         */
        private final Map<Quote, Object> pending = new IdentityHashMap<>();
        private Object pendingFor;

        ArticleRun(int articleIndex, String text, List<Sentence> sentences) {
            this.articleIndex = articleIndex;
            // no-break spaces read as spaces (same length, so every offset still points into the article)
            this.text = text.replace('\u00A0', ' ');
            this.sentences = sentences;
            this.regions = splitAtLabels(text, QuoteMarks.find(text));
            this.resolver = new SpeakerResolver(ArticlePeople.of(text));
        }

        /**
         * Transcripts open every paragraph with a quote mark and a speaker label ({@code "WALLACE: ...}) without
         * closing it, which reads as one quotation running over many paragraphs: cut it at each label.
         */
        private static List<QuotedRegion> splitAtLabels(String text, List<QuotedRegion> found) {
            List<QuotedRegion> out = new ArrayList<>();
            for (QuotedRegion r : found) {
                if (r.pieces().size() == 1) {
                    out.add(r);
                    continue;
                }
                List<TextSpan> current = new ArrayList<>();
                int open = r.open();
                for (TextSpan p : r.pieces()) {
                    if (!current.isEmpty() && LABEL.matcher(p.text()).lookingAt()) {
                        out.add(new QuotedRegion(open, current.get(current.size() - 1).end(), current));
                        current = new ArrayList<>();
                        open = Math.max(0, p.start() - 1);
                    }
                    current.add(p);
                }
                out.add(new QuotedRegion(open, r.close(), current));
            }
            return out;
        }

        List<Quote> run() {
            List<Quote> direct = directQuotes();
            List<Quote> reported = reportedClauses(direct);
            List<Quote> all = new ArrayList<>(direct);
            all.addAll(reported);
            Map<Quote, Speaker> speakers = resolveInReadingOrder(all);
            List<Quote> out = new ArrayList<>(all.size());
            for (Quote q : all) {
                out.add(new Quote(q.articleIndex(), q.kind(), q.text(), q.start(), q.end(), q.pieces(), q.cue(),
                        speakers.getOrDefault(q, Speaker.unknown()), q.sentences()));
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        }

        private Map<Quote, Speaker> resolveInReadingOrder(List<Quote> all) {
            List<Quote> order = new ArrayList<>(all);
            order.sort((a, b) -> Integer.compare(readingPosition(a), readingPosition(b)));
            Map<Quote, Speaker> resolved = new IdentityHashMap<>();
            for (Quote q : order) {
                speakerOf(q, resolved);
            }
            return resolved;
        }

        private Speaker speakerOf(Quote q, Map<Quote, Speaker> resolved) {
            Speaker done = resolved.get(q);
            if (done != null) {
                return done;
            }
            Object from = pending.get(q);
            Speaker s;
            if (from instanceof Attribution a) {
                s = resolve(a);
            } else if (from instanceof Quote earlier && earlier != q) {
                resolved.put(q, Speaker.unknown()); // guards against a cycle
                s = speakerOf(earlier, resolved);
            } else {
                s = Speaker.unknown();
            }
            resolved.put(q, s);
            return s;
        }

        /** Where a quote's speaker stands in the text: its mention, else the quote itself. */
        private int readingPosition(Quote q) {
            return pending.get(q) instanceof Attribution a ? a.mention().start() : q.start();
        }

        // ---- pass 1: quotations -------------------------------------------------------------------------

        private List<Quote> directQuotes() {
            // speakers are only recorded here (pendingFor); run() resolves them once both passes are done
            List<Quote> out = new ArrayList<>();
            boolean[] consumed = new boolean[regions.size()];
            Quote previous = null;
            for (int i = 0; i < regions.size(); i++) {
                if (consumed[i]) {
                    continue;
                }
                QuotedRegion r = regions.get(i);
                int sIdx = sentenceAt(r.open());
                Sentence s = sentences.get(sIdx);
                int from = s.start();
                if (i > 0 && regions.get(i - 1).close() > from && regions.get(i - 1).close() <= r.open()) {
                    from = regions.get(i - 1).close();
                }
                int lineStart = text.lastIndexOf('\n', r.open()) + 1;
                from = Math.max(from, Math.min(lineStart, r.open()));
                String before = text.substring(Math.min(from, r.open()), r.open());
                boolean standalone = isBlankOrConnective(before);
                Attribution attribution = null;
                List<TextSpan> pieces = new ArrayList<>(r.pieces());
                int end = r.close();
                if (!standalone) {
                    attribution = AttributionParser.before(text, Math.min(from, r.open()), r.open());
                    if (attribution == null && sentences.get(sIdx).start() == from) {
                        attribution = label(from, r.open()); // "Jane Roe: “...”" in a list of reactions
                    }
                    if (attribution == null || usedCues.contains(attribution.cue().start())) {
                        continue; // embedded: a partial quotation, handled with the reported clauses
                    }
                } else {
                    attribution = attributionAfter(i, r);
                    if (attribution != null) { // the quotation may go on after its attribution
                        int j = i + 1;
                        if (j < regions.size() && continues(attribution.end(), regions.get(j))
                                && attributionAfter(j, regions.get(j)) == null && signature(regions.get(j)) == null) {
                            pieces.addAll(regions.get(j).pieces());
                            end = regions.get(j).close();
                            consumed[j] = true;
                        }
                    }
                    if (attribution == null) {
                        attribution = signature(r);
                    }
                    if (attribution == null) {
                        attribution = label(r.innerStart(), r.innerEnd());
                    }
                    if (attribution == null) {
                        attribution = introducedBefore(sIdx, r);
                    }
                }
                Speaker speaker;
                TextSpan cue = null;
                pendingFor = null;
                if (attribution != null) {
                    usedCues.add(attribution.cue().start());
                    cue = attribution.cue();
                    speaker = Speaker.unknown();
                    pendingFor = attribution;
                } else {
                    boolean continuing = previous != null && pending.get(previous) != null
                            && paragraphOf(previous.end() - 1) >= paragraphOf(r.open()) - 1;
                    if (continuing) {
                        speaker = Speaker.unknown();
                        pendingFor = previous;
                    } else if (SpeakerPhrase.words(r.words()).size() >= 4) {
                        speaker = Speaker.unknown();
                    } else {
                        continue; // a short stand-alone phrase in quotes: a title or a scare quote
                    }
                }
                Quote q = quote(QuoteKind.DIRECT, pieces, cue, speaker, r.open(), end);
                out.add(q);
                previous = q;
            }
            return out;
        }

        /** The attribution after region {@code i}: in the rest of its sentence, or in a short sentence after it. */
        private Attribution attributionAfter(int i, QuotedRegion r) {
            int sIdx = sentenceAt(Math.max(r.open(), r.close() - 1));
            Sentence s = sentences.get(sIdx);
            int to = s.end();
            if (i + 1 < regions.size() && regions.get(i + 1).open() < to) {
                to = regions.get(i + 1).open();
            }
            if (r.close() < to && !text.substring(r.close(), to).isBlank()) {
                return AttributionParser.after(text, r.close(), to);
            }
            if (sIdx + 1 < sentences.size()) { // "...." Flynn said.  (the quote ended its sentence)
                Sentence next = sentences.get(sIdx + 1);
                if (next.paragraph() == s.paragraph() && next.text().length() < 120
                        && QuotationMarks.length(text, next.start(), next.end()) == 0) {
                    Attribution a = AttributionParser.after(text, next.start(), next.end());
                    if (a != null && only(text, a.end(), next.end(), " \t\n.!?")) {
                        return a;
                    }
                }
            }
            return null;
        }

        /**
         * A signature after the quotation, as reader reactions are printed: {@code “...” ― Jane Roe}. The dash is
         * the cue; the name must run to the end of the line.
         */
        private Attribution signature(QuotedRegion r) {
            int i = AttributionParser.skip(text, r.close(), text.length(), " \t");
            if (i >= text.length() || "\u2015\u2014\u2013-".indexOf(text.charAt(i)) < 0) {
                return null;
            }
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = AttributionParser.skip(text, i + 1, lineEnd, " \t");
            int end = AttributionParser.trimBack(text, start, lineEnd);
            if (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            if (end <= start || SpeakerPhrase.words(text.substring(start, end)).size() > 6) {
                return null;
            }
            SpeakerPhrase.Reading reading = SpeakerPhrase.read(text.substring(start, end));
            if (reading == null || reading.pronoun() != null) {
                return null;
            }
            return new Attribution(TextSpan.of(text, i, i + 1), TextSpan.of(text, start, end), reading, end);
        }

        /**
         * A speaker label, as transcripts and lists print them: {@code WALLACE: ...} inside the quotation, or
         * {@code Jane Roe: “...”} before it. The label must be all capitals or, before a quotation, a short name.
         */
        private Attribution label(int from, int to) {
            int colon = -1;
            for (int k = from; k < Math.min(to, from + 40); k++) {
                if (text.charAt(k) == ':') {
                    colon = k;
                    break;
                }
            }
            if (colon <= from) {
                return null;
            }
            int start = AttributionParser.skip(text, from, colon, " \t");
            int end = AttributionParser.trimBack(text, start, colon);
            String name = text.substring(start, end);
            boolean capitals = name.length() >= 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                    && name.chars().anyMatch(Character::isLetter);
            boolean beforeQuote = to > colon && text.substring(colon + 1, to).isBlank();
            if (!capitals && !beforeQuote) {
                return null;
            }
            String readable = capitals ? Capitalisation.titleCase(name) : name;
            SpeakerPhrase.Reading reading = SpeakerPhrase.read(readable);
            if (reading == null || reading.pronoun() != null || SpeakerPhrase.words(name).size() > 5) {
                return null;
            }
            return new Attribution(TextSpan.of(text, colon, colon + 1), TextSpan.of(text, start, end), reading,
                    colon + 1);
        }

        /** A sentence just before the quotation that introduces it: {@code Caddell continued:}. */
        private Attribution introducedBefore(int sIdx, QuotedRegion r) {
            if (sIdx == 0) {
                return null;
            }
            Sentence prev = sentences.get(sIdx - 1);
            int end = AttributionParser.trimBack(text, prev.start(), prev.end());
            if (end <= prev.start() || text.charAt(end - 1) != ':' || paragraphOf(r.open()) - prev.paragraph() > 1) {
                return null;
            }
            for (QuotedRegion other : regions) {
                if (other.open() >= prev.start() && other.open() < end) {
                    return null;
                }
            }
            return AttributionParser.before(text, prev.start(), end);
        }


        /** Whether region {@code next} follows an attribution ending at {@code end} with nothing in between. */
        private boolean continues(int end, QuotedRegion next) {
            if (next.open() < end || paragraphOf(next.open()) != paragraphOf(end - 1)) {
                return false;
            }
            // what may stand between: punctuation and a short tail of the attribution ("as she left the hall.")
            int k = AttributionParser.trimBack(text, end, next.open());
            if (k > end && ",.:;".indexOf(text.charAt(k - 1)) < 0) {
                return false;
            }
            String between = text.substring(end, next.open());
            return between.indexOf('"') < 0 && between.indexOf('\u201C') < 0 && between.indexOf('\u201D') < 0
                    && SpeakerPhrase.words(between).size() <= 8;
        }

        // ---- pass 2: reported clauses -------------------------------------------------------------------

        private List<Quote> reportedClauses(List<Quote> direct) {
            List<Quote> out = new ArrayList<>();
            for (Sentence s : sentences) {
                Quote previousInSentence = null;
                int clauseFrom = s.start(); // a speaker phrase never reaches back over an earlier cue
                for (TextSpan cue : CueLexicon.find(text, s.start(), s.end())) {
                    int from = clauseFrom;
                    clauseFrom = cue.end();
                    if (usedCues.contains(cue.start()) || insideRegion(cue.start()) || insideDirect(direct,
                            cue.start())) {
                        continue;
                    }
                    if (previousInSentence != null && previousInSentence.cue() != null
                            && cue.start() < previousInSentence.cue().end()) {
                        continue; // part of the previous cue: "told Calvaran reporters"
                    }
                    Quote q = reported(s, from, cue, previousInSentence);
                    if (q != null) {
                        usedCues.add(cue.start());
                        out.add(q);
                        previousInSentence = q;
                    }
                }
            }
            return out;
        }

        private Quote reported(Sentence s, int clauseFrom, TextSpan cue, Quote previousInSentence) {
            int sEnd = contentEnd(s.start(), s.end());
            if (CueLexicon.isAccording(cue)) {
                Attribution a = AttributionParser.speakerAfterCue(text, cue, s.end(), false);
                if (a == null) {
                    return null;
                }
                int before = AttributionParser.trimBack(text, s.start(), cue.start());
                if (before - s.start() > 10) { // CLAUSE, according to X.
                    return clause(s.start(), trimComma(s.start(), before), a);
                }
                int after = AttributionParser.skip(text, a.end(), s.end(), ", \t");
                return clause(after, sEnd, a);
            }
            String verb = CueLexicon.verb(cue);
            if (NOT_TO_BE_NAMED.matcher(text).region(cue.end(), s.end()).lookingAt()) {
                return null; // "asked not to be named" speaks about the source, not for it
            }
            if (verb.endsWith("ing")) { // "..., arguing that ...": the speaker is the subject of the sentence
                int cueEnd = CueLexicon.extend(text, cue, s.end(), true);
                if (previousInSentence != null) {
                    Attribution a = new Attribution(TextSpan.of(text, cue.start(), cueEnd),
                            previousInSentence.speaker().mention(), null, cueEnd);
                    pendingFor = previousInSentence;
                    return clauseWithSpeaker(cueEnd, sEnd, a, Speaker.unknown());
                }
                Attribution subject = sentenceSubject(s, cue, cueEnd);
                return subject == null ? null : clause(AttributionParser.skip(text, cueEnd, sEnd, " \t,:"), sEnd,
                        subject);
            }
            // X said (that) CLAUSE
            Attribution a = AttributionParser.speakerBeforeCue(text, clauseFrom, cue, s.end(), false);
            if (a != null) {
                int from = AttributionParser.skip(text, a.end(), sEnd, " \t,:");
                if (SpeakerPhrase.words(text.substring(from, Math.max(from, sEnd))).size() >= 3) {
                    return clause(from, sEnd, a);
                }
            }
            // CLAUSE, X said.  /  CLAUSE, said X.
            int comma = lastComma(s.start(), cue.start());
            if (comma > s.start()) {
                Attribution after = AttributionParser.after(text, comma + 1, s.end());
                if (after != null && after.cue().start() == cue.start()) {
                    String rest = text.substring(after.end(), s.end()).trim();
                    if (SpeakerPhrase.words(rest).size() <= 6) {
                        return clause(s.start(), comma, after);
                    }
                }
            }
            return null;
        }

        /**
         * The subject that opens the sentence, as the speaker of a participle cue after a comma: a pronoun or a
         * run of capitalised words ({@code Senator Jane Roe}), read only when it can speak.
         */
        private Attribution sentenceSubject(Sentence s, TextSpan cue, int cueEnd) {
            int comma = AttributionParser.trimBack(text, s.start(), cue.start());
            if (comma <= s.start() || text.charAt(comma - 1) != ',') {
                return null;
            }
            int start = AttributionParser.skip(text, s.start(), cue.start(), " \t\"\u201C");
            int end = start;
            while (end < cue.start()) {
                int w = end;
                while (w < cue.start() && !Character.isWhitespace(text.charAt(w)) && text.charAt(w) != ',') {
                    w++;
                }
                if (w == end || !(Character.isUpperCase(text.charAt(end)) || SpeakerPhrase.isTitle(
                        text.substring(end, w)))) {
                    break;
                }
                end = w;
                if (end < cue.start() && text.charAt(end) == ' ') {
                    end++;
                } else {
                    break;
                }
            }
            end = AttributionParser.trimBack(text, start, end);
            if (end <= start) {
                return null;
            }
            SpeakerPhrase.Reading r = SpeakerPhrase.read(text.substring(start, end));
            if (r == null || r.kind() == SpeakerKind.UNKNOWN && r.pronoun() == null) {
                return null;
            }
            return new Attribution(TextSpan.of(text, cue.start(), cueEnd), TextSpan.of(text, start, end), r, cueEnd);
        }

        private Quote clause(int from, int to, Attribution a) {
            if (to <= from || SpeakerPhrase.words(text.substring(from, to)).size() < 3) {
                return null;
            }
            pendingFor = a;
            return clauseWithSpeaker(from, to, a, Speaker.unknown());
        }

        private Quote clauseWithSpeaker(int from, int to, Attribution a, Speaker speaker) {
            from = AttributionParser.skip(text, from, to, " \t\n");
            to = AttributionParser.trimBack(text, from, to);
            if (to <= from) {
                return null;
            }
            boolean quoted = false;
            for (QuotedRegion r : regions) {
                if (r.open() >= from && r.open() < to) {
                    quoted = true;
                    break;
                }
            }
            return quote(quoted ? QuoteKind.PARTIAL : QuoteKind.INDIRECT, List.of(TextSpan.of(text, from, to)),
                    a.cue(), speaker, from, to);
        }

        // ---- helpers ------------------------------------------------------------------------------------

        private Speaker resolve(Attribution a) {
            int paragraph = paragraphOf(a.mention().start());
            int notBefore = paragraphStart(paragraph - 2);
            return resolver.resolve(a.mention(), a.reading(), paragraph, notBefore);
        }

        private Quote quote(QuoteKind kind, List<TextSpan> pieces, TextSpan cue, Speaker speaker, int start,
                            int end) {
            StringBuilder words = new StringBuilder();
            for (TextSpan p : pieces) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(p.text().strip());
            }
            TreeSet<Integer> covered = new TreeSet<>();
            int first = sentenceAt(start);
            int last = sentenceAt(Math.max(start, end - 1));
            for (int k = first; k <= last; k++) {
                covered.add(k);
            }
            if (cue != null) {
                covered.add(sentenceAt(cue.start()));
            }
            if (speaker.mention() != null && cue != null) {
                covered.add(sentenceAt(speaker.mention().start()));
            }
            int contentStart = pieces.get(0).start();
            int contentEnd = pieces.get(pieces.size() - 1).end();
            Quote q = new Quote(articleIndex, kind, words.toString(), contentStart, contentEnd, pieces, cue, speaker,
                    new ArrayList<>(covered));
            pending.put(q, pendingFor);
            return q;
        }

        /** The sentence holding {@code offset}, or the next one when the offset falls between sentences. */
        private int sentenceAt(int offset) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sentences.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private int paragraphOf(int offset) {
            return sentences.get(sentenceAt(offset)).paragraph();
        }

        private int paragraphStart(int paragraph) {
            if (paragraph <= 0) {
                return 0;
            }
            for (Sentence s : sentences) {
                if (s.paragraph() >= paragraph) {
                    return s.start();
                }
            }
            return 0;
        }

        private boolean insideRegion(int offset) {
            for (QuotedRegion r : regions) {
                if (r.open() > offset) {
                    return false;
                }
                if (r.contains(offset)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean insideDirect(List<Quote> direct, int offset) {
            for (Quote q : direct) {
                if (offset >= q.start() && offset < q.end()) {
                    return true;
                }
            }
            return false;
        }

        /** End of a clause that runs to the end of the sentence: the final full stop dropped. */
        private int contentEnd(int start, int end) {
            int e = AttributionParser.trimBack(text, start, end);
            if (e > start && ".!?".indexOf(text.charAt(e - 1)) >= 0 && e - 1 > start) {
                e--;
            }
            return e;
        }

        private int trimComma(int start, int end) {
            int e = AttributionParser.trimBack(text, start, end);
            return e > start && text.charAt(e - 1) == ',' ? e - 1 : e;
        }

        private int lastComma(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                char c = text.charAt(i);
                if (c == ',' || c == '\u2014') {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isBlankOrConnective(String before) {
            String t = before.strip();
            return t.isEmpty() || CONNECTIVE.matcher(t).matches();
        }

        /** True when {@code text[from, to)} holds only characters from {@code chars}. */
        private static boolean only(String text, int from, int to, String chars) {
            for (int i = from; i < to; i++) {
                if (chars.indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
