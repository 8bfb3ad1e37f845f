/**
 * VADER, the lexicon- and rule-based sentiment intensity scorer of Hutto &amp; Gilbert (2014): "VADER: A
 * Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM-14. A light alternative
 * to CoreNLP's sentiment model, attuned to social-media text (slang, emoticons, emoji, capitals, "!!!").
 *
 * <p><b>Source.</b> A clean-room Java implementation of {@code polarity_scores} of the reference
 * implementation {@code vaderSentiment} 3.3.2 (github.com/cjhutto/vaderSentiment, MIT, C.J. Hutto), written
 * from its published code and README. The lexicons are data files under {@code models/} in this repository
 * (see {@code models/manifest.tsv} for their origin, sizes and SHA-256, {@code models/LICENSE-vader.txt} for
 * the licence), copied by the build to the classpath folder {@code threadlens-models/}.
 *
 * <p><b>Units.</b> Lexicon valences are means of ten human ratings on −4 (extremely negative) … +4
 * (extremely positive). {@link org.threadlens.sentiment.vader.VaderScores} gives {@code neg}, {@code neu},
 * {@code pos} as proportions 0 … 1 and {@code compound} as a normalised score −1 … +1;
 * {@link org.threadlens.sentiment.vader.VaderScorer#label(double)} reads the compound with the conventional
 * ±0.05 thresholds.
 *
 * <p><b>Fidelity.</b> Every rule of 3.3.2 is reproduced, including its quirks (each documented where it is
 * implemented), so that scores agree with the reference to the published decimals. The reference's
 * "sentiment-laden idioms" list is future work there and is not applied here either. VADER is designed for
 * sentences; a long text is scored as one bag of rule-adjusted words, as the reference does.
 *
 * <p><b>Thread-safety.</b> {@link org.threadlens.sentiment.vader.VaderLexicon} and
 * {@link org.threadlens.sentiment.vader.VaderScorer} are immutable once built; the bundled lexicons are loaded
 * once per class loader ({@code VaderLexicon.standard()}) and one scorer can serve all threads. This package
 * never reads input files other than its lexicons, and never writes.
 */
package org.threadlens.sentiment.vader;
