package org.threadlens.eval;

import org.threadlens.annotate.SentimentLabel;

/** Three-way sentiment, the common ground of the labelled sets and CoreNLP's five classes. */
public enum Polarity {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** very negative and negative → NEGATIVE; neutral → NEUTRAL; positive and very positive → POSITIVE. */
    public static Polarity of(SentimentLabel label) {
        return values()[label.polarity() + 1];
    }

    public static Polarity of(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
