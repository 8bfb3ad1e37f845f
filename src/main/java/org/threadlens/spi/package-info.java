/**
 * The extension SPI every plug-in package builds on: {@link org.threadlens.spi.Named} (what an extension
 * is called and says of itself), {@link org.threadlens.spi.Extensions} (finding implementations by name with
 * {@link java.util.ServiceLoader}) and {@link org.threadlens.spi.UnknownExtensionException} (an unknown name,
 * answered with the known ones).
 *
 * <p>The extension-point interfaces themselves live with their task, where their arguments are defined
 * ({@code read.ThreadReader}, {@code annotate.CommentAnnotatorProvider}, {@code annotate.SentenceScorer},
 * {@code export.CorpusExporter}); {@code plugin.ExtensionPoint} lists those plugin.xml declares. This package
 * imports nothing of ThreadLens's, so that every package may import it. Everything here is thread-safe.
 */
package org.threadlens.spi;
