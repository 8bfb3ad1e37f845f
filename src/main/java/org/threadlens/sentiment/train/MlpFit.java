package org.threadlens.sentiment.train;

import java.util.List;
import java.util.Random;
import org.threadlens.sentiment.encoder.LinearSoftmax;
import org.threadlens.sentiment.encoder.SentimentHead;

/**
 * The state of one {@link SentimentHead} being fitted: its weights and Adam's moment estimates. Each
 * {@link #step} takes one mini-batch of the weighted cross-entropy's gradient, back-propagated through the
 * rectified hidden layer (none: a softmax regression). Not thread-safe; deterministic given its seed.
 */
final class MlpFit {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;

    private final int inputs;
    private final Layer hidden;
    private final Layer output;
    private int steps;

    /** One weight matrix ({@code [unit][input]}, bias last) with its Adam moments. */
    private static final class Layer {
        final double[][] w;
        final double[][] m;
        final double[][] v;

        Layer(int units, int inputs, double scale, Random random) {
            w = new double[units][inputs + 1];
            m = new double[units][inputs + 1];
            v = new double[units][inputs + 1];
            for (double[] row : w) {
                for (int f = 0; f < inputs; f++) {
                    row[f] = random.nextGaussian() * scale;
                }
            }
        }

        void adam(double[][] g, double batchWeight, int step, double rate, double l2) {
            double c1 = 1 - Math.pow(BETA1, step);
            double c2 = 1 - Math.pow(BETA2, step);
            int bias = w[0].length - 1;
            for (int u = 0; u < w.length; u++) {
                for (int f = 0; f <= bias; f++) {
                    double grad = g[u][f] / batchWeight + (f < bias ? l2 * w[u][f] : 0);
                    m[u][f] = BETA1 * m[u][f] + (1 - BETA1) * grad;
                    v[u][f] = BETA2 * v[u][f] + (1 - BETA2) * grad * grad;
                    w[u][f] -= rate * (m[u][f] / c1) / (Math.sqrt(v[u][f] / c2) + 1e-8);
                }
            }
        }
    }

    /** He initialisation of the hidden layer, small random output weights; zero biases. */
    MlpFit(int inputs, int hiddenUnits, Random random) {
        this.inputs = inputs;
        this.hidden = hiddenUnits == 0 ? null : new Layer(hiddenUnits, inputs, Math.sqrt(2.0 / inputs), random);
        int read = hiddenUnits == 0 ? inputs : hiddenUnits;
        this.output = new Layer(3, read, hiddenUnits == 0 ? 0 : Math.sqrt(1.0 / read), random);
    }

    SentimentHead head() {
        return new SentimentHead(hidden == null ? new double[0][] : hidden.w, output.w);
    }

    /** One Adam step on the rows {@code batch} of the embeddings (labels: Polarity ordinals). */
    void step(float[][] x, int[] y, double[] weights, List<Integer> batch, double rate, double l2) {
        double[][] hiddenWeights = hidden == null ? new double[0][] : hidden.w;
        int read = output.w[0].length - 1;
        double[][] gOut = new double[3][read + 1];
        double[][] gHidden = hidden == null ? null : new double[hidden.w.length][inputs + 1];
        double batchWeight = 0;
        for (int i : batch) {
            batchWeight += weights[i];
            double[] a = SentimentHead.activations(hiddenWeights, x[i]);
            double[] p = LinearSoftmax.probabilities(output.w, a);
            double[] back = new double[read];
            for (int c = 0; c < 3; c++) {
                double err = weights[i] * (p[c] - (y[i] == c ? 1 : 0));
                for (int j = 0; j < read; j++) {
                    gOut[c][j] += err * a[j];
                    back[j] += err * output.w[c][j];
                }
                gOut[c][read] += err;
            }
            if (hidden != null) {
                for (int u = 0; u < read; u++) {
                    if (a[u] > 0) {
                        for (int f = 0; f < inputs; f++) {
                            gHidden[u][f] += back[u] * x[i][f];
                        }
                        gHidden[u][inputs] += back[u];
                    }
                }
            }
        }
        steps++;
        if (batchWeight > 0) {
            output.adam(gOut, batchWeight, steps, rate, l2);
            if (hidden != null) {
                hidden.adam(gHidden, batchWeight, steps, rate, l2);
            }
        }
    }
}
