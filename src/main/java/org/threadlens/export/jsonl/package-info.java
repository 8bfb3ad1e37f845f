/**
 * The {@code jsonl} exporter: one annotated thread record (schema {@code threadlens/1}) per line, UTF-8,
 * {@code \n} line ends; tokens only when asked for. {@code -} writes to standard output.
 */
package org.threadlens.export.jsonl;
