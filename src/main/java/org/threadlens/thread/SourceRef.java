package org.threadlens.thread;

import java.util.Objects;

/**
 * Where a thread was read from.
 *
 * @param format the name of the reader that read it (e.g. {@code reddit-text})
 * @param file   the input as the user named it ({@code -} for standard input)
 */
public record SourceRef(String format, String file) {
    public SourceRef {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
    }
}
