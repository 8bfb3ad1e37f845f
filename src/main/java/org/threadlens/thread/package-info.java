/**
 * The thread model: a discussion thread as an immutable tree of comments, the post being the root
 * comment ({@link org.threadlens.thread.CommentKind#POST}).
 *
 * <p>Identity rules: a thread id and each comment id are the platform's own ids (Reddit base-36 ids
 * without the {@code t1_}/{@code t3_} prefix, Hacker News item ids); readers of formats without ids
 * derive stable ids and document the rule. {@link org.threadlens.thread.DiscussionThread#comments()} is in
 * pre-order: a parent always precedes its replies. A comment whose parent is missing from the input keeps
 * its {@code parentId} and carries {@link org.threadlens.thread.CommentFlag#ORPHAN}; it is never dropped.
 *
 * <p>Nullness: record components documented as nullable may be null (an absent value the source did not
 * give); every other component is non-null. Collections are never null and are unmodifiable.
 *
 * <p>This package never does I/O or NLP. Every type here is immutable and thread-safe.
 */
package org.threadlens.thread;
