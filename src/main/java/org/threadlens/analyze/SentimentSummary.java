package org.threadlens.analyze;

import java.util.Map;
import java.util.Objects;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;

/**
 * The sentiment of a set of comments.
 *
 * @param label        the most probable polarity of the mean distribution
 * @param score        P(positive) − P(negative) of the mean distribution, on [-1, 1]
 * @param distribution the mean of the comments' distributions
 * @param comments     how many comments had a sentiment
 * @param counts       comments per label (every polarity present, zero if none)
 * @param scoreInterval 95% bootstrap interval of {@code score} over the comments (the whole [-1, 1] for fewer
 *                      than two comments)
 */
public record SentimentSummary(Polarity label, double score, PolarityDistribution distribution, int comments,
                               Map<Polarity, Integer> counts, Interval scoreInterval) {

    public SentimentSummary {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(scoreInterval, "scoreInterval");
        counts = Map.copyOf(counts);
        if (counts.size() != Polarity.values().length) {
            throw new IllegalArgumentException("counts must name every polarity");
        }
        if (counts.values().stream().mapToInt(Integer::intValue).sum() != comments) {
            throw new IllegalArgumentException("counts do not add up to " + comments + " comments");
        }
    }

    /** The share of comments with this label, in [0, 1]. */
    public double share(Polarity p) {
        return comments == 0 ? 0 : counts.get(p) / (double) comments;
    }

    /** The 95% Wilson score interval of {@link #share}: small threads get wide intervals. */
    public Interval shareInterval(Polarity p) {
        return Interval.wilson(counts.get(p), comments);
    }
}
