package org.threadlens.analyze;

import java.util.Objects;

/**
 * The sentiment of one group of a roll-up: an author, a depth, a time bucket, a subtree.
 *
 * @param key       what the group is (an author's name, {@code 2}, {@code 1-3h}, a top comment's id)
 * @param sentiment its summary
 */
public record GroupSentiment(String key, SentimentSummary sentiment) {
    public GroupSentiment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sentiment, "sentiment");
    }
}
