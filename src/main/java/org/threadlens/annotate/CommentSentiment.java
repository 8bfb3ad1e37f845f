package org.threadlens.annotate;

import java.util.Objects;

/**
 * The sentiment of a whole comment: the combination of its scorers (see {@code sentiment.SentimentCombiner}).
 *
 * @param label        the most probable polarity
 * @param score        P(positive) − P(negative), on [-1, 1]
 * @param distribution P(negative), P(neutral), P(positive)
 * @param method       how it was reached: {@code combined}, or the one scorer used when others are missing
 */
public record CommentSentiment(Polarity label, double score, PolarityDistribution distribution, String method) {
    public CommentSentiment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(method, "method");
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("comment sentiment score " + score + " outside [-1, 1]");
        }
    }

    public static CommentSentiment of(PolarityDistribution d, String method) {
        return new CommentSentiment(d.argMax(), d.score(), d, method);
    }
}
