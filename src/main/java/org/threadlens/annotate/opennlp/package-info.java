/**
 * Apache OpenNLP in ThreadLens: the Reddit sentiment model, an OpenNLP document categorizer trained on
 * GoEmotions Reddit comments ({@code threadlens train sentiment}), shipped in {@code models/} with its
 * provenance. It reads the comment's own words through {@link org.threadlens.annotate.opennlp.SentimentFeatures}
 * — the same features in training and in use.
 */
package org.threadlens.annotate.opennlp;
