package org.threadlens.text;

/**
 * Turns a comment's source text into the plain text an NLP pipeline reads, keeping the offset map.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface TextPreparer {
    PreparedText prepare(String sourceText);
}
