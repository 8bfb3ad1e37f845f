/**
 * Apache OpenNLP in ThreadLens:
 * <ul>
 *   <li>the light engine {@code opennlp} ({@link org.threadlens.annotate.opennlp.OpenNlpProvider}): sentences,
 *       tokens and Universal POS tags from OpenNLP's small English models (Maven artifacts
 *       {@code org.apache.opennlp:opennlp-models-*-en}, {@link org.threadlens.annotate.opennlp.OpenNlpModels}),
 *       with VADER sentence sentiment; no entities;</li>
 *   <li>the language check ({@link org.threadlens.annotate.opennlp.OpenNlpLanguageDetector}) over OpenNLP's
 *       103-language detector, with thresholds measured for short social text;</li>
 *   <li>the Reddit sentiment model, an OpenNLP document categorizer trained on GoEmotions Reddit comments
 *       ({@code threadlens train sentiment}), shipped in {@code models/} with its provenance. It reads the
 *       comment's own words through {@link org.threadlens.annotate.opennlp.SentimentFeatures} — the same
 *       features in training and in use.</li>
 * </ul>
 * Models are loaded once per process and shared; every class here is thread-safe.
 */
package org.threadlens.annotate.opennlp;
