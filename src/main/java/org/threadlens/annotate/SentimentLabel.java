package org.threadlens.annotate;

/** CoreNLP's five sentiment classes; {@link #value()} is CoreNLP's class index 0–4. */
public enum SentimentLabel {
    VERY_NEGATIVE("very negative"),
    NEGATIVE("negative"),
    NEUTRAL("neutral"),
    POSITIVE("positive"),
    VERY_POSITIVE("very positive");

    private final String wireName;

    SentimentLabel(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the record format: lower case, words separated by a space. */
    public String wireName() {
        return wireName;
    }

    /** CoreNLP's class index: 0 very negative … 4 very positive. */
    public int value() {
        return ordinal();
    }

    /** The polarity in three classes: -1 negative, 0 neutral, +1 positive. */
    public int polarity() {
        return Integer.signum(ordinal() - 2);
    }

    public static SentimentLabel ofValue(int value) {
        if (value < 0 || value > 4) {
            throw new IllegalArgumentException("sentiment value " + value + " outside 0–4");
        }
        return values()[value];
    }

    public static SentimentLabel fromWireName(String name) {
        for (SentimentLabel label : values()) {
            if (label.wireName.equals(name)) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown sentiment label '" + name
                + "': expected very negative, negative, neutral, positive or very positive");
    }
}
