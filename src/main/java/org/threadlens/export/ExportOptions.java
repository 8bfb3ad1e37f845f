package org.threadlens.export;

/**
 * How to export.
 *
 * @param includeTokens whether records carry their token layer
 * @param force         whether an existing target may be replaced
 */
public record ExportOptions(boolean includeTokens, boolean force) {
    public static ExportOptions defaults() {
        return new ExportOptions(false, false);
    }
}
