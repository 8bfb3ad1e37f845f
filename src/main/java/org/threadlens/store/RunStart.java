package org.threadlens.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.threadlens.annotate.Layer;

/**
 * The provenance of a run, recorded when it starts.
 *
 * @param command      the command line, as typed
 * @param engine       the annotation engine's name ({@code corenlp})
 * @param layers       the layers asked for
 * @param settingsJson the annotation settings as a JSON object: what "the same settings" compares
 * @param settingsHash the SHA-256 of {@code settingsJson}
 * @param inputs       the input files, in the order given (a directory as the files in it)
 */
public record RunStart(Instant startedAt, String command, Versions versions, String engine, Set<Layer> layers,
                       String settingsJson, String settingsHash, List<Input> inputs) {
    public RunStart {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(engine, "engine");
        layers = Set.copyOf(layers);
        Objects.requireNonNull(settingsJson, "settingsJson");
        Objects.requireNonNull(settingsHash, "settingsHash");
        inputs = List.copyOf(inputs);
    }

    /** The versions of what shapes the output. */
    public record Versions(String threadlens, String corenlp, String opennlp, String java) {
        public Versions {
            Objects.requireNonNull(threadlens, "threadlens");
            Objects.requireNonNull(corenlp, "corenlp");
            Objects.requireNonNull(opennlp, "opennlp");
            Objects.requireNonNull(java, "java");
        }
    }

    /**
     * An input file.
     *
     * @param size   nullable: unknown when the file could not be read
     * @param sha256 nullable: unknown when the file could not be read
     */
    public record Input(String path, Long size, String sha256) {
        public Input {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A model an engine of the run used (recorded when the engine opens).
     *
     * @param coordinates Maven coordinates, or the classpath resource for ThreadLens's own files
     * @param sha256      nullable: absent when the file could not be found
     * @param checksum    {@code declared} (plugin.xml's checksum of the Maven artifact) or {@code computed}
     *                    (hashed from the file this run used)
     * @param usedFor     what it does in the run
     */
    public record Model(String id, String coordinates, String sha256, String checksum, String usedFor) {
        public Model {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(checksum, "checksum");
            Objects.requireNonNull(usedFor, "usedFor");
        }
    }
}
