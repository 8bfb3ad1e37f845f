package org.threadlens.store;

import java.util.Objects;

/**
 * How a thread came to be stored: stored beside it so that the next run can tell whether it is done.
 *
 * @param runId        nullable: the run that annotated it
 * @param contentHash  {@link ThreadFingerprint#of} the thread
 * @param settingsHash nullable: the run's annotation settings hash; null when unknown
 */
public record ThreadStamp(Integer runId, String contentHash, String settingsHash) {
    public ThreadStamp {
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
