package org.dossier.analyse.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the "who said" part next to a quotation or a reported clause.
 *
 * <p>Three shapes cover nearly all news attributions:
 * <ul>
 *   <li><b>after</b> the words: {@code ..., she said.} {@code ..., said Ilse Varnholt, the prime minister.}
 *       {@code ..., Flynn, a top surrogate, said Thursday.}</li>
 *   <li><b>before</b> the words: {@code Ms Varnholt said: "..."} {@code He told reporters that ...}</li>
 *   <li>"according to": {@code According to two officials, ...} or {@code ..., according to the ministry.}</li>
 * </ul>
 * A speaker in the <em>middle</em> of a quotation is the "after" shape of the first part; the extractor joins the
 * part that follows. The parser only reads; resolving pronouns and surnames is {@link SpeakerResolver}'s job.
 */
final class AttributionParser {
    private static final Set<String> LEADING = Set.of("but", "and", "yet", "so", "still", "however", "meanwhile",
            "also", "now", "then", "instead", "later", "earlier", "indeed", "or", "because", "as", "while",
            "although", "though", "where", "when", "since", "if");
    private static final Pattern SPEAKER_END = Pattern.compile("[,;:!?\u2014\u2013\"\u201C\u201D()]|\\s+-\\s+"
            + "|\\.(?!\\p{L})(?<!(?:^|[\\s.])\\p{Lu}\\.)(?<!(?:Mr|Mrs|Ms|Dr|Sen|Gen|Rep|Gov|Lt|Col|St|Jr)\\.)"
            + "|\\s(?:in|on|at|during|after|before|who|which|when|while|as|to|about|of\\s+the\\s+\\p{Ll})\\s");
    private static final int MAX_SPEAKER_WORDS = 12;
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "been",
            "will", "would", "also", "previously", "repeatedly", "recently", "later", "already", "once",
            "often", "publicly", "privately", "then", "again", "first", "never", "not", "did", "does", "do");
    private static final Pattern ADVERB = Pattern.compile("(?:also|later|then)\\s+");
    private static final Pattern INTRODUCES = Pattern.compile(":|,|,?\\s*that");

    private AttributionParser() {
    }

    /**
     * An attribution at the start of {@code text[from, to)}, after a quotation or clause: "she said", "said Mr.
     * Aredo", "Flynn, a surrogate, said". {@code null} when the stretch does not start with one.
     */
    static Attribution after(String text, int from, int to) {
        int i = skip(text, from, to, ",;\u2014\u2013- \t\n");
        if (i >= to) {
            return null;
        }
        List<TextSpan> cues = CueLexicon.find(text, i, Math.min(to, i + 160));
        if (cues.isEmpty()) {
            return null;
        }
        TextSpan cue = cues.get(0);
        if (CueLexicon.isAccording(cue)) {
            if (!text.substring(i, cue.start()).isBlank()) {
                return null;
            }
            return speakerAfterCue(text, cue, to, false);
        }
        if (cue.start() == i || ADVERB.matcher(text).region(i, cue.start()).matches()) {
            return speakerAfterCue(text, cue, to, true);
        }
        Attribution a = speakerBeforeCue(text, i, cue, to, true);
        return a != null ? a : namedThenDescribed(text, i, cue, to);
    }

    /**
     * "NAME, a long description, with commas of its own, said": the name is the first comma-separated part,
     * read only when it is a person's or an organisation's name.
     */
    private static Attribution namedThenDescribed(String text, int i, TextSpan cue, int to) {
        int comma = text.indexOf(',', i);
        if (comma < 0 || comma >= cue.start()) {
            return null;
        }
        int end = trimBack(text, i, comma);
        String phrase = text.substring(i, end);
        SpeakerPhrase.Reading r = SpeakerPhrase.read(phrase);
        if (r == null || (r.kind() != SpeakerKind.PERSON && r.kind() != SpeakerKind.ORGANISATION)
                || r.pronoun() != null || SpeakerPhrase.words(text.substring(i, cue.start())).size() > 40) {
            return null;
        }
        int cueEnd = CueLexicon.extend(text, cue, to, true);
        return new Attribution(TextSpan.of(text, cue.start(), cueEnd), TextSpan.of(text, i, end), r, cueEnd);
    }

    /**
     * An attribution that ends {@code text[from, to)} and introduces what follows: "Ms Varnholt said:", "he told
     * reporters,". {@code null} unless the stretch ends with a cue (plus listener, time words and a colon or
     * comma).
     */
    static Attribution before(String text, int from, int to) {
        List<TextSpan> cues = CueLexicon.find(text, from, to);
        for (int k = cues.size() - 1; k >= 0; k--) {
            TextSpan cue = cues.get(k);
            if (CueLexicon.isAccording(cue)) {
                continue;
            }
            int end = CueLexicon.extend(text, cue, to, true);
            String rest = text.substring(end, to).trim();
            if (!rest.isEmpty() && !INTRODUCES.matcher(rest).matches()) {
                continue;
            }
            Attribution a = speakerBeforeCue(text, from, cue, to, false);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The speaker phrase right after a cue: "said <b>the official</b>", "according to <b>the ministry</b>". */
    static Attribution speakerAfterCue(String text, TextSpan cue, int to, boolean extendCue) {
        int cueEnd = extendCue ? CueLexicon.extend(text, cue, to, false) : cue.end();
        int start = skip(text, cueEnd, to, " \t");
        if (start >= to) {
            return null;
        }
        Matcher m = SPEAKER_END.matcher(text).region(start, to);
        int end = m.find() ? m.start() : to;
        end = trimBack(text, start, end);
        if (end <= start) {
            return null;
        }
        String phrase = text.substring(start, end);
        SpeakerPhrase.Reading r = SpeakerPhrase.read(phrase);
        if (r == null || SpeakerPhrase.words(phrase).size() > MAX_SPEAKER_WORDS) {
            return null;
        }
        return new Attribution(TextSpan.of(text, cue.start(), cueEnd), TextSpan.of(text, start, end), r, end);
    }

    /**
     * The speaker phrase just before a cue, within {@code text[from, cue)}: the subject of the reporting verb,
     * an appositive skipped ("Flynn, a top surrogate, said" gives "Flynn").
     */
    static Attribution speakerBeforeCue(String text, int from, TextSpan cue, int to, boolean wholeStretch) {
        int end = withoutAuxiliaries(text, from, trimBack(text, from, cue.start()));
        if (end <= from) {
            return null;
        }
        int start;
        if (text.charAt(end - 1) == ',') { // appositive: NAME, DESCRIPTION, said
            int descStart = lastBreak(text, from, end - 1);
            int nameEnd = trimBack(text, from, descStart);
            if (nameEnd <= from || text.charAt(nameEnd - 1) != ',') {
                return null;
            }
            int nameStart = lastBreak(text, from, nameEnd - 1);
            start = skipLeading(text, nameStart, nameEnd - 1);
            end = trimBack(text, start, nameEnd - 1);
        } else {
            start = skipLeading(text, lastBreak(text, from, end), end);
        }
        if (wholeStretch && start != skip(text, from, end, " \t")) {
            return null; // after a quotation the speaker must come first: ', she said', not ', the plan she said'
        }
        if (end <= start) {
            return null;
        }
        String phrase = text.substring(start, end);
        SpeakerPhrase.Reading r = SpeakerPhrase.words(phrase).size() > MAX_SPEAKER_WORDS ? null
                : SpeakerPhrase.read(phrase);
        if (r == null && !wholeStretch) { // "In a meeting with the Post Trump said": the name right before the cue
            int nameStart = capitalisedTail(text, start, end);
            if (nameStart > start) {
                start = nameStart;
                phrase = text.substring(start, end);
                r = SpeakerPhrase.read(phrase);
            }
        }
        if (r == null) {
            return null;
        }
        if ("who".equals(r.pronoun()) || "which".equals(r.pronoun())) {
            r = antecedent(text, from, start, r); // "the official, who asked ..." speaks as the official
        }
        if (CueLexicon.NOUN_LIKE.contains(CueLexicon.verb(cue)) && !startsUpper(phrase)) {
            return null; // "news reports", "the claims": nouns, not reporting verbs
        }
        int cueEnd = CueLexicon.extend(text, cue, to, true);
        return new Attribution(TextSpan.of(text, cue.start(), cueEnd), TextSpan.of(text, start, end), r, cueEnd);
    }

    /**
     * The reading of the phrase a relative pronoun stands for: the phrase just before "{@code , who}". The
     * mention stays "who" (that is where the text names the speaker); what it is comes from the antecedent.
     */
    private static SpeakerPhrase.Reading antecedent(String text, int from, int who, SpeakerPhrase.Reading r) {
        int end = trimBack(text, from, who);
        if (end <= from || text.charAt(end - 1) != ',') {
            return r;
        }
        end = trimBack(text, from, end - 1);
        int start = skipLeading(text, lastBreak(text, from, end), end);
        if (end <= start) {
            return r;
        }
        SpeakerPhrase.Reading a = SpeakerPhrase.read(text.substring(start, end));
        return a == null || a.pronoun() != null ? r : a;
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** Start of the clause that ends at {@code end}: just after the last comma, semicolon, colon, dash or "that". */
    private static int lastBreak(String text, int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')') { // a parenthetical belongs to the phrase: "Rep. Gwen Moore (D-Wis.)"
                int openParen = text.lastIndexOf('(', i);
                if (openParen >= from) {
                    i = openParen;
                    continue;
                }
            }
            if (c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '('
                    || c == '"' || c == '\u201C' || c == '\u201D') {
                return i + 1;
            }
            if (c == ' ' && i + 6 <= end && text.startsWith(" that ", i)) {
                return i + 6;
            }
            if (c == '.' && endsSentence(text, i, end)) {
                return i + 1;
            }
        }
        return from;
    }

    /** {@code end} moved back over auxiliaries and adverbs before the verb: "she <b>has also</b> said". */
    private static int withoutAuxiliaries(String text, int from, int end) {
        while (true) {
            int w = end;
            while (w > from && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            if (w == end || w == from || !AUXILIARIES.contains(text.substring(w, end))) {
                return end;
            }
            end = trimBack(text, from, w);
        }
    }

    /** Start of the run of capitalised words that ends at {@code end} (at most four), or {@code from}. */
    private static int capitalisedTail(String text, int from, int end) {
        int start = end;
        int words = 0;
        int i = end;
        while (i > from && words < 4) {
            int wEnd = i;
            while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == wEnd || !Character.isUpperCase(text.charAt(i))) {
                break;
            }
            start = i;
            words++;
            while (i > from && text.charAt(i - 1) == ' ') {
                i--;
            }
        }
        return words == 0 ? from : start;
    }

    /**
     * Whether the full stop at {@code dot} ends a sentence the splitter left joined: a space and a capital follow,
     * and the word before it is not a title or an initial ("Mr.", "Gov.", "J.").
     */
    private static boolean endsSentence(String text, int dot, int end) {
        if (dot + 2 >= end || text.charAt(dot + 1) != ' ' || !Character.isUpperCase(text.charAt(dot + 2))) {
            return false;
        }
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        int letters = dot - w;
        return letters >= 4 || (letters >= 2 && Character.isLowerCase(text.charAt(w)));
    }

    /** Skips spaces and leading conjunctions or adverbs ("But", "And", "Still,"). */
    private static int skipLeading(String text, int start, int end) {
        int i = skip(text, start, end, " \t\n");
        while (i < end) {
            int j = i;
            while (j < end && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i && j < end && text.charAt(j) == ' '
                    && LEADING.contains(text.substring(i, j).toLowerCase(java.util.Locale.ROOT))) {
                i = skip(text, j, end, " \t");
            } else {
                break;
            }
        }
        return i;
    }

    static int skip(String text, int i, int to, String chars) {
        while (i < to && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    static int trimBack(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
