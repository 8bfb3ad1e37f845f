package org.threadlens.entity.link;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An index directory that cannot be used as it is: a missing or unreadable manifest, another format version or
 * source, or a data file whose size or CRC32C differs from the manifest's. {@link LinkIndex#openOrBuild} rebuilds
 * such an index; {@link LinkIndex#open} reports it.
 */
public final class InvalidIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path file;

    public InvalidIndexException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** The file found wanting. */
    public Path file() {
        return file;
    }
}
