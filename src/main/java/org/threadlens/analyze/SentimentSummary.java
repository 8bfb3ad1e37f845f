package org.threadlens.analyze;

import java.util.Map;
import java.util.Objects;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;

/**
 * The sentiment of a set of comments.
 *
 * @param label        the most probable class of the mean distribution
 * @param score        expected polarity on [-1, 1]
 * @param distribution the mean of the comments' distributions
 * @param comments     how many comments had a sentiment
 * @param counts       comments per label (every label present, zero if none)
 */
public record SentimentSummary(
        SentimentLabel label, double score, SentimentDistribution distribution, int comments,
        Map<SentimentLabel, Integer> counts) {

    public SentimentSummary {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
        counts = Map.copyOf(counts);
        if (counts.size() != SentimentLabel.values().length) {
            throw new IllegalArgumentException("counts must name every label");
        }
        if (counts.values().stream().mapToInt(Integer::intValue).sum() != comments) {
            throw new IllegalArgumentException("counts do not add up to " + comments + " comments");
        }
    }

    /** The share of comments with this label, in [0, 1]. */
    public double share(SentimentLabel l) {
        return comments == 0 ? 0 : counts.get(l) / (double) comments;
    }
}
