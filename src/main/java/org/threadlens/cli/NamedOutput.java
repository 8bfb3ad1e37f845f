package org.threadlens.cli;

import java.io.IOException;
import org.threadlens.export.ExportWriter;
import org.threadlens.record.AnnotatedThread;

/**
 * An {@link ExportWriter} whose I/O errors name the output: a full disk reads
 * {@code I/O error: out.jsonl: File too large}, not a bare {@code File too large} that could be any file.
 * Not thread-safe (as the writer it wraps).
 */
final class NamedOutput implements ExportWriter {
    private final ExportWriter writer;
    private final String name;

    /** @param name the output as the user named it ({@code -} reads as stdout) */
    NamedOutput(ExportWriter writer, String name) {
        this.writer = writer;
        this.name = "-".equals(name) ? "stdout" : name;
    }

    @Override
    public void write(AnnotatedThread thread) throws IOException {
        try {
            writer.write(thread);
        } catch (IOException e) {
            throw named(e);
        }
    }

    @Override
    public void commit() throws IOException {
        try {
            writer.commit();
        } catch (IOException e) {
            throw named(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } catch (IOException e) {
            throw named(e);
        }
    }

    private IOException named(IOException e) {
        if (e.getMessage() != null && e.getMessage().contains(name)) {
            return e;
        }
        return new IOException(name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
}
