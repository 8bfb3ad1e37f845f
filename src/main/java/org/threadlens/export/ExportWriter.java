package org.threadlens.export;

import java.io.IOException;
import org.threadlens.record.AnnotatedThread;

/**
 * An export in progress. Lifecycle: {@link #write} any number of threads, then {@link #commit()} to publish
 * the output; {@link #close()} without a commit discards it. Not thread-safe.
 */
public interface ExportWriter extends AutoCloseable {
    void write(AnnotatedThread thread) throws IOException;

    /** Publishes the output under the target name. */
    void commit() throws IOException;

    /** Discards the output unless committed; idempotent. */
    @Override
    void close() throws IOException;
}
