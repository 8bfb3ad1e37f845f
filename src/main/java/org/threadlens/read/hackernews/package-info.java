/**
 * Hacker News, in the two shapes people save it in. Platform {@code hackernews}; ids are HN item ids as
 * decimal strings; {@code text} is HN's HTML exactly as given ({@code <p>}, {@code &#x27;}, links: the text
 * stage decodes it later); times are epoch seconds; HN has no communities ({@code community} is null).
 *
 * <h2>{@code hackernews}: Firebase API items</h2>
 * Items as {@code /v0/item/<id>.json} gives them: one per file (as crawlers save them), a JSON array of items,
 * or one per line (NDJSON); several objects one after the other also read. Fields: {@code id} (an integer, or
 * a string of digits as BigQuery exports it), {@code type} (story, comment, job, poll, pollopt; a typeless
 * item with a {@code parent} is a comment), {@code by} (author; absent on deleted items: null),
 * {@code time} (epoch seconds), {@code text} (absent: ""), {@code parent}, {@code kids}, {@code score},
 * {@code title}, {@code url}, {@code descendants}, {@code dead}, {@code deleted}.
 * <ul>
 * <li>A story, job or poll is a thread's post: its text is {@code text} or "", its url {@code url} or, where
 *     that is absent or empty, {@code https://news.ycombinator.com/item?id=<id>}; {@code descendants} is the
 *     thread's declared comment count. Comments attach by {@code parent}; {@code dead} flags DEAD,
 *     {@code deleted} flags DELETED.</li>
 * <li>Threads are assembled across all inputs of the format: items may come in any order and a thread's
 *     items may be spread over files. Each comment belongs to the post its {@code parent} chain reaches. A
 *     chain that leaves the input first is grouped under the first missing id (the {@code parent} of its
 *     topmost comment present): that thread is flagged post-missing and its topmost comments orphan.
 *     Siblings keep HN's ranked order (their parent's {@code kids}), then input order; threads come in the
 *     order their first item was read, and name as their source file their post's (else their first item's).</li>
 * <li><b>Memory bound.</b> No thread is complete before every input is read, so all items are held in memory
 *     while threads are assembled, then freed thread by thread as they are read: about 0.3 KB per item plus
 *     its text (measured: 1 million items with 260-character texts take 0.54 GB of heap and read in
 *     {@code -Xmx800m}), i.e. roughly 1.5 million items of typical HN length per GB of heap. The crawls
 *     people keep (a month of HN, a set of stories with their comments) are up to a few million items and
 *     fit the launcher's default heap; the whole of HN (40+ million items) needs a larger heap
 *     ({@code -Xmx}) or reading story by story.</li>
 * <li>Poll options ({@code pollopt}) are a poll's choices, not discussion: each is reported as a skipped
 *     record ("a poll option, not a comment"). A repeated id is reported and the item read first kept.</li>
 * <li>User profiles ({@code /v0/user/<id>.json}) are not items: a file holding a user is refused ("expected
 *     Hacker News items ..., found a user"); a user line in NDJSON or element in an array is skipped.</li>
 * </ul>
 *
 * <h2>{@code hackernews-algolia}: Algolia HN Search items trees</h2>
 * {@code /api/v1/items/<id>} answers: an object with {@code id}, {@code created_at}, {@code created_at_i},
 * {@code type}, {@code author}, {@code title}, {@code url}, {@code text}, {@code points}, {@code parent_id},
 * {@code story_id}, {@code options} and its replies nested in {@code children}. One tree per file, a JSON
 * array of trees, or one per line. Each tree is one thread; trees are never merged (two trees of the same
 * story give two threads with the same id).
 * <ul>
 * <li>A tree rooted at a story, job or poll: that item is the post (url as above). A tree rooted at a comment
 *     ({@code items/<comment id>}): the thread is its {@code story_id}'s (else its {@code parent_id}'s),
 *     flagged post-missing, and the root comment replies to its {@code parent_id} (an orphan).</li>
 * <li>A reply's parent is the node it is nested in. Algolia has no comment count: {@code declaredCommentCount}
 *     is null. A node with neither {@code author} nor {@code text} (how Algolia serves deleted items) is
 *     DELETED with author null and text "". {@code created_at_i} gives the time, else {@code created_at}.</li>
 * <li>The walk over {@code children} is iterative; nesting is bounded by
 *     {@link org.threadlens.json.JsonLimits#MAX_NESTING_DEPTH} (about 1000 reply levels), beyond which the
 *     input is refused. A poll's {@code options} are reported as skipped, like Firebase poll options.</li>
 * </ul>
 *
 * <h2>Bad records (both formats)</h2>
 * An input that is not JSON, or whose first object is not an item (a user, a search answer, another
 * platform's JSON), is refused with an {@link org.threadlens.read.InputFormatException} naming the file, the
 * line and what was expected. An item that cannot be read (no {@code id}, an {@code id} that is not a number,
 * {@code kids} that is not an array, a field of the wrong type, an unknown {@code type}) is reported as
 * skipped with its file, line (and array element), and the read goes on. In NDJSON a line that is not JSON
 * is skipped; in an array or a document a syntax error ends that input, keeping what was read before.
 * Detection is by content: the first object's fields, which keeps other JSON formats out.
 */
package org.threadlens.read.hackernews;
