package org.dossier.eval.summarise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    @Test
    void recoversTheRatesOfABinaryFeature() {
        // x = 0: 1 positive in 4; x = 1: 3 positives in 4. Unpenalised, the fit reproduces both rates exactly.
        List<LogisticRegression.Example> data = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            data.add(new LogisticRegression.Example(new double[] {1, 0}, i == 0 ? 1 : 0, 1));
            data.add(new LogisticRegression.Example(new double[] {1, 1}, i == 0 ? 0 : 1, 1));
        }
        double[] beta = LogisticRegression.fit(data, 2, 0);
        assertEquals(0.25, LogisticRegression.sigmoid(beta[0]), 1e-6);
        assertEquals(0.75, LogisticRegression.sigmoid(beta[0] + beta[1]), 1e-6);
    }

    @Test
    void softLabelsAndWeightsCountLikeRepeatedExamples() {
        List<LogisticRegression.Example> soft = List.of(
                new LogisticRegression.Example(new double[] {1, 2}, 0.5, 2),
                new LogisticRegression.Example(new double[] {1, -1}, 0, 1));
        List<LogisticRegression.Example> repeated = List.of(
                new LogisticRegression.Example(new double[] {1, 2}, 1, 1),
                new LogisticRegression.Example(new double[] {1, 2}, 0, 1),
                new LogisticRegression.Example(new double[] {1, -1}, 0, 1));
        assertArrayEquals(LogisticRegression.fit(repeated, 2, 0.1), LogisticRegression.fit(soft, 2, 0.1), 1e-9);
    }

    @Test
    void thePenaltyShrinksCoefficientsButNotTheBias() {
        List<LogisticRegression.Example> data = List.of(
                new LogisticRegression.Example(new double[] {1, 1}, 1, 1),
                new LogisticRegression.Example(new double[] {1, 1}, 1, 1),
                new LogisticRegression.Example(new double[] {1, 0}, 0, 1),
                new LogisticRegression.Example(new double[] {1, 0}, 1, 1));
        double[] loose = LogisticRegression.fit(data, 2, 0.01);
        double[] tight = LogisticRegression.fit(data, 2, 10);
        assertTrue(Math.abs(tight[1]) < Math.abs(loose[1]));
    }

    @Test
    void solvesALinearSystem() {
        double[] x = LogisticRegression.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
        assertArrayEquals(new double[] {0.8, 1.4}, x, 1e-12);
    }
}
