package org.threadlens.trends;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code threadlens trends} is asked: which periods, communities and entities.
 *
 * @param period      the length of a cell
 * @param communities one series per community named; empty: every community together ({@code *})
 * @param entities    entities to follow, each a name (any form the threads use) or a Wikipedia title or address;
 *                    empty: the {@code top} most mentioned
 * @param since       nullable: the first period is the one holding this instant
 * @param until       nullable: periods start before this instant (exclusive)
 * @param top         how many entities when none is named (0: none)
 */
public record TrendQuery(Period period, List<String> communities, List<String> entities, Instant since, Instant until,
                         int top) {
    /**
     * A cell needs at least this many threads (with a scored text) for its intervals, and two effective threads
     * ((Σn)²/Σn² ≥ 2: no single thread nearly all of it); the store's {@code too_few} macro holds the rule.
     */
    public static final int MIN_THREADS = 5;
    /** ... and this many scored texts (or, for an entity's sentiment, scored sentences). */
    public static final int MIN_TEXTS = 10;
    /** Entities followed when none is named. */
    public static final int DEFAULT_TOP = 5;

    public TrendQuery {
        Objects.requireNonNull(period, "period");
        communities = List.copyOf(communities);
        entities = List.copyOf(entities);
        if (top < 0) {
            throw new IllegalArgumentException("top must be at least 0, not " + top);
        }
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("since (" + since + ") must be before until (" + until + ")");
        }
    }

    /** By week, every community together, the default number of top entities, the whole time range. */
    public static TrendQuery weekly() {
        return new TrendQuery(Period.WEEK, List.of(), List.of(), null, null, DEFAULT_TOP);
    }

    /** The community values the views are filtered on: {@code *} when none is named. */
    public List<String> communityKeys() {
        return communities.isEmpty() ? List.of("*") : communities;
    }
}
