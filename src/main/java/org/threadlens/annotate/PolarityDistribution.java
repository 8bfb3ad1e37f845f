package org.threadlens.annotate;

/**
 * Probabilities (or proportions) of negative, neutral and positive, summing to 1.
 *
 * @param negative in [0, 1]
 * @param neutral  in [0, 1]
 * @param positive in [0, 1]
 */
public record PolarityDistribution(double negative, double neutral, double positive) {
    private static final double SUM_TOLERANCE = 1e-3;

    public PolarityDistribution {
        for (double x : new double[] {negative, neutral, positive}) {
            if (!(x >= 0 && x <= 1)) {
                throw new IllegalArgumentException("probability " + x + " outside [0, 1]");
            }
        }
        double sum = negative + neutral + positive;
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("probabilities sum to " + sum + ", expected 1");
        }
    }

    /** Normalises non-negative weights to a distribution; all zero gives wholly neutral. */
    public static PolarityDistribution ofWeights(double negative, double neutral, double positive) {
        double sum = negative + neutral + positive;
        return sum <= 0 ? new PolarityDistribution(0, 1, 0)
                : new PolarityDistribution(negative / sum, neutral / sum, positive / sum);
    }

    /** CoreNLP's five classes folded: very negative + negative, neutral, positive + very positive. */
    public static PolarityDistribution of(SentimentDistribution five) {
        double[] p = five.toArray();
        return ofWeights(p[0] + p[1], p[2], p[3] + p[4]);
    }

    public double get(Polarity p) {
        return switch (p) {
            case NEGATIVE -> negative;
            case NEUTRAL -> neutral;
            case POSITIVE -> positive;
        };
    }

    /** The most probable polarity (neutral wins ties, then negative). */
    public Polarity argMax() {
        if (neutral >= negative && neutral >= positive) {
            return Polarity.NEUTRAL;
        }
        return negative >= positive ? Polarity.NEGATIVE : Polarity.POSITIVE;
    }

    /** positive − negative, in [-1, 1]. */
    public double score() {
        return positive - negative;
    }

    public double[] toArray() {
        return new double[] {negative, neutral, positive};
    }
}
