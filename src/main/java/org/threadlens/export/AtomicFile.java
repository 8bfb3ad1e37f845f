package org.threadlens.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target ({@code .NAME.PID-RANDOM.part}, see
 * {@link StagingNames}) and moved over it on {@link #commit()}: readers of the target see the old file or the
 * whole new one, never a part. A writer that was killed leaves its part behind; the next writer of the same
 * target removes it. Not thread-safe.
 */
public final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean done;

    private AtomicFile(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /**
     * Starts writing {@code target}; refuses an existing target unless {@code force}. A target that exists
     * and is not a regular file (a device such as {@code /dev/null}, a pipe) is written directly: renaming over
     * it would replace the device.
     */
    public static AtomicFile create(Path target, boolean force) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            if (Files.isDirectory(target)) {
                throw new BadTargetException(target + " is a directory: name a file");
            }
            OutputStream out = Files.newOutputStream(target);
            return new AtomicFile(target, null, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        }
        if (!force && Files.exists(target)) {
            throw new TargetExistsException(target.toString());
        }
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new BadTargetException(target + ": directory " + dir + " does not exist");
        }
        for (Path leftover : StagingNames.abandoned(target)) {
            Files.deleteIfExists(leftover);
        }
        // createFile, not createTempFile: the finished file gets the usual permissions (umask), not owner-only
        Path temp = Files.createFile(dir.resolve(StagingNames.next(target, "part")));
        OutputStream out = Files.newOutputStream(temp);
        return new AtomicFile(target, temp, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    public Writer writer() {
        return writer;
    }

    /**
     * Flushes, closes and syncs the file, then renames it over the target (atomically where the file system
     * can) and syncs the directory: after a power loss the target is the old file or the whole new one.
     */
    public void commit() throws IOException {
        writer.close();
        if (temp == null) {
            done = true;
            return;
        }
        StagingNames.sync(temp, false);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
        StagingNames.sync(target.toAbsolutePath().getParent(), true);
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                writer.close();
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }
}
