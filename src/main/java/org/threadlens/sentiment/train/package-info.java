/**
 * Training ThreadLens's own small models, reproducibly ({@code threadlens train sentiment}): the Reddit
 * sentiment model (an OpenNLP document categorizer) and the sentiment combiner, both written to
 * {@code models/} with their provenance (data file and its SHA-256, split, parameters, scores). The annotation
 * of training texts comes from the caller ({@link org.threadlens.sentiment.train.TextsAnnotator}).
 */
package org.threadlens.sentiment.train;
