package org.threadlens.annotate;

/**
 * A sentence, in code points of the source text.
 *
 * @param quoted    whether the sentence lies inside a quotation of someone else's words
 * @param sentiment nullable: absent when the sentiment layer was not asked for or the sentence was not scored
 */
public record Sentence(int begin, int end, boolean quoted, SentenceSentiment sentiment) {
    public Sentence {
        Spans.require(begin, end, "sentence");
    }
}
