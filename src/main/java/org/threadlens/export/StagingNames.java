package org.threadlens.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the hidden siblings an output is staged in, {@code .NAME.PID-RANDOM.SUFFIX}: the writing process's
 * id in the name lets a later writer of the same target recognise the leftovers of a writer that was killed
 * ({@code kill -9}, a crash) and remove them, while siblings of a writer still running are left alone.
 */
final class StagingNames {
    private static final Pattern STAGED = Pattern.compile("\\.(.+)\\.(\\d+)-[0-9a-z]+\\.(part|old)");

    private StagingNames() {
    }

    /** A new sibling name of {@code target} for this process. */
    static String next(Path target, String suffix) {
        return "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "." + suffix;
    }

    /** Siblings staged for {@code target} by processes no longer running (never this one's). */
    static List<Path> abandoned(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        String name = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, ".*")) {
            for (Path p : siblings) {
                Matcher m = STAGED.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(name) && !running(Long.parseLong(m.group(2)))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Forces a file's content, or a directory's entries, to the device, so that a rename after it cannot
     * survive a power loss that its content does not. Directories cannot be opened for this everywhere; there
     * it is skipped.
     */
    static void sync(Path path, boolean directory) throws IOException {
        try (FileChannel c = FileChannel.open(path, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
        }
    }
}
