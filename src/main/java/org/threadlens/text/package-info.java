/**
 * Social-text preparation: turns a comment's {@code text}, exactly as the source gave it, into the plain text
 * an NLP pipeline reads, plus an offset map back into {@code text}.
 *
 * <p>Units: offsets into the source {@code text} are Unicode code points (so that Python's
 * {@code text[begin:end]} and Java's code-point slicing agree); offsets into the plain text are UTF-16 chars,
 * because that is what CoreNLP reports. {@link org.threadlens.text.PreparedText} translates between them.
 *
 * <p>The plain text is derived and never stored in place of {@code text}. This package never calls CoreNLP.
 * Nullness: nothing here accepts or returns null. All types are immutable and thread-safe, except
 * {@link org.threadlens.text.PlainTextBuilder}, which is confined to one thread.
 */
package org.threadlens.text;
