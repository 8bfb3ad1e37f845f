package org.threadlens.sentiment.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threadlens.sentiment.minilm.MiniLmEncoder;
import org.threadlens.sentiment.minilm.MiniLmSentimentModel;

/** The MiniLM regression's fit, on embeddings whose class is written in two of their dimensions. */
class MiniLmTrainingTest {
    private static final int N = 600;

    /** Class 0 leans on dimension 0, class 2 on dimension 1, class 1 on neither; the rest is noise. */
    private static float[][] embeddings(int[] labels) {
        Random random = new Random(7);
        float[][] x = new float[N][MiniLmEncoder.DIMENSIONS];
        for (int i = 0; i < N; i++) {
            labels[i] = i % 3;
            for (int d = 0; d < MiniLmEncoder.DIMENSIONS; d++) {
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

    @Test
    void learnsWhichDimensionsTellTheClasses() {
        int[] labels = new int[N];
        float[][] x = embeddings(labels);
        double[][] w = MiniLmTraining.fit(x, labels, all());
        int right = 0;
        for (int i = 0; i < N; i++) {
            double[] p = MiniLmSentimentModel.softmax(w, x[i]);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            right += best == labels[i] ? 1 : 0;
        }
        assertTrue(right > 0.95 * N, right + " of " + N + " right");
        assertTrue(w[0][0] > w[1][0] && w[2][1] > w[1][1], "the telling dimensions carry the weight");
    }

    @Test
    void theSameDataGivesTheSameWeights() {
        int[] labels = new int[N];
        float[][] x = embeddings(labels);
        double[][] a = MiniLmTraining.fit(x, labels, all());
        double[][] b = MiniLmTraining.fit(x, labels, all());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(a[c], b[c]);
        }
        assertEquals(MiniLmEncoder.DIMENSIONS + 1, a[0].length);
    }
}
