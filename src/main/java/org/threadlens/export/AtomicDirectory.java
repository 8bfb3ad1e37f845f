package org.threadlens.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * A directory written as a temporary sibling of its target ({@code .NAME.PID-RANDOM.part}) and renamed to the
 * target on {@link #commit()}: all or nothing. Files inside have fixed names chosen by the format, never
 * names taken from the data. Not thread-safe.
 *
 * <p>Replacing ({@code --force}) is guarded: only a directory that holds an earlier export (its {@link #MARKER}
 * file) or nothing is replaced, never an arbitrary directory such as a home directory named by mistake. The old
 * directory is renamed aside, the new one renamed in, then the old one deleted: a reader sees the old export or
 * the new one, and for a moment none. A process killed while writing leaves its hidden {@code .NAME.*.part}
 * sibling behind, never a partial target; the next export to the same target removes it.
 */
public final class AtomicDirectory implements AutoCloseable {
    /** The file every directory export holds; it marks a directory {@code --force} may replace. */
    public static final String MARKER = "provenance.json";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private final Path target;
    private final Path staging;
    private final boolean force;
    private final List<Writer> writers = new ArrayList<>();
    private boolean done;

    private AtomicDirectory(Path target, Path staging, boolean force) {
        this.target = target;
        this.staging = staging;
        this.force = force;
    }

    /**
     * Starts writing the directory {@code target}.
     *
     * @throws TargetExistsException if it exists and {@code force} is false
     * @throws BadTargetException    if it is a file or a link, a directory that holds no earlier export, or its
     *                               parent does not exist
     */
    public static AtomicDirectory create(Path named, boolean force) throws IOException {
        // absolute and normalized, so that "." or "out/.." name a directory whose parent holds the staging sibling
        Path target = named.toAbsolutePath().normalize();
        checkReplaceable(target, named, force);
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadTargetException(named + ": directory " + parent + " does not exist");
        }
        for (Path leftover : StagingNames.abandoned(target)) {
            PathUtils.delete(leftover);
        }
        Path staging = Files.createDirectory(parent.resolve(StagingNames.next(target, "part")));
        return new AtomicDirectory(target, staging, force);
    }

    /**
     * Starts writing the directory an export target names, as {@link TextTarget#open} does for files.
     *
     * @param writes what the format writes, for the message refusing {@code -} (stdout): "csv writes a
     *               directory of tables"
     * @throws BadTargetException for {@code -}, and as {@link #create}
     */
    public static AtomicDirectory open(String target, String writes, boolean force) throws IOException {
        if ("-".equals(target)) {
            throw new BadTargetException(writes + ": name one with --out DIR");
        }
        return create(Path.of(target), force);
    }

    /** Refuses {@code target} unless it is absent or (forced) an earlier export or empty; messages say {@code named}. */
    private static void checkReplaceable(Path target, Path named, boolean force) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(target)) {
            throw new BadTargetException(named + " is a symbolic link: name the directory itself");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadTargetException(named + " is a file: this format writes a directory, name a new one");
        }
        if (!force) {
            throw new TargetExistsException(named.toString());
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(target)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new BadTargetException(named + " is a directory that holds no earlier export (no " + MARKER
                    + "): not replaced, even with --force; name a new directory");
        }
    }

    /**
     * The path of a file in the output, for writers that open it themselves.
     *
     * @param name one of the format's fixed file names ({@code threads.csv}); never data
     */
    public Path file(String name) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a plain file name");
        }
        return staging.resolve(name);
    }

    /** A new UTF-8 file in the output, closed by {@link #commit()} or {@link #close()}. */
    public Writer newWriter(String name) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file(name)), StandardCharsets.UTF_8),
                1 << 16);
        writers.add(w);
        return w;
    }

    /** Closes the files and renames the directory to the target (replacing an earlier export if forced). */
    public void commit() throws IOException {
        closeWriters();
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            checkReplaceable(target, target, force);
            old = target.resolveSibling(StagingNames.next(target, "old"));
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        done = true;
        if (old != null) {
            PathUtils.delete(old);
        }
    }

    /** Deletes the temporary directory unless committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                closeWriters();
            } finally {
                PathUtils.delete(staging);
            }
        }
    }

    private void closeWriters() throws IOException {
        IOException first = null;
        for (Writer w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        writers.clear();
        if (first != null) {
            throw first;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
