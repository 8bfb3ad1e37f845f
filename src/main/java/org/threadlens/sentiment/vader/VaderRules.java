package org.threadlens.sentiment.vader;

import java.util.Map;
import java.util.Set;

/**
 * The constants and word lists of VADER 3.3.2's rules, with the empirically derived weights of Hutto &amp;
 * Gilbert (2014). Words are lower case; multi-word keys are separated by one space.
 */
final class VaderRules {
    /** Valence added by a booster word ("very"), and subtracted by a dampener ("slightly"). */
    static final double B_INCR = 0.293;
    static final double B_DECR = -0.293;
    /** A booster's weight two and three words before the word it modifies (one word before: 1). */
    static final double SECOND_WORD_BACK = 0.95;
    static final double THIRD_WORD_BACK = 0.9;
    /** Valence added to a word written in capitals when the text mixes cases. */
    static final double C_INCR = 0.733;
    /** Factor of a negated valence. */
    static final double N_SCALAR = -0.74;
    /** Weight of each exclamation mark, counted up to {@link #MAX_EXCLAMATIONS}. */
    static final double EXCLAMATION_WEIGHT = 0.292;
    static final int MAX_EXCLAMATIONS = 4;
    /** Weight of each question mark when there are two or three; four or more weigh {@link #MAX_QUESTION}. */
    static final double QUESTION_WEIGHT = 0.18;
    static final double MAX_QUESTION = 0.96;
    /** The α of the compound normalisation {@code x / sqrt(x² + α)}. */
    static final double ALPHA = 15;
    /** Weights of a "but": items before it count half, items after it one and a half. */
    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;

    static final Set<String> NEGATE = Set.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    static final Map<String, Double> BOOSTERS = Map.ofEntries(
            inc("absolutely"), inc("amazingly"), inc("awfully"), inc("completely"), inc("considerable"),
            inc("considerably"), inc("decidedly"), inc("deeply"), inc("effing"), inc("enormous"),
            inc("enormously"), inc("entirely"), inc("especially"), inc("exceptional"), inc("exceptionally"),
            inc("extreme"), inc("extremely"), inc("fabulously"), inc("flipping"), inc("flippin"),
            inc("frackin"), inc("fracking"), inc("fricking"), inc("frickin"), inc("frigging"), inc("friggin"),
            inc("fully"), inc("fuckin"), inc("fucking"), inc("fuggin"), inc("fugging"), inc("greatly"),
            inc("hella"), inc("highly"), inc("hugely"), inc("incredible"), inc("incredibly"), inc("intensely"),
            inc("major"), inc("majorly"), inc("more"), inc("most"), inc("particularly"), inc("purely"),
            inc("quite"), inc("really"), inc("remarkably"), inc("so"), inc("substantially"), inc("thoroughly"),
            inc("total"), inc("totally"), inc("tremendous"), inc("tremendously"), inc("uber"),
            inc("unbelievably"), inc("unusually"), inc("utter"), inc("utterly"), inc("very"),
            dec("almost"), dec("barely"), dec("hardly"), dec("just enough"), dec("kind of"), dec("kinda"),
            dec("kindof"), dec("kind-of"), dec("less"), dec("little"), dec("marginal"), dec("marginally"),
            dec("occasional"), dec("occasionally"), dec("partly"), dec("scarce"), dec("scarcely"),
            dec("slight"), dec("slightly"), dec("somewhat"), dec("sort of"), dec("sorta"), dec("sortof"),
            dec("sort-of"));

    /** Idioms and phrases containing lexicon words, with the valence that replaces the word's own. */
    static final Map<String, Double> SPECIAL_CASES = Map.of(
            "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0,
            "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    private VaderRules() {
    }

    /** The weight of a booster {@code distance + 1} words before the word it modifies. */
    static double distanceWeight(int distance) {
        return distance == 0 ? 1 : distance == 1 ? SECOND_WORD_BACK : THIRD_WORD_BACK;
    }

    /** Whether a single lower-cased word negates what follows: a NEGATE word or any word containing n't. */
    static boolean negates(String lowerWord) {
        return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
    }

    private static Map.Entry<String, Double> inc(String word) {
        return Map.entry(word, B_INCR);
    }

    private static Map.Entry<String, Double> dec(String word) {
        return Map.entry(word, B_DECR);
    }
}
