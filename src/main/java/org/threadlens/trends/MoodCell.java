package org.threadlens.trends;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The mood of one community (or {@code *}, all together) in one period: a row of the {@code mood_trends} view.
 *
 * @param period   the period's first day
 * @param threads  threads with a text in the period
 * @param texts    posts and comments in the period
 * @param scored   texts with a sentiment: what the figures average
 * @param tooFew   fewer than {@link TrendQuery#MIN_THREADS} threads, {@link TrendQuery#MIN_TEXTS} scored texts or
 *                 two effective threads: the figures are there, their intervals are not
 * @param score    mean score, P(positive) − P(negative), on −1…+1
 * @param negative share of scored texts labelled negative (likewise neutral, positive)
 */
public record MoodCell(LocalDate period, String community, long threads, long texts, long scored, boolean tooFew,
                       Estimate score, Estimate negative, Estimate neutral, Estimate positive) {
    public MoodCell {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(negative, "negative");
        Objects.requireNonNull(neutral, "neutral");
        Objects.requireNonNull(positive, "positive");
        if (threads < 0 || texts < threads || scored < 0 || scored > texts) {
            throw new IllegalArgumentException("mood cell " + period + " " + community + ": counts " + threads + " threads, "
                    + texts + " texts, " + scored + " scored");
        }
    }
}
