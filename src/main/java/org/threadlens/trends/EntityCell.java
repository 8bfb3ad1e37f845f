package org.threadlens.trends;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What one community (or {@code *}) says of one entity in one period: a row of the {@code entity_trends} view.
 * Only the authors' own words count (quoted mentions do not).
 *
 * @param threads   threads that mention it in the period
 * @param texts     texts that mention it
 * @param mentions  its mentions
 * @param authors   distinct authors of those texts
 * @param share     texts that mention it, as a share of all the period's texts
 * @param scored    distinct sentences mentioning it that have a sentiment: what {@code score} averages
 * @param tooFew    fewer than {@link TrendQuery#MIN_THREADS} threads, {@link TrendQuery#MIN_TEXTS} scored
 *                  sentences or two effective threads: the score's interval is unknown
 * @param score     the mean sentiment of those sentences, on −1…+1
 */
public record EntityCell(LocalDate period, String community, long threads, long texts, long mentions, long authors,
                         Estimate share, long scored, boolean tooFew, Estimate score) {
    public EntityCell {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(score, "score");
        if (threads < 1 || texts < threads || mentions < texts || authors < 0 || scored < 0) {
            throw new IllegalArgumentException("entity cell " + period + " " + community + ": counts " + threads
                    + " threads, " + texts + " texts, " + mentions + " mentions");
        }
    }
}
