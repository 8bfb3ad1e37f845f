package org.threadlens.analyze;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the thread as a whole says.
 *
 * @param sentiment nullable: the thread's mood, every comment with a sentiment weighing one (the post
 *                  included); absent when no comment has a sentiment
 * @param weighted  the same mood with other weights, by {@link Weighting} name ({@code length}, {@code score})
 * @param rollUps   comment sentiment grouped by {@code author}, {@code depth}, {@code time}, {@code subtree}
 * @param dynamics  nullable: how the mood moves through the replies; absent without sentiment
 * @param entities  the things the thread talks about, most mentioned first
 */
public record ThreadSummary(SentimentSummary sentiment, Map<String, SentimentSummary> weighted,
                            Map<String, List<GroupSentiment>> rollUps, ReplyDynamics dynamics,
                            List<EntitySummary> entities) {
    public ThreadSummary {
        weighted = Collections.unmodifiableMap(new LinkedHashMap<>(weighted));
        Map<String, List<GroupSentiment>> copy = new LinkedHashMap<>();
        rollUps.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        rollUps = Collections.unmodifiableMap(copy);
        entities = List.copyOf(entities);
    }
}
