/**
 * Named-entity quality against labelled data ({@code threadlens eval ner}): CoNLL-style BIO files (WNUT-17),
 * read into sentences, annotated as {@code annotate} annotates comments, and scored as span and typed
 * precision, recall and F1 ({@link org.threadlens.annotate.PrfCounts}) with WNUT's types mapped to CoreNLP's
 * ({@link org.threadlens.entity.eval.EntityTypes}).
 */
package org.threadlens.entity.eval;
