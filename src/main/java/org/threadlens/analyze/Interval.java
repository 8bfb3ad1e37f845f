package org.threadlens.analyze;

/**
 * A 95% confidence interval, {@code [low, high]}.
 *
 * @param low  lower bound
 * @param high upper bound
 */
public record Interval(double low, double high) {
    /** z for a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] is empty");
        }
    }

    /**
     * The Wilson score interval of a proportion {@code successes / n} (the whole [0, 1] when n is 0): unlike
     * the normal approximation it stays inside [0, 1] and does not collapse for 0 or n successes.
     */
    public static Interval wilson(long successes, long n) {
        if (n == 0) {
            return new Interval(0, 1);
        }
        double p = successes / (double) n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
