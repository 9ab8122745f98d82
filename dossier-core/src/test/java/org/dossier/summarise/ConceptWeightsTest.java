package org.dossier.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptWeightsTest {
    @Test
    void theShippedFileHasEveryFeature() {
        assertEquals(ConceptFeatures.COUNT, ConceptWeights.shipped().coefficients().length);
    }

    @Test
    void writingAndReadingGiveTheSameWeights() throws IOException {
        double[] c = new double[ConceptFeatures.COUNT];
        c[0] = -1.5;
        c[ConceptFeatures.COUNT - 1] = 0.75;
        ConceptWeights w = new ConceptWeights(c, 4, 0.5, 0.6);
        StringWriter out = new StringWriter();
        w.write(out, "a test\nof two lines");
        assertTrue(out.toString().startsWith("# a test\n# of two lines\n"));
        assertEquals(w, ConceptWeights.read(new StringReader(out.toString())));
    }

    @Test
    void theWeightIsTheOddsOfTheLinearScore() {
        double[] c = new double[ConceptFeatures.COUNT];
        c[0] = Math.log(3);
        double[] x = new double[ConceptFeatures.COUNT];
        x[0] = 1;
        assertEquals(3, new ConceptWeights(c, 0).weight(x), 1e-12);
    }

    @Test
    void featuresDescribeAConceptOnTheClusterScale() {
        // a concept in 2 of 4 articles, in the lead of one, first seen at sentence 0, in 3 sentences
        double[] x = ConceptFeatures.vector(4, 40, 2, 1, 0, 1.5, 3, 1, 0, 2.0, false);
        assertEquals(ConceptFeatures.COUNT, x.length);
        assertEquals(0.5, x[ConceptFeatures.NAMES.indexOf("docFraction")], 1e-12);
        assertEquals(0.25, x[ConceptFeatures.NAMES.indexOf("leadFraction")], 1e-12);
        assertEquals(0.5, x[ConceptFeatures.NAMES.indexOf("query")], 1e-12);
        // count score: (2 + 0.5) * (1 + 3) = 10
        assertEquals(Math.log(10), x[ConceptFeatures.NAMES.indexOf("logCount")], 1e-12);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ConceptWeights(new double[2], 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ConceptWeights(new double[ConceptFeatures.COUNT], -1));
        assertEquals(List.of("bias"), ConceptFeatures.NAMES.subList(0, 1));
    }
}
