/**
 * The Reddit sentiment model: an OpenNLP document categorizer trained on GoEmotions Reddit comments
 * ({@code threadlens train sentiment}), shipped in {@code models/} with its provenance, and the features it reads
 * ({@link org.threadlens.sentiment.reddit.SentimentFeatures}: the comment's own words and VADER's answer, the
 * same in training and in use). {@link org.threadlens.sentiment.reddit.EmotionGroups} maps GoEmotions' 27
 * emotions to the three sentiment classes. Immutable and thread-safe once loaded.
 */
package org.threadlens.sentiment.reddit;
