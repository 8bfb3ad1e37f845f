package org.threadlens.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a text export goes: an {@link AtomicFile} (published on {@link #commit()}), or standard output for
 * {@code -} (written as it goes; nothing to discard). UTF-8 either way. Not thread-safe.
 */
public final class TextTarget implements AutoCloseable {
    private final Writer out;
    private final AtomicFile file;

    private TextTarget(Writer out, AtomicFile file) {
        this.out = out;
        this.file = file;
    }

    /**
     * @throws TargetExistsException if the file exists and {@code force} is false
     * @throws BadTargetException    if the target is a directory or its directory does not exist
     */
    public static TextTarget open(String target, boolean force) throws IOException {
        if ("-".equals(target)) {
            return new TextTarget(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16),
                    null);
        }
        AtomicFile file = AtomicFile.create(Path.of(target), force);
        return new TextTarget(file.writer(), file);
    }

    public Writer writer() {
        return out;
    }

    /** Whether the output goes to standard output (flushed after each thread, so that pipes see whole threads). */
    public boolean isStandardOutput() {
        return file == null;
    }

    public void commit() throws IOException {
        if (file != null) {
            file.commit();
        } else {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        } else {
            out.flush();
        }
    }
}
