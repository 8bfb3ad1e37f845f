package org.threadlens.store;

import java.util.Objects;
import java.util.Set;
import org.threadlens.annotate.Layer;

/**
 * What the store knows of a stored thread, for deciding whether a run must annotate it again.
 *
 * @param contentHash  {@link ThreadFingerprint} of the thread stored
 * @param settingsHash nullable: the hash of the annotation settings it was annotated with; null when unknown
 *                     (migrated from schema 1, or stored without settings through {@link CorpusStore#put(
 *                     org.threadlens.record.AnnotatedThread)})
 * @param layers       the layers its annotations hold
 * @param runId        nullable: the run that stored it
 * @param configHash   nullable: its engine's {@link org.threadlens.annotate.EngineInfo#configHash()} (engine, version,
 *                     every engine setting); null for a structure-only thread. What {@code import} compares where a
 *                     settings hash is unknown.
 */
public record StoredThread(String contentHash, String settingsHash, Set<Layer> layers, Integer runId, String configHash) {
    public StoredThread {
        Objects.requireNonNull(contentHash, "contentHash");
        layers = Set.copyOf(layers);
    }
}
