/**
 * ThreadLens's pieces as annotators of a stock Stanford CoreNLP pipeline, named with
 * {@code customAnnotatorClass.<name>=<class>} in CoreNLP's properties (command line, Java API or
 * {@code StanfordCoreNLPServer}):
 * <ul>
 *   <li>{@link org.threadlens.plugin.corenlp.SocialTextTokenizer} ({@code threadlens_tokenize}), in place of
 *       {@code tokenize}: CoreNLP reads the prepared text of a Reddit-markdown or Hacker News comment, and every
 *       offset still points into the original text;</li>
 *   <li>{@link org.threadlens.plugin.corenlp.VaderAnnotator} ({@code threadlens_vader}) and
 *       {@link org.threadlens.plugin.corenlp.RedditSentimentAnnotator} ({@code threadlens_reddit}): the social-media
 *       sentiment scorers, per sentence and per document;</li>
 *   <li>{@link org.threadlens.plugin.corenlp.CommentSentimentAnnotator} ({@code threadlens_sentiment}): the comment's
 *       sentiment, combining them (with CoreNLP's own sentence sentiment when {@code sentiment} ran);</li>
 *   <li>{@link org.threadlens.plugin.corenlp.ThreadLensJsonOutputter}: CoreNLP's JSON plus these annotations
 *       ({@code outputFormat=custom}, {@code customOutputter=...}), since CoreNLP's own JSON writes only the
 *       annotations it knows.</li>
 * </ul>
 * Results are CoreNLP annotations of ours, keys in {@link org.threadlens.plugin.corenlp.ThreadLensAnnotations}. These
 * classes adapt; the policy (preparation, scorers, combination) is the same code ThreadLens's own pipeline runs.
 * Every annotator is thread-safe, as CoreNLP requires.
 */
package org.threadlens.plugin.corenlp;
