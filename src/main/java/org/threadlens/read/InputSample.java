package org.threadlens.read;

import java.util.List;
import java.util.Objects;

/**
 * The start of an input, for format detection.
 *
 * @param name    the input's file or directory name (detection is by content; the name may break ties)
 * @param head    up to {@link InputFile#SAMPLE_BYTES} bytes from the start, decompressed and decoded as
 *                UTF-8 (invalid bytes as replacement chars), without a byte-order mark; empty for a directory
 * @param entries the names in a directory input, sorted; empty for a file
 */
public record InputSample(String name, String head, List<String> entries) {
    public InputSample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(head, "head");
        entries = List.copyOf(entries);
    }

    /** A sample of a file. */
    public InputSample(String name, String head) {
        this(name, head, List.of());
    }

    public boolean isDirectory() {
        return !entries.isEmpty();
    }

    /** The first non-blank char of the head, or 0 if none (cheap JSON/CSV sniffing). */
    public char firstChar() {
        for (int i = 0; i < head.length(); i++) {
            if (!Character.isWhitespace(head.charAt(i))) {
                return head.charAt(i);
            }
        }
        return 0;
    }
}
