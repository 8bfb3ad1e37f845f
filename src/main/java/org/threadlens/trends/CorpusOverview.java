package org.threadlens.trends;

import java.util.List;
import java.util.Objects;

/**
 * What the report's corpus page shows: mood over time for every community together and the largest ones, the
 * most mentioned entities over time, and the entities whose sentiment or share of texts changed most surely
 * between the two halves of the time range. Sizes are bounded by {@link TrendViews#overview}'s limits, whatever
 * the store's size.
 *
 * @param mood            by period, for {@code *} and the largest communities (most texts first)
 * @param entities        the most mentioned entities by period, every community together
 * @param sentimentChanges the surest changes of sentiment, first half to second, every community together
 * @param shareChanges    likewise of share of texts
 */
public record CorpusOverview(Trends mood, Trends entities, List<EntityChange> sentimentChanges,
                             List<EntityChange> shareChanges) {
    public CorpusOverview {
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(entities, "entities");
        sentimentChanges = List.copyOf(sentimentChanges);
        shareChanges = List.copyOf(shareChanges);
    }

    public Period period() {
        return mood.query().period();
    }
}
