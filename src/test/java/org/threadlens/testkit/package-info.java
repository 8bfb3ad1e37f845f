/**
 * Domain assertions shared by the tests: what a text preparer reads and how its plain text maps back to the
 * source ({@link org.threadlens.testkit.TextAssertions}), and the span contract of every annotation layer
 * ({@link org.threadlens.testkit.SpanAssertions}). One readable line per case, in the manner of Lucene's
 * {@code assertAnalyzesTo}. Nothing here loads a model: fast unit tests may use all of it.
 */
package org.threadlens.testkit;
