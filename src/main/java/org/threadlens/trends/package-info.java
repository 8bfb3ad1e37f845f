/**
 * The corpus view ({@code threadlens trends} and the report's corpus page): how a community's mood, and what it
 * says of each entity, change over time. Numbers come from the store's trend views ({@code mood_trends},
 * {@code entity_trends}, {@code entity_changes}, documented in docs/trends.md), so that DuckDB and pandas users
 * get the same figures without ThreadLens.
 *
 * <p>The unit of sampling is the thread: comments of one thread are not independent, so every interval is a
 * cluster interval over the threads of a cell (the store's {@code cluster_half_width} macro: the linearised
 * variance of a ratio, with t at the effective number of threads less one; docs/trends.md says why). A cell
 * with too few threads or texts says so instead of giving an interval.
 *
 * <p>Sub-package {@code synth} writes synthetic annotated corpora with a known shift, without NLP, for tests and
 * for measuring the corpus view at scale.
 *
 * <p>Nullness: nothing here accepts or returns null unless documented. This package never does NLP.
 */
package org.threadlens.trends;
