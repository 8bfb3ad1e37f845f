/**
 * The Pushshift / Arctic Shift dump format ({@code pushshift}): Reddit comments and submissions, one JSON
 * object per line, as in the monthly {@code RC_YYYY-MM} and {@code RS_YYYY-MM} files and the per-subreddit
 * dumps, 2005 to today, plain or compressed (gzip, bzip2, xz, zstd with the 2 GiB window of
 * {@code zstd --long=31}; recognised by content).
 *
 * <h2>Inputs</h2>
 * A thread's records may be anywhere in the inputs: comment files and submission files in any order, a
 * file holding both kinds, comments before their submission, comments whose submission is in no input.
 * Each line is classified by its keys: a {@code name} starting {@code t1_} is a comment and {@code t3_} a
 * submission; else a line with {@code link_id}, {@code parent_id} or {@code body} is a comment, and one with
 * {@code title}, {@code selftext} or {@code num_comments} a submission. Detection claims an input whose
 * first line is an object with {@code id}, {@code created_utc}, {@code link_id} or
 * {@code subreddit}/{@code subreddit_id} and a comment's or submission's keys, and without {@code kind}
 * (the Reddit API), {@code by}/{@code type}/{@code kids} (Hacker News) or
 * {@code conversation_id}/{@code reply-to}/{@code speaker} (ConvoKit).
 *
 * <h2>Fields</h2>
 * <ul>
 * <li>Ids are bare: a {@code t1_}/{@code t3_} (any {@code t<digit>_}) prefix is removed wherever it is
 *     given. A comment's id is {@code id}, else its {@code name}. The thread id is the submission's
 *     {@code id}, and for a comment its {@code link_id}. {@code parent_id} is the parent; a comment without
 *     one replies to its submission.</li>
 * <li>{@code created_utc}: an integer, a decimal or a numeric string (all three eras), in epoch seconds,
 *     fractions truncated. {@code score} and {@code num_comments}: an integer, an integral decimal or a
 *     numeric string; null or missing is absent.</li>
 * <li>{@code edited}: {@code true} or a non-zero number (the time of the edit) flags
 *     {@link org.threadlens.thread.CommentFlag#EDITED}; {@code false}, {@code 0} and null do not.</li>
 * <li>The text is a comment's {@code body} and a submission's {@code selftext}, exactly as decoded from
 *     JSON (HTML escapes such as {@code &gt;} are kept; missing is empty). A text equal to {@code [deleted]}
 *     or {@code [removed]} flags DELETED or REMOVED.</li>
 * <li>A submission gives its thread {@code title}, {@code subreddit} (the community), {@code created_utc},
 *     {@code num_comments} (the declared comment count) and the url {@code https://www.reddit.com} +
 *     {@code permalink} (an absolute permalink is kept; none gives no url). A thread without its
 *     submission has the post-missing flag, no title, url or time, and the community of its first
 *     comment.</li>
 * </ul>
 *
 * <h2>Bad records</h2>
 * Reported to {@link org.threadlens.read.ReadProblems#skipped} with file and line, the read going on: a
 * line that is not UTF-8 or not a JSON object ({@link org.threadlens.read.JsonLines}); an object that is
 * neither a comment nor a submission; a record without an id, a comment without {@code link_id}; an id
 * that holds whitespace, control characters or surrogates; a field present in a shape no era used (a
 * {@code created_utc} that is no number, a fractional score). A record whose id repeats one already read in
 * its thread (overlapping dumps) is a duplicate: the first copy (by the order below) is kept, the later one
 * reported naming both places. An input that breaks off (a cut or corrupt compressed file) is reported to
 * {@link org.threadlens.read.ReadProblems#inputFailed} with the last line read whole; its records up to
 * there are kept, and the other inputs are read.
 *
 * <h2>The on-disk step, and memory</h2>
 * A monthly dump is tens of GB and a thread's records are spread over all of it, so threads cannot be
 * assembled while streaming, and holding the records until the end would make memory grow with the input.
 * Stage 1 streams every line of every input, in the order given, through the parser (on a thread of its
 * own, so that parsing and storing use two cores) into the flat formats' one spill,
 * {@link org.threadlens.read.ThreadSpill}: a DuckDB table, with DuckDB's appender, from the first record on.
 * Only what a thread needs is kept: ids, kind, author, score, time, text, flags, the post's title, url,
 * community and count, and file and line for messages. The database is in-memory but limited to
 * {@link org.threadlens.read.pushshift.PushshiftStream#MEMORY_LIMIT}: beyond it DuckDB evicts the table's
 * blocks, and later spills its sort and aggregate, to a fresh directory under
 * {@link org.threadlens.read.ReadOptions#workDir()} ({@code --tmp}). Stage 2 is one streaming query that
 * returns the rows grouped by thread, and the reader sorts and builds one thread at a time. So the Java heap holds
 * the largest thread and a few batches of records in flight, DuckDB its limit, whatever the size of the
 * input (measured: the same peaks of live heap, 13 and 14 MB, for 3.3 and 33 million records). Decompressing
 * a {@code zstd --long=31} dump takes up to 2 GiB of native memory for its window, as {@code zstd -d} does.
 * The disk holds a quarter to a third of the decompressed input at the peak, during the sort (measured:
 * 1.5 GB for 6.6 GB of dump JSON, 19 GB for 66 GB). The directory is deleted when the stream is closed,
 * when stage 1 fails, and (by a shutdown hook) when the JVM exits first. A file database instead of the
 * in-memory one measured 2.4 times slower (commits, write-ahead log and checkpoints), for a third less disk.
 *
 * <p>Order: threads come in the order of their first record in the inputs as given (a submission or a
 * comment); within a thread the post comes first, then comments by creation time (unknown times last),
 * ties in input order, arranged in pre-order by {@link org.threadlens.thread.ThreadBuilder}. So the
 * same inputs always give the same output, and giving comment and submission files in the other order
 * gives the same threads (only their order may differ). A thread's source file is its post's file, or else
 * the file of its earliest comment.
 *
 * <h2>For callers that group records themselves</h2>
 * The Spark job ({@code org.threadlens.spark}) reads lines with {@link org.threadlens.read.JsonLines}, parses
 * them with {@link org.threadlens.read.pushshift.DumpRecordParser}, groups the
 * {@link org.threadlens.read.pushshift.DumpRecord}s by thread in its shuffle and builds each thread with
 * {@link org.threadlens.read.pushshift.DumpThreads}, which applies the order above and reports duplicates as
 * the stream does: the same records give the same threads.
 */
package org.threadlens.read.pushshift;
