/**
 * Hostile input, for every reader, through the real command line: malformed and truncated JSON, cut and
 * corrupt compressed files, invalid UTF-8 and lone surrogates, oversize comments and lines, deep nesting,
 * retyped fields, odd trees (cycles, self-parents, duplicate ids, threads across files), empty and binary
 * files, a decompression bomb, and seeded random damage. Every case states its outcome (record skipped,
 * counted and named, or exit 2 naming the file), and holds to the invariants of {@link
 * org.threadlens.hostile.Outcome#assertHandled}: exit 0 or 2, no stack trace, bounded time; memory is bounded
 * where a case runs in a child JVM with a small heap.
 *
 * <p>{@link org.threadlens.hostile.FormatWriters} writes one set of {@link org.threadlens.hostile.Item}s in each
 * format, so that a case is written once and fed to every reader. Inputs are generated into temporary
 * directories, never committed. Tests here capture System.out and System.err: they must not run in parallel.
 */
package org.threadlens.hostile;
