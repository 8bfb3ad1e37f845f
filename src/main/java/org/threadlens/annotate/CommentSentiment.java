package org.threadlens.annotate;

import java.util.Objects;

/**
 * The sentiment of a whole comment, rolled up from its sentences (see {@code analyze.CommentSentimentRollup}).
 *
 * @param label        the most probable class of {@code distribution}
 * @param score        expected polarity from -1 (very negative) to +1 (very positive)
 * @param distribution the probability of each class
 */
public record CommentSentiment(SentimentLabel label, double score, SentimentDistribution distribution) {
    public CommentSentiment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("comment sentiment score " + score + " outside [-1, 1]");
        }
    }

    /** The roll-up of a distribution: its most probable label and its expected polarity. */
    public static CommentSentiment of(SentimentDistribution distribution) {
        return new CommentSentiment(distribution.argMax(), distribution.score(), distribution);
    }
}
