package org.threadlens.annotate;

import java.util.Locale;

/** Three-way sentiment: the common ground of every scorer and of the labelled sets. */
public enum Polarity {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** very negative and negative → NEGATIVE; neutral → NEUTRAL; positive and very positive → POSITIVE. */
    public static Polarity of(SentimentLabel label) {
        return values()[label.polarity() + 1];
    }

    /** The name in the record format: {@code negative}, {@code neutral}, {@code positive}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Polarity fromWireName(String name) {
        for (Polarity p : values()) {
            if (p.wireName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown polarity '" + name + "': expected negative, neutral or positive");
    }

    /** The five-class label of the same name. */
    public SentimentLabel label() {
        return SentimentLabel.ofValue(ordinal() + 1);
    }
}
