package org.threadlens.sentiment.vader;

import static org.threadlens.sentiment.vader.VaderRules.N_SCALAR;
import static org.threadlens.sentiment.vader.VaderRules.negates;

import java.util.List;

/**
 * Negation of a lexicon word by the word one, two or three places before it, with the reference's
 * exceptions: "never so/this" intensifies (×1.25) instead of negating, and "without doubt" leaves the
 * valence alone.
 *
 * <p>One detail is kept from the reference as it is: at distance three, "so" or "this" right before the word
 * intensifies it even without "never" (Python's {@code a and b or c} reads {@code (a and b) or c}).
 */
final class NegationRules {
    /** Factor of "never so good", "never this good". */
    static final double NEVER_SO = 1.25;

    private NegationRules() {
    }

    /**
     * The valence of the word at {@code i} after looking at the word {@code distance + 1} places before it.
     *
     * @param distance 0, 1 or 2: the word at {@code i - distance - 1} is examined
     */
    static double apply(double valence, List<String> lower, int distance, int i) {
        String w1 = lower.get(i - 1);
        return switch (distance) {
            case 0 -> negates(w1) ? valence * N_SCALAR : valence;
            case 1 -> {
                String w2 = lower.get(i - 2);
                if (w2.equals("never") && soOrThis(w1)) {
                    yield valence * NEVER_SO;
                } else if (w2.equals("without") && w1.equals("doubt")) {
                    yield valence;
                }
                yield negates(w2) ? valence * N_SCALAR : valence;
            }
            case 2 -> {
                String w2 = lower.get(i - 2);
                String w3 = lower.get(i - 3);
                if ((w3.equals("never") && soOrThis(w2)) || soOrThis(w1)) {
                    yield valence * NEVER_SO;
                } else if (w3.equals("without") && (w2.equals("doubt") || w1.equals("doubt"))) {
                    yield valence;
                }
                yield negates(w3) ? valence * N_SCALAR : valence;
            }
            default -> throw new IllegalArgumentException("distance " + distance + " outside 0–2");
        };
    }

    private static boolean soOrThis(String word) {
        return word.equals("so") || word.equals("this");
    }
}
