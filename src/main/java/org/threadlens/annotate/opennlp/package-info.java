/**
 * Apache OpenNLP in ThreadLens:
 * <ul>
 *   <li>the light engine {@code opennlp} ({@link org.threadlens.annotate.opennlp.OpenNlpProvider}): sentences,
 *       tokens and Universal POS tags from OpenNLP's small English models (Maven artifacts
 *       {@code org.apache.opennlp:opennlp-models-*-en}, {@link org.threadlens.annotate.opennlp.OpenNlpModels}),
 *       with VADER sentence sentiment (found by name: {@code sentiment.vader}); no entities;</li>
 *   <li>the language check ({@link org.threadlens.annotate.opennlp.OpenNlpLanguageDetector}) over OpenNLP's
 *       103-language detector, with thresholds measured for short social text.</li>
 * </ul>
 * Models are loaded once per process and shared; every class here is thread-safe.
 */
package org.threadlens.annotate.opennlp;
