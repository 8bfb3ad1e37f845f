package org.threadlens.annotate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sentence, in code points of the source text.
 *
 * @param quoted    whether the sentence lies inside a quotation of someone else's words
 * @param sentiment nullable: CoreNLP's five-class sentiment (or the fallback scorer's, for a sentence CoreNLP
 *                  could not parse); absent when the sentiment layer was not asked for or the sentence has no
 *                  words to score
 * @param scores    the comment scorers' sentiment of this sentence alone, by scorer; given for unquoted
 *                  sentences that mention a named entity (entity sentiment combines them), else empty
 */
public record Sentence(int begin, int end, boolean quoted, SentenceSentiment sentiment, Map<String, ScorerSentiment> scores) {
    public Sentence {
        Spans.require(begin, end, "sentence");
        scores = scores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(scores));
    }

    /** A sentence without scorer outputs. */
    public Sentence(int begin, int end, boolean quoted, SentenceSentiment sentiment) {
        this(begin, end, quoted, sentiment, Map.of());
    }

    public Sentence withScores(Map<String, ScorerSentiment> newScores) {
        return new Sentence(begin, end, quoted, sentiment, newScores);
    }
}
