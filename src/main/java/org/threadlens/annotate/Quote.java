package org.threadlens.annotate;

/**
 * A quotation of someone else's words, in code points of the source text.
 *
 * @param sourceId nullable: the id of the comment quoted, when the quote matches an ancestor's text
 */
public record Quote(int begin, int end, String sourceId) {
    public Quote {
        Spans.require(begin, end, "quote");
    }
}
