package org.threadlens.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a reader asks the process writing a store to let go of it. DuckDB lets one process open a file to write
 * and none to read beside it, so a run would keep its store dark for hours; instead a reader that finds the
 * file taken leaves a marker, {@code STORE.readers/PID} (its process id, as name and content), and retries; the
 * writer looks for markers after each commit and, if a live process left one, closes the file and opens it
 * again once the readers are done. A reader thus sees the store as of a commit: whole threads only.
 *
 * <p>Markers of processes that are gone are removed by the writer, so a reader killed while waiting costs
 * nothing. Any program can take part: see docs/store.md for DuckDB from Python. Stateless; safe to call from
 * any thread.
 */
final class WaitingReaders {
    static final String SUFFIX = ".readers";

    private WaitingReaders() {
    }

    /** The folder of a store's markers. */
    static Path folder(Path store) {
        return store.resolveSibling(store.getFileName() + SUFFIX);
    }

    /** Leaves this process's marker; closing the result removes it (and the folder, if it is then empty). */
    static AutoCloseable waiting(Path store) throws IOException {
        Path dir = folder(store);
        Files.createDirectories(dir);
        String pid = Long.toString(ProcessHandle.current().pid());
        Path marker = dir.resolve(pid);
        Files.writeString(marker, pid, StandardCharsets.US_ASCII);
        return () -> {
            Files.deleteIfExists(marker);
            try {
                Files.deleteIfExists(dir);
            } catch (IOException notEmpty) {
                // another reader still waits
            }
        };
    }

    /** Whether a live process waits to read the store; markers of processes that are gone are removed. */
    static boolean any(Path store) {
        Path dir = folder(store);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        boolean live = false;
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(dir)) {
            for (Path m : markers) {
                if (alive(m.getFileName().toString())) {
                    live = true;
                } else {
                    Files.deleteIfExists(m);
                }
            }
        } catch (IOException e) {
            return live;
        }
        return live;
    }

    /**
     * The process writing the store, recorded in {@code store_meta} ({@code writer}) while a writer has it open,
     * across its hand-overs to readers; null if none, or if the one recorded is gone (killed).
     */
    static Long liveWriter(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE key = 'writer'")) {
            if (!rs.next()) {
                return null;
            }
            String pid = rs.getString(1);
            return alive(pid) ? Long.valueOf(pid) : null;
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
