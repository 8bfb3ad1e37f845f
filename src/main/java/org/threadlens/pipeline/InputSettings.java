package org.threadlens.pipeline;

import java.util.List;
import java.util.Objects;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ThreadReader;

/**
 * What to read.
 *
 * @param inputs  input files and directories as the user named them
 * @param format  nullable: a reader forced with {@code --format}; null detects each input's format
 * @param options reader options ({@code --map}, work directory, limits)
 * @param strict  whether the first unreadable record or input stops the run
 */
public record InputSettings(List<String> inputs, ThreadReader format, ReadOptions options, boolean strict) {
    public InputSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(options, "options");
    }

    /** Inputs detected by content, default options, not strict. */
    public static InputSettings of(List<String> inputs) {
        return new InputSettings(inputs, null, ReadOptions.defaults(), false);
    }
}
