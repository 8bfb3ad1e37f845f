/**
 * Reading threads from files: the {@link org.threadlens.read.ThreadReader} extension point (one
 * sub-package per format), format detection by content, and per-record error accounting.
 *
 * <p>Contract for every reader: it streams (memory does not grow with the input), yields
 * {@link org.threadlens.thread.DiscussionThread}s obeying the model's rules (platform ids, pre-order, flags,
 * epoch seconds), and never drops a record silently: a record it cannot read is reported to the
 * {@link org.threadlens.read.ReadProblems} with file and line, and the read goes on; input it cannot read
 * at all is an {@link org.threadlens.read.InputFormatException} naming the file, the line and what was
 * expected.
 *
 * <p>Nullness: nothing here accepts or returns null unless documented. This package never does NLP.
 */
package org.threadlens.read;
