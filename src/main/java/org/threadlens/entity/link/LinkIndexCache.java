package org.threadlens.entity.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The link index's life in the cache directory: {@code wikidict-<version>-v<format>/}, opened when its manifest has
 * the current format version and the pinned jar's SHA-256 and every data file checks out; otherwise (missing, stale
 * or corrupt) built again, once.
 *
 * <p>A build runs under a lock ({@code wikidict-<version>-v<format>.lock}: a {@link FileLock} between processes,
 * a monitor within this one), so two runs never build at once: the second waits, then opens what the first built.
 * It writes into a temporary directory beside the index ({@code .tmp-*}) that is renamed into place atomically,
 * so a killed build never leaves a half index; leftovers of killed builds are deleted by the next build.
 */
final class LinkIndexCache {
    private static final Object IN_PROCESS = new Object();

    private LinkIndexCache() {
    }

    /** The index directory's name for a model jar ({@code wikidict-4.5.10-v1}). */
    static String directoryName(LinkModelJar model) {
        return "wikidict-" + model.version() + "-v" + LinkIndex.FORMAT_VERSION;
    }

    static LinkIndex openOrBuild(Path cacheDir, LinkModelJar model, Path mavenRepository, Progress progress)
            throws IOException {
        Path dir = cacheDir.resolve(directoryName(model));
        LinkIndex current = openIfCurrent(dir, model, progress);
        if (current != null) {
            return current;
        }
        Files.createDirectories(cacheDir);
        synchronized (IN_PROCESS) {
            try (FileChannel channel = FileChannel.open(cacheDir.resolve(directoryName(model) + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                current = openIfCurrent(dir, model, Progress.NONE);
                if (current != null) {
                    return current;
                }
                build(cacheDir, dir, model, mavenRepository, progress);
            }
        }
        return LinkIndex.open(dir);
    }

    /** The index if it is there, current and intact; null (said through {@code progress}) if it must be built. */
    private static LinkIndex openIfCurrent(Path dir, LinkModelJar model, Progress progress) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try {
            LinkIndex index = LinkIndex.open(dir);
            if (index.manifest().sourceSha256().equals(model.sha256())) {
                return index;
            }
            index.close();
            progress.note(dir + " was built from another jar (SHA-256 " + index.manifest().sourceSha256()
                    + ", expected " + model.sha256() + "): rebuilding");
        } catch (InvalidIndexException e) {
            progress.note("link index unusable (" + e.getMessage() + "): rebuilding");
        }
        return null;
    }

    private static void build(Path cacheDir, Path dir, LinkModelJar model, Path mavenRepository, Progress progress)
            throws IOException {
        String name = directoryName(model);
        deleteLeftovers(cacheDir, name);
        Path jar = model.locate(mavenRepository, cacheDir, progress);
        progress.note("building the link index " + dir + " from " + jar + " (once; under a minute)");
        Path tmp = Files.createTempDirectory(cacheDir, name + ".tmp-");
        try {
            IndexManifest built = LinkIndexBuilder.build(jar, model.sha256(), model.entry(), tmp, progress,
                    MappedFile.DEFAULT_CHUNK_BITS);
            if (Files.exists(dir)) {
                Path old = Files.createTempDirectory(cacheDir, name + ".tmp-old-");
                Files.move(dir, old.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            }
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            progress.note("link index built in " + built.buildMillis() / 1000 + " s: " + built.surfaces()
                    + " surfaces, " + built.articles() + " articles; " + built.skippedTotal() + " of "
                    + built.rowsRead() + " rows skipped " + built.skipped());
        } finally {
            deleteTree(tmp);
        }
    }

    /** Deletes the temporary directories of builds that were killed (only under the build lock). */
    private static void deleteLeftovers(Path cacheDir, String name) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(cacheDir, name + ".tmp-*")) {
            for (Path leftover : leftovers) {
                deleteTree(leftover);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (NoSuchFileException ignored) {
                    // already gone
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
