package org.threadlens.sentiment.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;

/**
 * How well a predicted distribution's probabilities match how often each class is the gold one, per class,
 * one class against the other two. Expected calibration error (ECE): the texts are put in {@value #BINS}
 * equal-width bins by P(class) ([0, 0.1), [0.1, 0.2), ... [0.9, 1], 1 in the last), and ECE is the mean over
 * bins, weighted by their share of texts, of |mean P(class) in the bin − share of the bin's texts whose gold
 * label is the class|: 0 is perfectly calibrated. Beside it, the mean P(class) over all texts against the
 * observed share of the class (a model that predicts the class too often has the first above the second).
 * Not thread-safe: one accumulator per evaluation.
 */
public final class Calibration {
    public static final int BINS = 10;

    /** [class][bin]: number of texts, sum of P(class), texts whose gold label is the class. */
    private final long[][] count = new long[3][BINS];
    private final double[][] probability = new double[3][BINS];
    private final long[][] gold = new long[3][BINS];

    /**
     * Adds one text: its gold label and the predicted distribution (null: no prediction, counted as certainly
     * neutral, as {@link SentimentEvaluation} counts it as predicted neutral).
     */
    public void add(Polarity goldLabel, PolarityDistribution predicted) {
        PolarityDistribution p = predicted == null ? new PolarityDistribution(0, 1, 0) : predicted;
        for (Polarity c : Polarity.values()) {
            int k = c.ordinal();
            double pc = p.get(c);
            int bin = Math.min(BINS - 1, (int) Math.floor(pc * BINS));
            count[k][bin]++;
            probability[k][bin] += pc;
            gold[k][bin] += goldLabel == c ? 1 : 0;
        }
    }

    public long total() {
        long n = 0;
        for (long c : count[0]) {
            n += c;
        }
        return n;
    }

    /** The expected calibration error of {@code c} (0 with no texts). */
    public double expectedError(Polarity c) {
        int k = c.ordinal();
        long n = total();
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[k][b] > 0) {
                double gap = Math.abs(probability[k][b] / count[k][b] - gold[k][b] / (double) count[k][b]);
                ece += count[k][b] / (double) n * gap;
            }
        }
        return ece;
    }

    /** The mean P(c) over all texts (0 with no texts). */
    public double meanProbability(Polarity c) {
        double sum = 0;
        for (double p : probability[c.ordinal()]) {
            sum += p;
        }
        return total() == 0 ? 0 : sum / total();
    }

    /** The share of texts whose gold label is {@code c} (0 with no texts). */
    public double observedFrequency(Polarity c) {
        long sum = 0;
        for (long g : gold[c.ordinal()]) {
            sum += g;
        }
        return total() == 0 ? 0 : sum / (double) total();
    }

    /** One line per class: ECE, mean predicted probability, observed frequency. */
    public List<String> format() {
        List<String> lines = new ArrayList<>();
        for (Polarity c : Polarity.values()) {
            lines.add(String.format(Locale.ROOT, "  %-9s ECE %.3f  mean P %.3f  observed %.3f", c.wireName(),
                    expectedError(c), meanProbability(c), observedFrequency(c)));
        }
        return lines;
    }
}
