package org.dossier.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple sentence splitter for the evaluation harness: it prepares reference summaries for
 * ROUGE-L (which treats each line as a sentence) and feeds the baselines.
 *
 * <p>Rules: every line break ends a sentence (the references and most documents put one sentence or paragraph a
 * line); inside a line, a sentence ends at {@code .}, {@code ?} or {@code !}, optionally followed by closing quotes
 * or brackets, then whitespace, then a capital letter or digit, optionally after an opening quote. Not a boundary:
 * a period after a single capital (an initial, "George W. Bush") or after a common title ("Mr.", "Sen.").
 *
 * <p>Why this simple: ROUGE-1, -2 and -SU4 do not depend on sentence boundaries at all, and ROUGE-L only
 * slightly, so the harness needs a predictable, documented rule more than a clever one. The project's real splitter
 * lives in dossier-core. Stateless and thread-safe.
 */
public final class SimpleSentenceSplitter {

    /** Candidate boundary: end mark, closing quotes/brackets, whitespace, then what starts the next sentence. */
    private static final Pattern BOUNDARY =
            Pattern.compile("[.?!]['\"\u2019\u201d)\\]]*(\\s+)(?=['\"\u2018\u201c(\\[]?[A-Z0-9])");
    /** Words whose trailing period is an abbreviation, not a sentence end. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "capt", "st", "jr", "sr", "prof", "rev", "no", "vs", "mt", "ft", "u.s", "inc", "co", "corp");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R+");

    private SimpleSentenceSplitter() {
    }

    /** The sentences of a text, trimmed, in order; blank lines give none. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : LINE_BREAK.split(text)) {
            splitLine(line, sentences);
        }
        return sentences;
    }

    private static void splitLine(String line, List<String> out) {
        Matcher m = BOUNDARY.matcher(line);
        int start = 0;
        while (m.find()) {
            if (isAbbreviation(line, m.start())) {
                continue;
            }
            addTrimmed(line.substring(start, m.start(1)), out);
            start = m.end(1);
        }
        addTrimmed(line.substring(start), out);
    }

    /** Whether the period at {@code dot} closes an initial or a title rather than a sentence. */
    private static boolean isAbbreviation(String line, int dot) {
        if (line.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return TITLES.contains(word.toLowerCase(Locale.ROOT).replaceAll("^[\"'(\\[\u201c\u2018]+", ""));
    }

    private static void addTrimmed(String s, List<String> out) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
