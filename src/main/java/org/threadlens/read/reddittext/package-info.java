/**
 * The Reddit text-dump format ({@code reddit-text}): one thread rendered as text, with header lines
 * {@code Post Title:}, {@code Author:}, {@code Score:}, {@code URL:}, {@code Number of comments:},
 * {@code Created UTC:}, then {@code Post Content:} and its body, then optionally {@code Top N comments:} and
 * blocks {@code Comment K:} / {@code Author:} / {@code Score:} / {@code Created UTC:} / {@code Comment:}.
 *
 * <p>Ids: the thread id and community come from the URL ({@code /r/<community>/comments/<id>/}); the post's
 * id is the thread id; the comment of block {@code Comment K:} gets the id {@code <threadId>-c<K>} (stable:
 * the same file always gives the same ids; {@code -} never occurs in Reddit's base-36 ids). Where the URL is
 * not a Reddit permalink, the thread id is {@code text-} followed by the first 12 hex digits of the SHA-256 of
 * the title, author and creation time. Every top comment replies to the post.
 *
 * <p>Bodies run over several lines until the next block header; trailing blank lines (the format's
 * separators) are not part of a body, line ends are normalised to {@code \n}, and Reddit's HTML escaping
 * ({@code &gt;}, {@code &amp;}) is kept as the source has it.
 */
package org.threadlens.read.reddittext;
