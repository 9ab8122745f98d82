package org.dossier.analyse;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Sentence;

/**
 * Splits article text into sentences with rules written for news prose.
 *
 * <p>The splitter works paragraph by paragraph ({@link Paragraphs}): a sentence never crosses a blank line. Inside a
 * paragraph it looks at every run of terminal marks ({@code . ? ! …} or {@code ...}), lets the run swallow any
 * closing quotes and brackets that follow it ({@code ."} {@code .)} {@code ?”}), and requires whitespace after that;
 * so {@code 3.5}, {@code $1.2}, {@code U.S.-led}, {@code www.example.org} and {@code jane@example.org} are never
 * cut (except for two sentences glued together by a scraper, "from power.Their meeting", which are split). It
 * then asks the word after the mark:
 * <ol>
 *   <li>a lower-case next word means the sentence goes on ({@code "Why?" he asked}, {@code U.S. officials});</li>
 *   <li>after a title ({@code Mr. Dr. Sen. Gov. St.}) the sentence goes on;</li>
 *   <li>before a number, {@code No. Jan. Art.} and the like go on ({@code No. 10}, {@code Jan. 31});</li>
 *   <li>after an ambiguous abbreviation ({@code Inc. etc. U.S. a.m.}), an initial ({@code George W. Bush}) or a dotted
 *       acronym ({@code J.R.R.}), the sentence ends only if the next word typically starts a sentence ("in the U.S.
 *       The next day" ends; "U.S. President Obama" goes on);</li>
 *   <li>otherwise a capitalised word, a digit or an opening quote starts a new sentence.</li>
 * </ol>
 * Quotations embedded in a longer sentence stay whole ({@link QuoteSpans} documents the rule). A single line break
 * ends a sentence when the line has no terminal punctuation (a headline, caption or list item) unless the next line
 * starts in lower case (hard-wrapped text), and bullet lines ({@code • - * 1. 2)}) are always sentences of their own.
 *
 * <p>The splitter makes one pass over the text without regular expressions; it handles tens of megabytes a second.
 * Instances are stateless and thread-safe.
 */
public final class SentenceSplitter {
    private final Abbreviations abbreviations;

    /** A splitter for English news text. */
    public SentenceSplitter() {
        this(Abbreviations.english());
    }

    /** A splitter using the given abbreviation knowledge. */
    public SentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /**
     * Splits {@code text} (paragraphs separated by blank lines) into the sentences of article {@code articleIndex}.
     * Each sentence's offsets point into {@code text} and its text is trimmed of surrounding whitespace.
     */
    public List<Sentence> split(int articleIndex, String text) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraphs.Span p : Paragraphs.of(text)) {
            splitParagraph(articleIndex, text, p, out);
        }
        return out;
    }

    /** Convenience for callers that need only the sentence strings. */
    public List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Sentence s : split(0, text)) {
            out.add(s.text());
        }
        return out;
    }

    private void splitParagraph(int articleIndex, String text, Paragraphs.Span p, List<Sentence> out) {
        int end = p.end();
        QuoteSpans quotes = QuoteSpans.find(text, p.start(), end);
        int sentenceStart = p.start();
        int lineStart = p.start();
        int i = p.start();
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineEndsSentence(text, lineStart, i, end)) {
                    sentenceStart = emit(articleIndex, text, p.index(), sentenceStart, i, out);
                }
                lineStart = i + 1;
                i++;
            } else if (isTerminal(c)) {
                int runEnd = i + 1;
                while (runEnd < end && isTerminal(text.charAt(runEnd))) {
                    runEnd++;
                }
                int closed = runEnd;
                while (closed < end && isCloser(text.charAt(closed))) {
                    closed++;
                }
                boolean spaceAfter = closed == end || Character.isWhitespace(text.charAt(closed));
                if (spaceAfter && !quotes.protects(i) && endsSentence(text, i, runEnd, closed, end, lineStart)) {
                    sentenceStart = emit(articleIndex, text, p.index(), sentenceStart, closed, out);
                } else if (!spaceAfter && closed == runEnd && isGlued(text, i, runEnd, end, lineStart)
                        && !quotes.protects(i)) {
                    sentenceStart = emit(articleIndex, text, p.index(), sentenceStart, runEnd, out);
                }
                i = closed;
            } else {
                i++;
            }
        }
        emit(articleIndex, text, p.index(), sentenceStart, end, out);
    }

    /** Decides whether the terminal run {@code text[markStart, markEnd)} (closers up to {@code closed}) ends a sentence. */
    private boolean endsSentence(String text, int markStart, int markEnd, int closed, int end, int lineStart) {
        int next = skipSpaces(text, closed, end);
        if (next >= end) {
            return true;
        }
        int wordStart = next;
        while (wordStart < end && isOpener(text.charAt(wordStart))) {
            wordStart++;
        }
        if (wordStart >= end) {
            return true;
        }
        char first = text.charAt(wordStart);
        if (Character.isLowerCase(first)) {
            return false;
        }
        boolean singlePeriod = markEnd - markStart == 1 && text.charAt(markStart) == '.';
        if (!singlePeriod) {
            return true; // ? ! and ellipses end the sentence before anything that is not lower case
        }
        String before = wordBefore(text, markStart, lineStart);
        if (before.isEmpty()) {
            return true;
        }
        if (abbreviations.isTitle(before)) {
            return false;
        }
        if (Character.isDigit(first) && abbreviations.takesNumber(before)) {
            return false;
        }
        if (isListNumber(text, before, markStart, lineStart)) {
            return false;
        }
        if (isInitial(before) || isDottedAcronym(before) || abbreviations.mayEndSentence(before)) {
            String nextWord = wordAt(text, wordStart, end);
            boolean quoted = isQuoteMark(text.charAt(next));
            return quoted || abbreviations.isStarter(nextWord);
        }
        return true;
    }

    /**
     * Two sentences glued together by a scraper that lost the space: "from power.Their meeting". The mark must
     * follow a lower-case word of three letters or more and precede a capitalised word ("Their"), which rules out
     * decimals, acronyms ("U.S.A"), initials and most web addresses.
     */
    private static boolean isGlued(String text, int markStart, int markEnd, int end, int lineStart) {
        if (markEnd - markStart != 1 || markEnd + 1 >= end) {
            return false;
        }
        if (!Character.isUpperCase(text.charAt(markEnd)) || !Character.isLowerCase(text.charAt(markEnd + 1))) {
            return false;
        }
        int letters = 0;
        int k = markStart - 1;
        while (k >= lineStart && Character.isLowerCase(text.charAt(k))) {
            letters++;
            k--;
        }
        boolean wordStart = k < lineStart || Character.isWhitespace(text.charAt(k)) || Character.isUpperCase(
                text.charAt(k));
        return letters >= 3 && wordStart;
    }

    /** A line break ends a sentence after a bullet line, before one, or after a line without final punctuation. */
    private static boolean lineEndsSentence(String text, int lineStart, int lineEnd, int end) {
        int last = lineEnd - 1;
        while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < lineStart) {
            return false;
        }
        int nextStart = skipSpaces(text, lineEnd + 1, end);
        if (nextStart >= end) {
            return false;
        }
        if (isBullet(text, lineStart, lineEnd) || isBullet(text, nextStart, end)) {
            return true;
        }
        int core = last;
        while (core > lineStart && isCloser(text.charAt(core))) {
            core--;
        }
        char lastChar = text.charAt(core);
        if (isTerminal(lastChar) || ",;:-\u2013\u2014".indexOf(lastChar) >= 0) {
            return false; // terminal marks are judged where they stand; the others continue the sentence
        }
        return !Character.isLowerCase(text.charAt(nextStart));
    }

    /** True when the line starting at {@code from} (after leading spaces) begins with a bullet or list number. */
    static boolean isBullet(String text, int from, int end) {
        int i = skipSpaces(text, from, end);
        if (i >= end) {
            return false;
        }
        char c = text.charAt(i);
        if ("\u2022\u00B7\u25AA\u25BA\u25A0*-\u2013".indexOf(c) >= 0) {
            return i + 1 < end && text.charAt(i + 1) == ' ';
        }
        int digits = 0;
        while (i < end && Character.isDigit(text.charAt(i)) && digits < 3) {
            i++;
            digits++;
        }
        return digits > 0 && i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ')')
                && text.charAt(i + 1) == ' ';
    }

    /** "1." or "12." at the start of a line is a list number, not a sentence end. */
    private static boolean isListNumber(String text, String before, int markStart, int lineStart) {
        if (before.length() > 3) {
            return false;
        }
        for (int k = 0; k < before.length(); k++) {
            if (!Character.isDigit(before.charAt(k))) {
                return false;
            }
        }
        return skipSpaces(text, lineStart, markStart) == markStart - before.length();
    }

    /** The word that ends just before {@code pos}, without opening quotes or brackets. */
    private static String wordBefore(String text, int pos, int lineStart) {
        int s = pos;
        while (s > lineStart && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        while (s < pos && isOpener(text.charAt(s))) {
            s++;
        }
        return text.substring(s, pos);
    }

    /** The word starting at {@code from}: letters, digits, apostrophes and inner periods or hyphens. */
    private static String wordAt(String text, int from, int end) {
        int e = from;
        while (e < end && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '\''
                || text.charAt(e) == '-')) {
            e++;
        }
        return text.substring(from, e);
    }

    /** A single capital letter, as in "George W. Bush". */
    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** Letters separated by periods, as in "U.S", "J.R.R" or "a.m" (the final period is not part of the word). */
    private static boolean isDottedAcronym(String word) {
        if (word.length() < 3 || word.indexOf('.') < 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            boolean letterSlot = k % 2 == 0;
            if (letterSlot ? !Character.isLetter(ch) : ch != '.') {
                return false;
            }
        }
        return true;
    }

    private int emit(int articleIndex, String text, int paragraph, int from, int to, List<Sentence> out) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(articleIndex, out.size(), paragraph, s, e, text.substring(s, e)));
        }
        return to;
    }

    private static int skipSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    /** Marks that close a quotation or aside and belong to the sentence before them. */
    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
    }

    /** An opening quotation mark: after an ambiguous abbreviation it starts a new sentence (a bracket does not). */
    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '`' || c == '\u00AB' || c == '\u201E';
    }

    /** Marks that open a quotation or aside and belong to the word after them. */
    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '`' || c == '(' || c == '['
                || c == '\u00AB' || c == '\u201E';
    }
}
