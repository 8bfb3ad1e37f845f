package org.threadlens.sentiment.vader;

import static org.threadlens.sentiment.vader.VaderRules.BOOSTERS;
import static org.threadlens.sentiment.vader.VaderRules.C_INCR;
import static org.threadlens.sentiment.vader.VaderRules.N_SCALAR;
import static org.threadlens.sentiment.vader.VaderRules.SPECIAL_CASES;

import java.util.Objects;
import java.util.OptionalDouble;
import org.threadlens.annotate.SentimentLabel;

/**
 * VADER's rule-based sentiment intensity (Hutto &amp; Gilbert 2014), reproducing {@code polarity_scores} of
 * the reference implementation 3.3.2 rule for rule: each token's lexicon valence, adjusted by the up to three
 * words before it (boosters and dampeners, negations, "never so", "without doubt", idioms, "kind of"), by
 * capitals, "no" and "least"; then the "but" shift, emphasis by ! and ?, normalisation and proportions.
 *
 * <p>Thread-safe: one instance serves every thread. Cost is O(n log n) in the number of words. Each thread
 * remembers the last text it scored and its scores, because two comment scorers read VADER's scores of the
 * same text one after the other (the VADER scorer, and the word model, whose features include them).
 */
public final class VaderScorer {
    private static final double POSITIVE_THRESHOLD = 0.05;
    private final VaderLexicon lexicon;
    private final ThreadLocal<LastScored> last = new ThreadLocal<>();

    /** The last text a thread scored, and its scores. */
    private record LastScored(String text, VaderScores scores) {
    }

    public VaderScorer(VaderLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** A scorer over the bundled lexicons, shared. */
    public static VaderScorer standard() {
        return Standard.SCORER;
    }

    /** Scores {@code text}; unrounded (see {@link VaderScores#rounded()} for the reference's rounding). */
    public VaderScores score(String text) {
        Objects.requireNonNull(text, "text");
        LastScored remembered = last.get();
        if (remembered != null && remembered.text().equals(text)) {
            return remembered.scores();
        }
        VaderScores scores = scoreAfresh(text);
        last.set(new LastScored(text, scores));
        return scores;
    }

    private VaderScores scoreAfresh(String text) {
        VaderText t = VaderText.of(text, lexicon);
        double[] sentiments = new double[t.size()];
        for (int i = 0; i < sentiments.length; i++) {
            sentiments[i] = modifier(t, i) ? 0 : valence(t, i);
        }
        ButShift.apply(t.lower(), sentiments);
        return ValenceSummary.scores(sentiments, t.text());
    }

    /**
     * The conventional three-way reading of a compound score: positive from +0.05, negative from −0.05,
     * neutral between. The reference's published compound is rounded to 4 decimals; pass
     * {@code rounded().compound()} to classify exactly as it does at the boundary.
     */
    public static SentimentLabel label(double compound) {
        if (!(compound >= -1 && compound <= 1)) {
            throw new IllegalArgumentException("compound " + compound + " outside [-1, 1]");
        }
        if (compound >= POSITIVE_THRESHOLD) {
            return SentimentLabel.POSITIVE;
        }
        return compound <= -POSITIVE_THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    /** Booster words, and "kind" of "kind of", modify other words and carry no valence of their own. */
    private static boolean modifier(VaderText t, int i) {
        return BOOSTERS.containsKey(t.lower(i))
                || (i < t.size() - 1 && t.lower(i).equals("kind") && t.lower(i + 1).equals("of"));
    }

    private double valence(VaderText t, int i) {
        OptionalDouble listed = lexicon.valence(t.lower(i));
        if (listed.isEmpty()) {
            return 0;
        }
        double valence = noRule(t, i, listed.getAsDouble());
        if (PythonStrings.isUpper(t.token(i)) && t.capsDifferential()) {
            valence += valence > 0 ? C_INCR : -C_INCR;
        }
        for (int distance = 0; distance < 3; distance++) {
            int before = i - distance - 1;
            if (before >= 0 && !lexicon.contains(t.lower(before))) {
                valence += boost(t, before, valence) * VaderRules.distanceWeight(distance);
                valence = NegationRules.apply(valence, t.lower(), distance, i);
                if (distance == 2) {
                    valence = idioms(t, i, valence);
                }
            }
        }
        return leastRule(t, i, valence);
    }

    /**
     * "no" before a lexicon word negates that word rather than counting itself; a lexicon word up to two
     * words after "no" (three with "or"/"nor" between) is negated.
     */
    private double noRule(VaderText t, int i, double listed) {
        double valence = listed;
        if (t.lower(i).equals("no") && i != t.size() - 1 && lexicon.contains(t.lower(i + 1))) {
            valence = 0.0;
        }
        if ((i > 0 && t.lower(i - 1).equals("no")) || (i > 1 && t.lower(i - 2).equals("no"))
                || (i > 2 && t.lower(i - 3).equals("no")
                        && (t.lower(i - 1).equals("or") || t.lower(i - 1).equals("nor")))) {
            valence = listed * N_SCALAR;
        }
        return valence;
    }

    /** The booster's push at position {@code before}, away from zero, more if it is in capitals. */
    private static double boost(VaderText t, int before, double valence) {
        Double weight = BOOSTERS.get(t.lower(before));
        if (weight == null) {
            return 0.0;
        }
        double scalar = valence < 0 ? -weight : weight;
        if (PythonStrings.isUpper(t.token(before)) && t.capsDifferential()) {
            scalar += valence > 0 ? C_INCR : -C_INCR;
        }
        return scalar;
    }

    /** Special-case idioms replace the valence; "kind of", "sort of", "just enough" before it dampen. */
    private static double idioms(VaderText t, int i, double valence) {
        String w3 = t.lower(i - 3);
        String w2 = t.lower(i - 2);
        String w1 = t.lower(i - 1);
        String w0 = t.lower(i);
        String twoOne = w2 + " " + w1;
        String threeTwoOne = w3 + " " + twoOne;
        String threeTwo = w3 + " " + w2;
        for (String sequence : new String[] {w1 + " " + w0, twoOne + " " + w0, twoOne, threeTwoOne, threeTwo}) {
            Double special = SPECIAL_CASES.get(sequence);
            if (special != null) {
                valence = special;
                break;
            }
        }
        if (t.size() - 1 > i) {
            String zeroOne = w0 + " " + t.lower(i + 1);
            valence = SPECIAL_CASES.getOrDefault(zeroOne, valence);
            if (t.size() - 1 > i + 1) {
                valence = SPECIAL_CASES.getOrDefault(zeroOne + " " + t.lower(i + 2), valence);
            }
        }
        for (String nGram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double weight = BOOSTERS.get(nGram);
            if (weight != null) {
                valence = valence + weight;
            }
        }
        return valence;
    }

    /** "least" right before a word negates it, except in "at least" and "very least". */
    private double leastRule(VaderText t, int i, double valence) {
        if (i > 0 && t.lower(i - 1).equals("least") && !lexicon.contains("least")) {
            if (i == 1 || !(t.lower(i - 2).equals("at") || t.lower(i - 2).equals("very"))) {
                return valence * N_SCALAR;
            }
        }
        return valence;
    }

    private static final class Standard {
        static final VaderScorer SCORER = new VaderScorer(VaderLexicon.standard());
    }
}
