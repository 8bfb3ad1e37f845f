/**
 * ThreadLens's own records ({@code threadlens-jsonl}): JSON Lines of schema {@code threadlens/1}, as
 * {@code threadlens read} and {@code --out} write them. Reading them back gives the threads as they were
 * read, so a corpus can be read once and annotated many times (with other layers or settings); annotations
 * in the records are ignored — the thread is annotated afresh. A line that is not such a record is skipped
 * and reported with its line number.
 */
package org.threadlens.read.threadlensjsonl;
