package org.threadlens.annotate;

import org.threadlens.spi.Named;

/**
 * A sentence-level sentiment scorer that needs no parse (a lexicon scorer such as VADER): the fallback for
 * sentences the engine could not parse. Implementations are thread-safe.
 */
public interface SentenceScorer extends Named {
    /** The sentiment of one sentence of plain text, with {@link SentenceSentiment#scorer()} = {@link #name()}. */
    SentenceSentiment score(String plainSentence);
}
