package org.threadlens.annotate;

import org.threadlens.spi.Named;

/**
 * A scorer of a whole comment's sentiment from its plain text (a lexicon, a trained classifier). It reads
 * the author's own words: quoted sentences are left out before it is called. Thread-safe.
 */
public interface CommentScorer extends Named {
    ScorerSentiment score(String plainText);
}
