package org.dossier.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTokenizerTest {

    private final RougeTokenizer plain = new RougeTokenizer(false, false);
    private final RougeTokenizer stemming = new RougeTokenizer(true, false);
    private final RougeTokenizer noStopwords = new RougeTokenizer(false, true);

    @Test
    void onlyAsciiLettersAndDigitsFormTokens() {
        assertEquals(List.of("the", "u", "s", "led", "talks", "in", "s", "o", "paulo", "cost", "5", "5m"),
                plain.tokenize("The U.S.-led talks\u2014in S\u00e3o Paulo\u2014cost $5.5m!"));
    }

    @Test
    void curlyQuotesAndApostrophesSplitWords() {
        assertEquals(List.of("mayor", "s", "plan", "isn", "t", "final"),
                plain.tokenize("Mayor\u2019s \u201cplan\u201d isn't final"));
    }

    @Test
    void upperCaseOnlyAsciiIsFolded() {
        // The Kelvin sign would become "k" under Java's full Unicode lower-casing; ROUGE sees a non-letter.
        assertEquals(List.of("ok", "x"), plain.tokenize("OK\u212AX"));
    }

    @Test
    void stemsOnlyTokensLongerThanThreeCharacters() {
        // "cats" (4) is stemmed, "was" (3) is not, though Porter would cut it to "wa".
        assertEquals(List.of("cat", "ran", "was", "fast"), stemming.tokenize("Cats ran was fast"));
    }

    @Test
    void irregularFormsUseTheirWordNetBaseAndAreNotStemmedFurther() {
        assertEquals(List.of("child", "be", "run", "to", "good", "school"),
                stemming.tokenize("Children were running to better schools"));
        assertEquals("go", RougeTokenizer.morphStem("went"));
        assertTrue(WordNetExceptions.size() > 5000, "all four exception lists are loaded");
    }

    @Test
    void laterExceptionListsWinLikeRougesDatabase() {
        // adv.exc says best/better -> well, but adj.exc is read after it and says -> good.
        assertEquals("good", RougeTokenizer.morphStem("best"));
        assertEquals("good", RougeTokenizer.morphStem("better"));
        assertEquals(java.util.Optional.empty(), WordNetExceptions.baseForm("harbour"));
    }

    @Test
    void removesSmartStopwordsBeforeAnythingElse() {
        assertEquals(List.of("talks", "held", "geneva"),
                noStopwords.tokenize("After the talks were held in Geneva (AP)"));
        assertTrue(SmartStopwords.contains("however"));
    }

    @Test
    void emptyAndPunctuationOnlyLinesGiveNoTokens() {
        assertEquals(List.of(), plain.tokenize(""));
        assertEquals(List.of(), plain.tokenize(" -- ... \u2014 "));
    }
}
