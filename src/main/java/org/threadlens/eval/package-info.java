/**
 * Quality against labelled data: named entities on CoNLL-style BIO files (WNUT-17) and comment sentiment on
 * labelled comment sets (GoEmotions, TweetEval), run through the same preparation and annotation as
 * {@code annotate}, so that the numbers describe what users get. Plain CoreNLP on the same texts is the
 * baseline every table carries.
 *
 * <p>This package reads labelled files and counts; it calls engines only through {@code annotate}.
 */
package org.threadlens.eval;
