package org.threadlens.sentiment.doccat;

import java.util.Optional;
import java.util.Set;
import org.threadlens.annotate.Polarity;

/**
 * GoEmotions' 27 emotions (and neutral) grouped by sentiment, as the usual grouping does — positive:
 * admiration, amusement, approval, caring, desire, excitement, gratitude, joy, love, optimism, pride, relief;
 * negative: anger, annoyance, disappointment, disapproval, disgust, embarrassment, fear, grief, nervousness,
 * remorse, sadness; neutral: neutral; ambiguous (no group): confusion, curiosity, realization, surprise.
 */
public final class EmotionGroups {
    private static final Set<String> POSITIVE = Set.of("admiration", "amusement", "approval", "caring", "desire",
            "excitement", "gratitude", "joy", "love", "optimism", "pride", "relief");
    private static final Set<String> NEGATIVE = Set.of("anger", "annoyance", "disappointment", "disapproval", "disgust",
            "embarrassment", "fear", "grief", "nervousness", "remorse", "sadness");

    private EmotionGroups() {
    }

    /** The polarity of an emotion, or empty for the ambiguous ones (and unknown names). */
    public static Optional<Polarity> of(String emotion) {
        if (POSITIVE.contains(emotion)) {
            return Optional.of(Polarity.POSITIVE);
        }
        if (NEGATIVE.contains(emotion)) {
            return Optional.of(Polarity.NEGATIVE);
        }
        return emotion.equals("neutral") ? Optional.of(Polarity.NEUTRAL) : Optional.empty();
    }
}
