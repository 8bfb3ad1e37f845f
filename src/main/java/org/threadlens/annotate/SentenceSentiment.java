package org.threadlens.annotate;

import java.util.Objects;

/**
 * A sentence's sentiment as the scorer gave it.
 *
 * @param label        the scorer's class
 * @param distribution the probability of each class
 */
public record SentenceSentiment(SentimentLabel label, SentimentDistribution distribution) {
    public SentenceSentiment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
    }
}
