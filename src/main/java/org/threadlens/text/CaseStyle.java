package org.threadlens.text;

/**
 * Whether a text carries case information. NER models trained on edited text rely on capitals; text written
 * all in lower case or all in capitals needs caseless models instead.
 */
public enum CaseStyle {
    MIXED,
    /** (Almost) no capitals: "went to paris with elon". */
    LOWER,
    /** (Almost) only capitals: shouting. */
    UPPER;

    /** Fewer cased letters than this and the text is too short to tell: MIXED. */
    static final int MIN_LETTERS = 12;
    /** The share of letters allowed in the minority case. */
    static final double MINORITY = 0.02;

    public static CaseStyle of(CharSequence text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        int letters = upper + lower;
        if (letters < MIN_LETTERS) {
            return MIXED;
        }
        if (upper <= MINORITY * letters) {
            return LOWER;
        }
        if (lower <= MINORITY * letters) {
            return UPPER;
        }
        return MIXED;
    }

    public boolean isCaseless() {
        return this != MIXED;
    }
}
