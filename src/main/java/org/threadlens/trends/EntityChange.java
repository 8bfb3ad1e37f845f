package org.threadlens.trends;

import java.util.Objects;

/**
 * How one entity changed from the first to the second half of the store's time range: a row of the
 * {@code entity_changes} view.
 *
 * @param community   the community, or {@code *} for all together
 * @param series      its name, type and link (cells empty)
 * @param firstShare  its share of texts in the first half; {@code secondShare} likewise
 * @param shareChange second minus first, with its 95% interval (the halves' threads taken as independent)
 * @param firstScore  nullable value: what the first half said of it; likewise {@code secondScore}
 * @param scoreChange second minus first, with its 95% interval
 */
public record EntityChange(String community, EntitySeries series, long firstMentions, long secondMentions,
                           double firstShare, double secondShare, Estimate shareChange, Double firstScore,
                           Double secondScore, Estimate scoreChange) {
    public EntityChange {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(shareChange, "shareChange");
        Objects.requireNonNull(scoreChange, "scoreChange");
    }
}
