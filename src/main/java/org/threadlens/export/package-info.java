/**
 * Exporting annotated threads: the {@link org.threadlens.export.CorpusExporter} extension point, one
 * sub-package per format ({@code jsonl}, {@code conllu}, {@code conll}, {@code csv}, {@code convokit},
 * {@code parquet}), and what they share: atomic targets, text made safe for line formats, BIO entity tags.
 *
 * <p>Contract for every exporter: output goes to a temporary file ({@link org.threadlens.export.AtomicFile}) or
 * directory ({@link org.threadlens.export.AtomicDirectory}) beside the target, renamed to it only by
 * {@link org.threadlens.export.ExportWriter#commit()}, so that a crash or an error never leaves a half-written
 * or clobbered target; an existing target is replaced only when the user says {@code --force}, and a directory
 * only if it holds an earlier export. Files inside a directory export have fixed names chosen by the format,
 * never names taken from the data (thread ids such as {@code ../x} or {@code /etc/x} are values, not paths).
 * Every export carries its provenance: inside a directory ({@code provenance.json}), beside a file
 * ({@code OUT.provenance.json}). Nullness: nothing here accepts or returns null unless documented. This
 * package never does NLP.
 */
package org.threadlens.export;
