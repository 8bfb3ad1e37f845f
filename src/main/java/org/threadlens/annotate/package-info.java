/**
 * Annotation of comment texts: the {@link org.threadlens.annotate.CommentAnnotator} extension point, the
 * annotation records it produces, and {@link org.threadlens.annotate.ThreadAnnotator}, which annotates every
 * comment of a thread in parallel.
 *
 * <p>The sentiment layer's records ({@code SentenceSentiment}, {@code ScorerSentiment}, {@code CommentSentiment}
 * and their distributions) and the scorer interfaces an engine calls ({@link org.threadlens.annotate.SentenceScorer},
 * {@link org.threadlens.annotate.CommentScorer}) are defined here, beside the other layers; the scorers
 * themselves, the combiner, their training and evaluation are the {@code sentiment} package's, which sits above
 * this one. {@link org.threadlens.annotate.PrfCounts} compares annotations with gold ones for every evaluation.
 *
 * <p>Annotations are spans in named {@link org.threadlens.annotate.Layer}s over the unchanged source
 * {@code text}: every {@code begin}/{@code end} is a code-point offset into it, so {@code text[begin:end]}
 * in Python is the span's surface form. Engines (CoreNLP in {@code annotate.corenlp}) translate data; what to
 * skip and how to aggregate is decided here and in {@code analyze}, not in an engine adapter.
 *
 * <p>Nullness: components documented as nullable may be null (a layer that was not asked for); everything
 * else is non-null, and lists are unmodifiable and never null. Records are immutable and thread-safe.
 * This package never reads input files or writes output.
 */
package org.threadlens.annotate;
