package org.threadlens.annotate;

import java.util.Arrays;

/**
 * Probabilities of the five {@link SentimentLabel}s, in label order. Immutable: the array is copied in and out.
 */
public final class SentimentDistribution {
    /** Tolerance on the sum of the probabilities (CoreNLP's softmax is computed in doubles, ours in means). */
    private static final double SUM_TOLERANCE = 1e-3;
    private final double[] p;

    public SentimentDistribution(double... probabilities) {
        if (probabilities.length != 5) {
            throw new IllegalArgumentException("a sentiment distribution has 5 probabilities, got "
                    + probabilities.length);
        }
        double sum = 0;
        for (double x : probabilities) {
            if (!(x >= 0 && x <= 1)) {
                throw new IllegalArgumentException("probability " + x + " outside [0, 1]");
            }
            sum += x;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("probabilities sum to " + sum + ", expected 1");
        }
        this.p = probabilities.clone();
    }

    public double get(SentimentLabel label) {
        return p[label.value()];
    }

    public double[] toArray() {
        return p.clone();
    }

    /** The most probable label (the lower class on a tie). */
    public SentimentLabel argMax() {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return SentimentLabel.ofValue(best);
    }

    /** The expected polarity on a scale from -1 (very negative) to +1 (very positive). */
    public double score() {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i] * (i - 2) / 2.0;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentimentDistribution d && Arrays.equals(p, d.p);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(p);
    }

    @Override
    public String toString() {
        return Arrays.toString(p);
    }
}
