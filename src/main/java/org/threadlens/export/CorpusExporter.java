package org.threadlens.export;

import java.io.IOException;
import org.threadlens.spi.Named;

/**
 * The extension point for export formats, found by name with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.threadlens.export.CorpusExporter}) and declared in plugin.xml.
 * Implementations are stateless and thread-safe.
 */
public interface CorpusExporter extends Named {
    /**
     * Starts an export to {@code target} (a file or, for {@code -}, standard output where the format allows).
     *
     * @throws TargetExistsException if the target exists and {@code options.force()} is false
     */
    ExportWriter open(String target, ExportOptions options) throws IOException;
}
