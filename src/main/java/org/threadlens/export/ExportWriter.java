package org.threadlens.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.threadlens.record.AnnotatedThread;

/**
 * An export in progress. Lifecycle: {@link #write} any number of threads and (for a format that keeps its
 * provenance inside the output) fill {@link #provenance()}, then {@link #commit()} to publish the output;
 * {@link #close()} without a commit discards it. Not thread-safe.
 */
public interface ExportWriter extends AutoCloseable {
    void write(AnnotatedThread thread) throws IOException;

    /**
     * Where the export's provenance goes when it travels inside the output: the {@code provenance.json} of a
     * directory format, published with it by {@link #commit()}. Empty for single-file formats, whose
     * provenance the caller writes beside them ({@code OUT.provenance.json}). Call at most once, before
     * {@link #commit()} (the caller may open it first and write into it after the last {@link #write}); the caller
     * writes but does not close it: {@link #commit()} does.
     */
    default Optional<Writer> provenance() throws IOException {
        return Optional.empty();
    }

    /** Publishes the output under the target name. */
    void commit() throws IOException;

    /**
     * What the user should know about the committed export, one line each (texts left out because they lack
     * a layer the format needs, ...); empty if nothing.
     */
    default List<String> notes() {
        return List.of();
    }

    /** Discards the output unless committed; idempotent. */
    @Override
    void close() throws IOException;
}
