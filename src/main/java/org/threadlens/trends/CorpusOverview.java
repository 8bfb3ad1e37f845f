package org.threadlens.trends;

import java.util.List;
import java.util.Objects;

/**
 * What the report's corpus page shows: mood over time for every community together and the largest ones, the
 * most mentioned entities over time, and the entities whose sentiment or share of texts changed most surely
 * between the two halves of the time range. Sizes are bounded by {@link TrendViews#overview}'s limits, whatever
 * the store's size.
 *
 * @param threads         every thread in the store
 * @param whole           nullable: the mood of the whole time range, every community together (null: no text has a
 *                        time)
 * @param mood            by period, for {@code *} and the largest communities (most texts first)
 * @param entities        the most mentioned entities by period, every community together
 * @param sentimentChanges the surest changes of sentiment, first half to second, every community together
 * @param shareChanges    likewise of share of texts
 */
public record CorpusOverview(long threads, MoodCell whole, Trends mood, Trends entities,
                             List<EntityChange> sentimentChanges, List<EntityChange> shareChanges) {
    public CorpusOverview {
        Objects.requireNonNull(mood, "mood");
        Objects.requireNonNull(entities, "entities");
        sentimentChanges = List.copyOf(sentimentChanges);
        shareChanges = List.copyOf(shareChanges);
    }

    public Period period() {
        return mood.query().period();
    }

    /** The store's time range and its texts, timed or not. */
    public TimeSpan span() {
        return mood.span();
    }
}
