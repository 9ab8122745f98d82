package org.dossier.analyse.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // step 1a: plurals
            "caresses, caress", "ponies, poni", "cats, cat", "caress, caress",
            // step 1b: -eed, -ed, -ing and the repairs after them
            "agreed, agre", "feed, feed", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
            "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "falling, fall",
            "hissing, hiss", "filing, file", "failing, fail",
            // step 1c
            "happy, happi", "sky, sky",
            // step 2, including the bli and logi rules of the Perl release
            "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc", "digitizer, digit",
            "conformabli, conform", "radicalli, radic", "differentli, differ", "vileli, vile", "analogousli, analog",
            "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
            "decisiveness, decis", "hopefulness, hope", "callousness, callous", "formaliti, formal",
            "sensitiviti, sensit", "sensibiliti, sensibl", "archaeology, archaeolog",
            // step 3
            "triplicate, triplic", "formative, form", "formalize, formal", "electriciti, electr",
            "electrical, electr", "hopeful, hope", "goodness, good",
            // step 4
            "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin", "gyroscopic, gyroscop",
            "adjustable, adjust", "defensible, defens", "irritant, irrit", "replacement, replac",
            "adjustment, adjust", "dependent, depend", "adoption, adopt", "homologous, homolog",
            "communism, commun", "activate, activ", "angulariti, angular", "effective, effect",
            "bowdlerize, bowdler",
            // step 4, ROUGE's variant: ment and ent are tried again on the result of the first pass
            "agreement, agreem", "governments, govern",
            // step 5
            "probate, probat", "rate, rate", "cease, ceas", "controlling, control", "roll, roll",
            // an initial y is a consonant
            "yelling, yell", "youth, youth",
            // words shorter than three letters are left alone
            "as, as", "is, is"
    })
    void stemsLikeRougesPorterVariant(String word, String expected) {
        assertEquals(expected, PorterStemmer.stem(word));
    }
}
