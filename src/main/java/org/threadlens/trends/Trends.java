package org.threadlens.trends;

import java.util.List;
import java.util.Objects;

/**
 * A query's answer: the mood cells (by community, then period) and the entities followed, in the order asked
 * (or most mentioned first).
 *
 * @param communities the communities shown, as stored; {@code ["*"]} for every community together
 */
public record Trends(TrendQuery query, List<String> communities, List<MoodCell> mood, List<EntitySeries> entities,
                     TimeSpan span) {
    public Trends {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(span, "span");
        communities = List.copyOf(communities);
        mood = List.copyOf(mood);
        entities = List.copyOf(entities);
    }
}
