package org.dossier.eval.rouge;

import java.util.List;

/**
 * One summary tokenised the two ways ROUGE-1.5.5 reads it: as one text for n-grams (and for the unigram counts that
 * clip ROUGE-L), and sentence by sentence for ROUGE-L. Both are the same except under a byte limit, where the Perl
 * script's sentence reader cuts differently (see {@link LengthLimit#applyForLcs}).
 *
 * @param ngramLines tokens of each line kept for n-gram counting
 * @param lcsLines   tokens of each line kept for ROUGE-L
 */
record TokenisedText(List<List<String>> ngramLines, List<List<String>> lcsLines) {
}
