package org.threadlens.read;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Options readers may need beyond their input.
 *
 * @param mapping    the user's field mapping ({@code --map id=...,parent=...}) for generic formats; empty if none
 * @param workDir    where readers that assemble threads across large inputs may spill to disk
 * @param maxLineBytes the longest line a line-based reader keeps; longer ones are skipped and reported
 */
public record ReadOptions(Map<String, String> mapping, Path workDir, int maxLineBytes) {
    public ReadOptions {
        mapping = Map.copyOf(mapping);
        Objects.requireNonNull(workDir, "workDir");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive, got " + maxLineBytes);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Map.of(), Path.of(System.getProperty("java.io.tmpdir")), Utf8Lines.DEFAULT_MAX_LINE_BYTES);
    }

    public ReadOptions withMapping(Map<String, String> newMapping) {
        return new ReadOptions(newMapping, workDir, maxLineBytes);
    }
}
