package org.threadlens.sentiment;

import java.util.Arrays;
import org.threadlens.sentiment.encoder.LinearSoftmax;

/**
 * Multinomial logistic regression, small and deterministic: full-batch gradient descent from zero weights
 * with L2 regularisation and per-class weights (to favour macro-F1 over accuracy on skewed classes).
 * An instance holds fitted weights and is immutable and thread-safe.
 */
public final class LogisticRegression {
    private final double[][] weights;

    /** @param weights {@code [class][feature]}, the last column being the bias */
    public LogisticRegression(double[][] weights) {
        if (weights.length < 2) {
            throw new IllegalArgumentException("at least two classes are needed");
        }
        int width = weights[0].length;
        for (double[] row : weights) {
            if (row.length != width) {
                throw new IllegalArgumentException("every class needs as many weights as features + 1");
            }
        }
        this.weights = Arrays.stream(weights).map(double[]::clone).toArray(double[][]::new);
    }

    public int features() {
        return weights[0].length - 1;
    }

    public double[][] weights() {
        return Arrays.stream(weights).map(double[]::clone).toArray(double[][]::new);
    }

    /** The class probabilities of one feature vector. */
    public double[] probabilities(double[] x) {
        if (x.length != features()) {
            throw new IllegalArgumentException("expected " + features() + " features, got " + x.length);
        }
        return LinearSoftmax.probabilities(weights, x);
    }

    /**
     * Fits weights with one weight per sample (e.g. so that each source of training data counts alike
     * however many texts it has); the loss is the weighted mean cross-entropy plus the L2 penalty.
     *
     * @param x             feature vectors
     * @param y             class of each vector, in {@code [0, classes)}
     * @param sampleWeights weight of each vector in the loss
     * @param l2            strength of the L2 penalty on non-bias weights
     * @param iterations    gradient steps
     * @param rate          step size
     */
    public static LogisticRegression fitWeighted(double[][] x, int[] y, int classes, double[] sampleWeights, double l2,
                                                 int iterations, double rate) {
        int n = x.length;
        int d = x[0].length;
        double[][] w = new double[classes][d + 1];
        double totalWeight = 0;
        for (int i = 0; i < n; i++) {
            totalWeight += sampleWeights[i];
        }
        for (int it = 0; it < iterations; it++) {
            double[][] grad = new double[classes][d + 1];
            LogisticRegression current = new LogisticRegression(w);
            for (int i = 0; i < n; i++) {
                double[] p = current.probabilities(x[i]);
                for (int c = 0; c < classes; c++) {
                    double err = sampleWeights[i] * (p[c] - (y[i] == c ? 1 : 0));
                    for (int f = 0; f < d; f++) {
                        grad[c][f] += err * x[i][f];
                    }
                    grad[c][d] += err;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int f = 0; f <= d; f++) {
                    double penalty = f < d ? l2 * w[c][f] : 0;
                    w[c][f] -= rate * (grad[c][f] / totalWeight + penalty);
                }
            }
        }
        return new LogisticRegression(w);
    }
}
