package org.threadlens.analyze;

import java.util.Locale;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.thread.Comment;

/** How much each comment weighs in a roll-up. */
public enum Weighting {
    /** Every comment weighs one. */
    NONE,
    /** A comment weighs its number of tokens (at least one): long comments say more. */
    LENGTH,
    /** A comment weighs its platform score, at least one: what readers upvoted counts more. */
    SCORE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public double weight(Comment c, TextAnnotations a) {
        return switch (this) {
            case NONE -> 1;
            case LENGTH -> Math.max(1, a.tokens().size());
            case SCORE -> Math.max(1, c.score() == null ? 1 : c.score());
        };
    }
}
