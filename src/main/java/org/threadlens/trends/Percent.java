package org.threadlens.trends;

import java.util.Locale;

/**
 * A share as the corpus view writes it, in the table and the report alike: a percentage with one decimal below
 * 10% (an entity is often in a few percent of texts, where whole percents would say little), none above.
 */
public final class Percent {
    private Percent() {
    }

    /** {@code 0.0123} as {@code 1.2%}, {@code 0.456} as {@code 46%}. */
    public static String of(double share) {
        double p = 100 * share;
        return String.format(Locale.ROOT, p < 10 ? "%.1f%%" : "%.0f%%", p);
    }
}
