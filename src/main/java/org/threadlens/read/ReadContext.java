package org.threadlens.read;

import java.util.Objects;

/** What a reader is given besides its inputs: where to report problems, and options. */
public record ReadContext(ReadProblems problems, ReadOptions options) {
    public ReadContext {
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(options, "options");
    }

    /** Problems collected silently, default options: for tests and embedding. */
    public static ReadContext defaults() {
        return new ReadContext(ReadProblems.collecting(), ReadOptions.defaults());
    }
}
