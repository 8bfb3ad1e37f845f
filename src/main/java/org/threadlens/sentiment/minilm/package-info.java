/**
 * The {@code minilm} comment scorer: all-MiniLM-L6-v2 sentence embeddings (quantized ONNX, run by ONNX Runtime
 * on the CPU, {@link org.threadlens.sentiment.minilm.MiniLmEncoder}) read by a logistic regression trained on
 * GoEmotions Reddit comments ({@link org.threadlens.sentiment.minilm.MiniLmSentimentModel}). It adds what a bag
 * of words cannot see (paraphrase, word order, words it never met in training) at about 2 ms of CPU per
 * comment; the comment-level combiner weighs it beside VADER, the Reddit categorizer and CoreNLP.
 *
 * <p>The model (23 MB) and its WordPiece vocabulary come from a Maven artifact, never from this repository;
 * the BERT tokenization is ours ({@link org.threadlens.sentiment.minilm.WordPieceTokenizer}), checked against
 * Hugging Face {@code tokenizers}' ids. Loaded once per process, on first use; every class is thread-safe.
 * Nothing here returns null.
 */
package org.threadlens.sentiment.minilm;
