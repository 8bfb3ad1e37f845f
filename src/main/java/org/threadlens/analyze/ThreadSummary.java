package org.threadlens.analyze;

import java.util.List;

/**
 * What the thread as a whole says.
 *
 * @param sentiment nullable: absent when no comment has a sentiment (the layer was not run, or every
 *                  comment was deleted)
 * @param entities  most mentioned first
 */
public record ThreadSummary(SentimentSummary sentiment, List<EntitySummary> entities) {
    public ThreadSummary {
        entities = List.copyOf(entities);
    }
}
