/**
 * Exporting annotated threads: the {@link org.threadlens.export.CorpusExporter} extension point, one
 * sub-package per format.
 *
 * <p>Contract for every exporter: output goes to a temporary file beside the target, renamed over it only
 * by {@link org.threadlens.export.ExportWriter#commit()}, so that a crash or an error never leaves a
 * half-written or clobbered file; an existing target is replaced only when the user says {@code --force}.
 * Nullness: nothing here accepts or returns null unless documented. This package never does NLP.
 */
package org.threadlens.export;
