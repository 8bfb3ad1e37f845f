/**
 * Synthetic annotated corpora, made without NLP: threads of comments whose sentiment, entities and times are
 * drawn from a {@link org.threadlens.trends.synth.SyntheticSpec} with a planted mood shift (one community's mean
 * comment score moves from a week on) and an entity turn (one entity's sentence sentiment changes sign from a
 * week on). They serve tests of the corpus view, which need a corpus whose answer is known, and measurements of
 * the store, trends and report at scale ({@code threadlens synth}).
 *
 * <p>Contracts: the same spec (seed included) gives the same records; the comment scores stored are the planned
 * ones, exactly (see {@link org.threadlens.trends.synth.SyntheticCorpus} for the model and for what is exact and
 * what is known in expectation only).
 *
 * <p>Nullness: nothing here accepts or returns null unless documented. This package never does NLP and never
 * reads input; it writes only into a store it is given.
 */
package org.threadlens.trends.synth;
