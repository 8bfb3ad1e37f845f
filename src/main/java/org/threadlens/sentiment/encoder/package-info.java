/**
 * The {@code bge} comment scorer: bge-small-en-v1.5 sentence embeddings (quantized ONNX, run by ONNX Runtime
 * on the CPU, {@link org.threadlens.sentiment.encoder.SentenceEncoder}) read by a logistic regression trained on
 * Reddit comments, tweets and movie-review sentences ({@link org.threadlens.sentiment.encoder.EncoderSentimentModel}).
 * It adds what a bag of words cannot see (paraphrase, word order, words it never met in training) at a few ms
 * of CPU per comment, so it is a second opinion, asked where the word model is unsure; the comment-level
 * combiner weighs it beside VADER, the word model and CoreNLP.
 *
 * <p>The model (34 MB) and its WordPiece vocabulary come from a Maven artifact, never from this repository;
 * the BERT tokenization is ours ({@link org.threadlens.sentiment.encoder.WordPieceTokenizer}), checked against
 * Hugging Face {@code tokenizers}' ids. Loaded once per process, on first use; every class is thread-safe.
 * Nothing here returns null.
 */
package org.threadlens.sentiment.encoder;
