package org.threadlens.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.store.CorpusStore;

/**
 * The store's interval macros: {@code t975} against Student's t, and {@code cluster_half_width}'s standard error
 * (the linearised variance of a ratio over threads) against what a cluster bootstrap over the same threads gives.
 * Its degrees of freedom, from the effective number of threads, are tested by their coverage
 * ({@link IntervalCoverageTest}).
 */
class ClusterIntervalTest {
    @TempDir
    static Path dir;
    private static CorpusStore store;

    @BeforeAll
    static void open() throws Exception {
        store = CorpusStore.open(dir.resolve("macros.duckdb"));
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static Double sql(String expression, Object... params) throws Exception {
        return store.select("SELECT CAST(" + expression + " AS DOUBLE)", List.of(params),
                rs -> (Double) rs.getObject(1)).get(0);
    }

    @Test
    void t975IsStudentsQuantile() throws Exception {
        double[][] known = {{1, 12.706}, {4, 2.776}, {10, 2.228}, {11, 2.201}, {20, 2.086}, {30, 2.042}, {100, 1.984},
                {1000, 1.962}};
        for (double[] k : known) {
            assertEquals(k[1], sql("t975(?)", (int) k[0]), 0.002, "df " + (int) k[0]);
        }
        assertNull(sql("t975(0)"));
    }

    @Test
    void belowTwoThreadsThereIsNoInterval() throws Exception {
        assertNull(sql("cluster_half_width(1, 3.0, 5, 9.0, 15.0, 25)"));
    }

    @Test
    void theStandardErrorAgreesWithAClusterBootstrapOverTheSameThreads() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 5; round++) {
            int k = 40;
            double[] y = new double[k];
            double[] n = new double[k];
            for (int i = 0; i < k; i++) {
                n[i] = 1 + Math.floor(Math.exp(random.nextGaussian() * 1.1 + 2));
                double threadMood = random.nextDouble(-0.25, 0.25);
                for (int j = 0; j < n[i]; j++) {
                    y[i] += 0.1 + threadMood + random.nextDouble(-0.45, 0.45);
                }
            }
            double sy = Arrays.stream(y).sum();
            double sn = Arrays.stream(n).sum();
            double syy = 0;
            double syn = 0;
            double snn = 0;
            for (int i = 0; i < k; i++) {
                syy += y[i] * y[i];
                syn += y[i] * n[i];
                snn += n[i] * n[i];
            }
            int df = (int) Math.min(k - 1, Math.max(1, Math.floor(sn * sn / snn) - 1));
            double standardError = sql("cluster_half_width(?, ?, ?, ?, ?, ?)", k, sy, sn, syy, syn, snn) / sql("t975(?)", df);
            double bootstrap = bootstrapHalfWidth(y, n, random) / 1.959964;
            assertEquals(bootstrap, standardError, 0.2 * bootstrap, "round " + round + ": standard error " + standardError
                    + " against the bootstrap's " + bootstrap);
        }
    }

    /**
     * Half the width of the 2.5–97.5 percentile interval of sum(y)/sum(n) over samples of the threads drawn with
     * replacement (robust to the few extreme ratios a standard deviation would weigh heavily).
     */
    private static double bootstrapHalfWidth(double[] y, double[] n, SplittableRandom random) {
        int reps = 4000;
        double[] means = new double[reps];
        for (int r = 0; r < reps; r++) {
            double sy = 0;
            double sn = 0;
            for (int i = 0; i < y.length; i++) {
                int pick = random.nextInt(y.length);
                sy += y[pick];
                sn += n[pick];
            }
            means[r] = sy / sn;
        }
        Arrays.sort(means);
        return (means[(int) (0.975 * reps)] - means[(int) (0.025 * reps)]) / 2;
    }
}
