/**
 * The word sentiment model (scorer {@code opennlp}): an OpenNLP document categorizer trained on Reddit
 * comments, tweets and movie-review sentences and phrases ({@code threadlens train sentiment}), shipped in {@code models/} with its provenance, and the features it reads
 * ({@link org.threadlens.sentiment.doccat.SentimentFeatures}: the text's own words and VADER's answer, the
 * same in training and in use). {@link org.threadlens.sentiment.doccat.EmotionGroups} maps GoEmotions' 27
 * emotions to the three sentiment classes. Immutable and thread-safe once loaded.
 */
package org.threadlens.sentiment.doccat;
