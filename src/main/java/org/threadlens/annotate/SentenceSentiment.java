package org.threadlens.annotate;

import java.util.Objects;

/**
 * A sentence's sentiment as one scorer gave it.
 *
 * @param label        the scorer's class
 * @param distribution the probability of each class
 * @param scorer       which scorer: {@value #CORENLP} for CoreNLP's sentiment model; a fallback scorer's name
 *                     (e.g. {@code vader}) for a sentence CoreNLP could not parse
 */
public record SentenceSentiment(SentimentLabel label, SentimentDistribution distribution, String scorer) {
    public static final String CORENLP = "corenlp";

    public SentenceSentiment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(scorer, "scorer");
    }
}
