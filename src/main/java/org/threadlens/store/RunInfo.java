package org.threadlens.store;

import java.util.List;
import java.util.Objects;

/**
 * A run as the store recorded it: its provenance, counts and status.
 *
 * @param startedAt     ISO-8601 UTC, e.g. {@code 2026-01-02T10:00:00Z}
 * @param endedAt       nullable: ISO-8601 UTC; absent while running (or for an interrupted run that stored nothing)
 * @param settingsJson  the annotation settings (a JSON object)
 * @param settingsHash  nullable: absent for a migration
 * @param counts        as recorded (unknown counts are 0)
 * @param message       nullable: why it failed or was interrupted
 * @param threadsStored threads in the store now whose annotations come from this run
 */
public record RunInfo(int runId, RunStatus status, String startedAt, String endedAt, String command,
                      RunStart.Versions versions, String engine, List<String> layers, String settingsJson,
                      String settingsHash, RunCounts counts, String message, List<RunStart.Input> inputs,
                      List<RunStart.Model> models, List<Engine> engines, long threadsStored) {
    public RunInfo {
        Objects.requireNonNull(status, "status");
        layers = List.copyOf(layers);
        inputs = List.copyOf(inputs);
        models = List.copyOf(models);
        engines = List.copyOf(engines);
    }

    /**
     * An engine the run opened (one per distinct set of layers it annotated with).
     *
     * @param propertiesJson every setting of the engine (for CoreNLP, its properties), a JSON object
     */
    public record Engine(List<String> layers, String engine, String version, String annotators, String configHash,
                         String propertiesJson) {
        public Engine {
            layers = List.copyOf(layers);
        }
    }
}
