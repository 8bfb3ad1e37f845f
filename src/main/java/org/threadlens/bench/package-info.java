/**
 * Speed measured, not asserted: {@code threadlens bench} runs plain CoreNLP and ThreadLens on the same
 * comment texts in one process, alternating, after a warm-up, and reports comments/s, tokens/s, peak heap
 * and their ratio. Plain CoreNLP reads the texts exactly as ThreadLens prepares them; ThreadLens runs end to
 * end (read, prepare, annotate, analyze, store).
 */
package org.threadlens.bench;
