package org.threadlens.read.pushshift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.file.PathUtils;

/**
 * A fresh directory under the work directory for one read's temporary files, deleted with everything in
 * it on {@link #close()}, or by a shutdown hook if the JVM exits first (Ctrl-C, a failed run). Not
 * thread-safe; {@link #close()} is idempotent.
 */
final class SpillDirectory implements AutoCloseable {
    static final String PREFIX = "threadlens-pushshift-";

    private final Path path;
    private final Thread cleanupHook;
    private boolean closed;

    private SpillDirectory(Path path, Thread cleanupHook) {
        this.path = path;
        this.cleanupHook = cleanupHook;
    }

    static SpillDirectory create(Path workDir) throws IOException {
        Path dir = Files.createTempDirectory(workDir, PREFIX);
        Thread hook = new Thread(() -> FileUtils.deleteQuietly(dir.toFile()), "threadlens-spill-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        return new SpillDirectory(dir, hook);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook deletes the directory
        }
        PathUtils.delete(path);
    }
}
