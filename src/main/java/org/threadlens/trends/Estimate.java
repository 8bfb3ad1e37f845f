package org.threadlens.trends;

/**
 * A figure with its 95% interval over threads.
 *
 * @param value nullable: nothing to estimate from (no scored text in the cell)
 * @param low   nullable: the interval is unknown (too few threads or texts in the cell)
 * @param high  nullable exactly when {@code low} is
 */
public record Estimate(Double value, Double low, Double high) {
    public Estimate {
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("an interval needs both ends, or neither: " + low + ", " + high);
        }
        if (low != null && (value == null || low > value + 1e-9 || high < value - 1e-9)) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] does not hold " + value);
        }
    }

    /** Whether the interval is known. */
    public boolean hasInterval() {
        return low != null;
    }

    /** Whether the interval holds {@code x} (false if unknown). */
    public boolean covers(double x) {
        return low != null && low <= x && x <= high;
    }
}
