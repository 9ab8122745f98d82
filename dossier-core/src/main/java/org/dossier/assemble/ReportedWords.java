package org.dossier.assemble;

import java.util.Locale;
import java.util.Set;
import org.dossier.analyse.quotes.Quote;
import org.dossier.analyse.quotes.QuoteKind;
import org.dossier.analyse.quotes.TextSpan;

/**
 * Decides how a paraphrase or a partial quotation reads under its speaker's name in the briefing, or that it
 * should not be shown at all.
 *
 * <p>The quote stage reads every reporting verb, because its job is to find attributions; a reader of the
 * briefing needs each line to say something on its own. Three cases:
 * <ul>
 *   <li>a verb of saying or thinking followed by a clause ("said the tone was warmer", "according to ... the
 *       increase added $4 a tonne") is shown as the clause, as before;</li>
 *   <li>a verb of a speech act that takes an object ("called the meeting a step forward", "promised to send back
 *       the boats", "accused Aredo of ...") is shown with the verb, because the object alone is a fragment
 *       ("the meeting a step forward"); the verb and the words are contiguous in the source, so nothing is
 *       invented;</li>
 *   <li>anything else is left out: a clause-less remainder ("confirmed the freeze in a brief statement" read as
 *       "the freeze in a brief statement"), an embedded question, which usually stands under a negation ("did
 *       not say how long ..."), and verbs that report no speech at all ("expected to", "wants").</li>
 * </ul>
 * Direct quotations are never judged here: quotation marks are the speaker's own words.
 */
final class ReportedWords {
    /** Verbs (and "according to") that introduce a reported clause. Matched on the cue's first word, lower-cased. */
    private static final Set<String> CLAUSE_CUES = Set.of("say", "says", "said", "saying", "tell", "tells",
            "told", "telling", "add", "adds", "added", "adding", "according", "state", "states", "stated", "claim",
            "claims", "claimed", "insist", "insists", "insisted", "argue", "argues", "argued", "warn", "warns",
            "warned", "believe", "believes", "believed", "note", "notes", "noted", "explain", "explains",
            "explained", "suggest", "suggests", "suggested", "stress", "stresses", "stressed", "estimate",
            "estimates", "estimated", "report", "reports", "reported", "confirm", "confirms", "confirmed",
            "announce", "announces", "announced", "acknowledge", "acknowledges", "acknowledged", "admit", "admits",
            "admitted", "deny", "denies", "denied", "predict", "predicts", "predicted", "hint", "hints", "hinted",
            "complain", "complains", "complained", "write", "writes", "wrote", "recall", "recalls", "recalled",
            "concede", "concedes", "conceded", "maintain", "maintains", "maintained", "assert", "asserts",
            "asserted", "contend", "contends", "contended", "think", "thinks", "thought", "fear", "fears",
            "feared", "hope", "hopes", "hoped", "recognise", "recognises", "recognised", "recognize",
            "recognizes", "recognized", "agree", "agrees", "agreed", "promise", "promises", "promised");

    /** Speech acts whose object is the news: shown together with the verb. */
    private static final Set<String> ACT_CUES = Set.of("call", "calls", "called", "calling", "promise",
            "promises", "promised", "agree", "agrees", "agreed", "confirm", "confirms", "confirmed", "announce",
            "announces", "announced", "accuse", "accuses", "accused", "describe", "describes", "described",
            "urge", "urges", "urged", "ask", "asks", "asked", "pledge", "pledges", "pledged", "vow", "vows",
            "vowed", "reject", "rejects", "rejected", "welcome", "welcomes", "welcomed", "praise", "praises",
            "praised", "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized",
            "condemn", "condemns", "condemned", "endorse", "endorses", "endorsed", "propose", "proposes",
            "proposed", "warn", "warns", "warned", "deny", "denies", "denied");

    /** First words of a remainder that is not a clause: a preposition, an infinitive, an embedded question. */
    private static final Set<String> NOT_CLAUSE_START = Set.of("to", "for", "about", "on", "at", "in", "of",
            "with", "from", "after", "since", "by", "against", "into", "how", "whether", "why", "when", "what",
            "where", "if", "who", "which");

    /** Words that show a finite verb: auxiliaries, modals and common irregular past forms. */
    private static final Set<String> FINITE = Set.of("is", "was", "were", "are", "am", "be", "been", "had",
            "has", "have", "would", "will", "could", "can", "cannot", "can't", "should", "might", "must", "may",
            "did", "does", "do", "didn't", "doesn't", "don't", "won't", "wasn't", "weren't", "isn't", "aren't",
            "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", "said", "told", "went", "came",
            "made", "took", "gave", "saw", "knew", "thought", "felt", "left", "met", "ran", "got", "won", "lost",
            "paid", "sent", "kept", "held", "brought", "began", "fell", "rose", "grew", "spoke", "wrote", "led",
            "chose", "put", "set", "cut", "hit", "let", "shut", "spent", "built", "sold", "bought", "found",
            "heard", "meant", "stood", "understood");

    private ReportedWords() {
    }

    /**
     * The words to show for {@code quote} (its {@code text} or the cue followed by it), or {@code null} when the
     * report should be left out of the briefing. Direct quotes come back unchanged.
     */
    static String shown(Quote quote, String text) {
        if (quote.kind() == QuoteKind.DIRECT || quote.cue() == null) {
            return text;
        }
        TextSpan cue = quote.cue();
        String cueText = cue.text().strip();
        String verb = firstWord(cueText);
        boolean adjacent = cue.end() <= quote.start() && quote.start() - cue.end() <= 2 && !cueText.contains(" ");
        String first = firstWord(text);
        String raw = text.strip();
        if (raw.startsWith("'s ") || raw.startsWith("\u2019s ")) {
            return null; // "'s outcome ...": the quote stage cut a possessive in two
        }
        boolean clauseCue = CLAUSE_CUES.contains(verb);
        // a speech act right before its object reads best with the verb, even where the object could pass for
        // a clause ("announced an agreement aimed at ...")
        if (ACT_CUES.contains(verb) && adjacent && !first.isEmpty() && !first.equals("that")
                && (!NOT_CLAUSE_START.contains(first) || first.equals("to"))) {
            return cueText + " " + text.strip();
        }
        if (clauseCue && looksLikeClause(text)) {
            return text;
        }
        if (quote.kind() == QuoteKind.PARTIAL && clauseCue) {
            return text; // the quoted words carry it: the vessels would be returned "once the paperwork is done"
        }
        return null;
    }

    /** Whether {@code text} reads as a clause: not opening on a preposition or question word, with a finite verb. */
    static boolean looksLikeClause(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("that ")) {
            t = t.substring(5).strip();
        }
        String first = firstWord(t);
        if (first.isEmpty() || NOT_CLAUSE_START.contains(first) || first.endsWith("ing")) {
            return false;
        }
        String[] words = t.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = strip(words[i]);
            if (FINITE.contains(w) || (w.length() > 4 && w.endsWith("ed"))) {
                return true;
            }
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && i <= 4
                    && isSubjectLike(words, i)) {
                return true; // "Russia now supports ...": a present-tense verb after a short subject
            }
        }
        return false;
    }

    /** A capitalised word or a pronoun before position {@code i}, optionally with one adverb between. */
    private static boolean isSubjectLike(String[] words, int i) {
        String prev = words[i - 1];
        String prevLower = strip(prev);
        if (prevLower.endsWith("ly") || prevLower.equals("now") || prevLower.equals("still")) {
            if (i < 2) {
                return false;
            }
            prev = words[i - 2];
            prevLower = strip(prev);
        }
        return Character.isUpperCase(prev.charAt(0)) || Set.of("he", "she", "it", "this", "that").contains(prevLower);
    }

    private static String firstWord(String text) {
        String t = text.strip();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return strip(t.substring(0, end));
    }

    private static String strip(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int s = 0;
        int e = w.length();
        while (s < e && "\"'(\u201C\u2018[".indexOf(w.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && ",.;:!?)\"\u201D]".indexOf(w.charAt(e - 1)) >= 0) {
            e--;
        }
        return w.substring(s, e);
    }
}
