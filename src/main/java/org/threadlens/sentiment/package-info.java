/**
 * Sentiment, the task: every scorer ThreadLens runs beside CoreNLP, the combiner that turns their answers into
 * a comment's sentiment, which scorers a profile uses ({@link org.threadlens.sentiment.SentimentScorers}), and
 * their training and evaluation.
 * <ul>
 *   <li>{@code sentiment.vader}: VADER, the lexicon scorer (sentences and whole comments);</li>
 *   <li>{@code sentiment.doccat}: the word model, an OpenNLP document categorizer over Reddit comments, tweets and review sentences;</li>
 *   <li>{@code sentiment.encoder}: the bge second opinion (a small sentence encoder and a trained head);</li>
 *   <li>{@link org.threadlens.sentiment.SentimentCombiner}: the trained combination of the scorers' answers;</li>
 *   <li>{@code sentiment.train} ({@code threadlens train sentiment}) and {@code sentiment.eval}
 *       ({@code threadlens eval sentiment}).</li>
 * </ul>
 * The records a scorer answers with ({@code ScorerSentiment}, {@code SentenceSentiment}, {@code CommentSentiment},
 * the distributions) and the scorer interfaces are part of the annotation model in {@code annotate}, which
 * this package implements; {@code annotate} never imports it (its engines find the VADER sentence scorer by name).
 * Scorers and models are immutable once loaded and thread-safe; model files are read once per process.
 */
package org.threadlens.sentiment;
