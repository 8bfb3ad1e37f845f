/**
 * Thread-level roll-ups of comment annotations: the comment-level sentiment, the thread's sentiment shares,
 * and the thread's entity list with mention counts.
 *
 * <p>Definitions (documented in docs/sentiment.md too):
 * <ul>
 *   <li><b>comment sentiment</b>: the mean of the sentence distributions, each sentence weighted by its
 *       number of tokens (so a one-word aside does not outweigh a paragraph), over the sentences that were
 *       scored and are not quoted; its label is the most probable class, its score the expected polarity
 *       on [-1, 1] (very negative = -1, negative = -0.5, neutral = 0, positive = 0.5, very positive = 1);</li>
 *   <li><b>thread sentiment</b>: the same over the comments (the post included) that have a comment
 *       sentiment, each weighing one; with the share of comments in each class;</li>
 *   <li><b>entities</b>: named mentions (not numbers, amounts, dates or times) grouped by type and normalised name (case, possessive {@code 's} and
 *       surrounding punctuation ignored), named by their most frequent surface form; mentions inside quotes of
 *       someone else's words are counted apart ({@code quotedMentions}).</li>
 * </ul>
 * This package never calls an NLP model. All types are immutable and thread-safe.
 */
package org.threadlens.analyze;
