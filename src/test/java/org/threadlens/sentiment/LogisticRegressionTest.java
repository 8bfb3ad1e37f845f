package org.threadlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    @Test
    void learnsASeparableThreeClassProblem() {
        double[][] x = {{0, 0}, {0.1, 0}, {1, 0}, {0.9, 0.1}, {0, 1}, {0.1, 0.9}};
        int[] y = {0, 0, 1, 1, 2, 2};
        LogisticRegression lr = LogisticRegression.fitWeighted(x, y, 3, new double[] {1, 1, 1, 1, 1, 1}, 1e-4, 2000, 1.0);
        for (int i = 0; i < x.length; i++) {
            double[] p = lr.probabilities(x[i]);
            int best = p[0] > p[1] && p[0] > p[2] ? 0 : p[1] > p[2] ? 1 : 2;
            assertEquals(y[i], best, "example " + i);
        }
    }

    @Test
    void probabilitiesSumToOneAndFittingIsDeterministic() {
        double[][] x = {{1, 2}, {2, 1}, {0, 0}};
        int[] y = {0, 1, 2};
        LogisticRegression a = LogisticRegression.fitWeighted(x, y, 3, new double[] {1, 1, 1}, 1e-3, 100, 0.5);
        LogisticRegression b = LogisticRegression.fitWeighted(x, y, 3, new double[] {1, 1, 1}, 1e-3, 100, 0.5);
        assertTrue(java.util.Arrays.deepEquals(a.weights(), b.weights()));
        LogisticRegression c = LogisticRegression.fitWeighted(x, y, 3, new double[] {1, 1, 0}, 1e-3, 100, 0.5);
        assertTrue(!java.util.Arrays.deepEquals(a.weights(), c.weights()), "a sample weighed 0 changes the fit");
        assertEquals(1.0, java.util.Arrays.stream(a.probabilities(new double[] {5, -3})).sum(), 1e-12);
    }
}
