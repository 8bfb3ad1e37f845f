package org.threadlens.read;

import java.util.Objects;

/**
 * The start of an input, decoded as text, for format detection.
 *
 * @param name the input's file name (detection is by content; the name may break ties)
 * @param head up to {@link InputFile#SAMPLE_CHARS} chars from the start, without a byte-order mark
 */
public record InputSample(String name, String head) {
    public InputSample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(head, "head");
    }
}
