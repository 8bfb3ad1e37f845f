package org.threadlens.sentiment.encoder;

/**
 * The class probabilities of a linear model: the softmax of each class's weighted sum of the features plus
 * its bias, computed stably (the largest score subtracted before exponentiating). Shared by the scorers that
 * read such a model (the sentence encoder's regression) and by the combiner's logistic regression, so that a model is
 * applied exactly as it was fitted.
 */
public final class LinearSoftmax {
    private LinearSoftmax() {
    }

    /**
     * @param weights {@code [class][feature]}, the last column being the bias
     * @param x       the features, one fewer than a class's weights
     */
    public static double[] probabilities(double[][] weights, double[] x) {
        double[] z = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < weights.length; c++) {
            double s = weights[c][x.length];
            for (int f = 0; f < x.length; f++) {
                s += weights[c][f] * x[f];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }
}
