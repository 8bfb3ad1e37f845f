package org.threadlens.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * An export written as a directory ({@link AtomicDirectory}): its files, and its provenance inside it as
 * {@value AtomicDirectory#MARKER}. A caller that writes no provenance still gets that file (naming the format
 * only), so that every directory export can later be replaced with {@code --force}. Not thread-safe.
 */
public abstract class DirectoryExportWriter implements ExportWriter {
    protected final AtomicDirectory dir;
    private final String format;
    private boolean provenanceOpened;

    protected DirectoryExportWriter(AtomicDirectory dir, String format) {
        this.dir = dir;
        this.format = format;
    }

    @Override
    public final Optional<Writer> provenance() throws IOException {
        if (provenanceOpened) {
            throw new IllegalStateException("the provenance was opened already");
        }
        provenanceOpened = true;
        return Optional.of(dir.newWriter(AtomicDirectory.MARKER));
    }

    /** Finishes the files (flushes, converts) before the directory is published. */
    protected abstract void finish() throws IOException;

    @Override
    public final void commit() throws IOException {
        finish();
        if (!provenanceOpened) {
            dir.newWriter(AtomicDirectory.MARKER).write("{\"schema\": \"threadlens-provenance/1\", \"export\": {\"format\": \""
                    + format + "\"}}\n");
        }
        dir.commit();
    }

    @Override
    public void close() throws IOException {
        dir.close();
    }
}
