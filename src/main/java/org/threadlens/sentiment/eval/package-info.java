/**
 * Sentiment quality against labelled data ({@code threadlens eval sentiment}): the labelled sets (GoEmotions,
 * TweetEval, SST; {@link org.threadlens.sentiment.eval.SentimentSets}; the three dev splits together,
 * {@link org.threadlens.sentiment.eval.DevSets}), macro-F1 and per-class counts, calibration of the reported
 * distribution, agreement between scorers, the report of one set and the table of several side by side.
 * Texts run through the same preparation and annotation as {@code annotate} (the caller hands in their
 * annotations), so that the numbers describe what users get; plain CoreNLP on the same texts is the baseline
 * every table carries.
 */
package org.threadlens.sentiment.eval;
