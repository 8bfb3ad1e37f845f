package org.threadlens.sentiment.vader;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * VADER's scores for one text, unrounded.
 *
 * <p>{@code neg}, {@code neu} and {@code pos} are the proportions (0 … 1) of the text's lexical items that
 * are negative, neutral and positive, weighted by intensity; they sum to 1, or are all 0 for a text without
 * words. {@code compound} (−1 … +1) is the sum of the rule-adjusted valences, normalised by
 * {@code x / sqrt(x² + 15)}: the single number most studies use. Immutable.
 *
 * @param neg proportion of negative sentiment, 0 … 1
 * @param neu proportion of neutral items, 0 … 1
 * @param pos proportion of positive sentiment, 0 … 1
 * @param compound normalised sum of valences, −1 … +1
 */
public record VaderScores(double neg, double neu, double pos, double compound) {
    /** The scores of a text that has no words. */
    public static final VaderScores NONE = new VaderScores(0, 0, 0, 0);

    public VaderScores {
        requireIn("neg", neg, 0, 1);
        requireIn("neu", neu, 0, 1);
        requireIn("pos", pos, 0, 1);
        requireIn("compound", compound, -1, 1);
    }

    /**
     * The scores as the reference's {@code polarity_scores} returns them: {@code neg}, {@code neu} and
     * {@code pos} rounded to 3 decimals, {@code compound} to 4, each exact binary value rounded half to even
     * (Python's {@code round}).
     */
    public VaderScores rounded() {
        return new VaderScores(round(neg, 3), round(neu, 3), round(pos, 3), round(compound, 4));
    }

    private static double round(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static void requireIn(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " " + value + " outside [" + min + ", " + max + "]");
        }
    }
}
