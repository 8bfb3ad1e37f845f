package org.threadlens.sentiment.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threadlens.sentiment.encoder.SentenceEncoder;
import org.threadlens.sentiment.encoder.SentimentHead;

/** The encoder regression's fit, on embeddings whose class is written in two of their dimensions. */
class EncoderTrainingTest {
    private static final int N = 1800;

    /** Class 0 leans on dimension 0, class 2 on dimension 1, class 1 on neither; the rest is noise. */
    private static float[][] embeddings(int[] labels) {
        Random random = new Random(7);
        float[][] x = new float[N][SentenceEncoder.DIMENSIONS];
        for (int i = 0; i < N; i++) {
            labels[i] = i % 3;
            for (int d = 0; d < SentenceEncoder.DIMENSIONS; d++) {
                x[i][d] = (float) (random.nextGaussian() * 0.05);
            }
            if (labels[i] == 0) {
                x[i][0] += 0.5f;
            } else if (labels[i] == 2) {
                x[i][1] += 0.5f;
            }
        }
        return x;
    }

    private static List<Integer> all() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            rows.add(i);
        }
        return rows;
    }

    private static double[] ones() {
        double[] w = new double[N];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private static int right(SentimentHead w, float[][] x, int[] labels) {
        int right = 0;
        for (int i = 0; i < N; i++) {
            double[] p = w.probabilities(x[i]);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            right += best == labels[i] ? 1 : 0;
        }
        return right;
    }

    @Test
    void textsOfWeightZeroTeachNothing() {
        int[] labels = new int[N];
        float[][] x = embeddings(labels);
        int[] noisy = labels.clone();
        double[] weights = ones();
        for (int i = 0; i < N / 2; i++) {
            noisy[i] = (labels[i] + 1) % 3;
            weights[i] = 0;
        }
        assertTrue(right(EncoderTraining.fit(x, noisy, weights, all()), x, labels) > 0.95 * N,
                "the mislabelled half, weighted 0, is ignored");
        assertTrue(right(EncoderTraining.fit(x, noisy, ones(), all()), x, labels) < 0.8 * N,
                "weighted 1, the same half misleads the fit");
    }

    @Test
    void learnsWhichDimensionsTellTheClasses() {
        int[] labels = new int[N];
        float[][] x = embeddings(labels);
        assertTrue(right(EncoderTraining.fit(x, labels, ones(), all()), x, labels) > 0.95 * N, "the hidden layer learns");
        SentimentHead regression = EncoderTraining.fit(x, labels, ones(), all(), 0);
        double[][] w = regression.output();
        assertTrue(w[0][0] > w[1][0] && w[2][1] > w[1][1], "the telling dimensions carry the regression's weight");
    }

    @Test
    void theSameDataGivesTheSameWeights() {
        int[] labels = new int[N];
        float[][] x = embeddings(labels);
        SentimentHead a = EncoderTraining.fit(x, labels, ones(), all());
        SentimentHead b = EncoderTraining.fit(x, labels, ones(), all());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a.output()[c], b.output()[c]);
        }
        assertArrayEquals(a.hidden()[0], b.hidden()[0]);
        assertEquals(EncoderTraining.HIDDEN, a.hidden().length);
        assertEquals(SentenceEncoder.DIMENSIONS + 1, a.hidden()[0].length);
    }
}
