/**
 * The Reddit API JSON format ({@code reddit-api}): responses saved from Reddit's JSON API, one per file.
 *
 * <p>Shapes read:
 * <ul>
 *   <li>a comments page, {@code GET /comments/<id>.json} (also its permalink/context view
 *       {@code /comments/<id>/_/<comment>.json}): an array of two Listings, the first holding the post
 *       ({@code t3}), the second the comments ({@code t1}), each comment's {@code replies} being a Listing or
 *       {@code ""}, with {@code more} stubs among them. One thread.</li>
 *   <li>a Listing object ({@code /r/<sub>.json}, search, a user's history): each post ({@code t3}) is a thread
 *       without comments; comments ({@code t1}) listed there join the thread of their {@code link_id} (a thread
 *       without its post is flagged post-missing, and comments whose parent is not listed are orphans).</li>
 * </ul>
 *
 * <p>Fields: ids are {@code id}, else {@code name} without its {@code t1_}/{@code t3_} prefix;
 * {@code parent_id} and {@code link_id} lose their prefix too (a comment without {@code parent_id} replies to
 * the comment or post it is nested in). The post's text is {@code selftext} (empty for link posts); a
 * comment's is {@code body}, kept exactly as given: without {@code raw_json=1} Reddit escapes
 * {@code &amp; &lt; &gt;} and the escapes stay. {@code created_utc} (integer or float) gives epoch seconds,
 * fractions truncated; {@code score}, {@code author} may be absent (null). Thread: community from
 * {@code subreddit}, url from {@code permalink} made absolute ({@code https://www.reddit.com} + permalink),
 * else {@code url}; declared comment count from {@code num_comments}. Depth comes from the structure (the
 * builder), never from the {@code depth} field, which in a permalink view counts from the first comment shown.
 * A comment whose parent is not in the file (the first comment of a context view below top level) keeps its
 * {@code parent_id} and is flagged orphan.
 *
 * <p>Flags: body or selftext {@code [deleted]} → deleted, {@code [removed]} → removed; {@code edited} other
 * than {@code false} (a timestamp, or {@code true} in old data) → edited. {@code more} stubs are counted on
 * the thread as {@link org.threadlens.thread.Unfetched}: one stub each, including "continue this thread"
 * stubs (id {@code _}, no ids listed), and as many unfetched comments as {@code data.children} lists ids
 * (Reddit's {@code count} includes descendants and is not used).
 *
 * <p>Bad input: a file that is not one JSON document of either shape is an
 * {@link org.threadlens.read.InputFormatException} (file, line); one that ends early is reported as broken
 * off. A child that is not a {@code t1}/{@code t3}/{@code more} with a {@code data} object, a comment or post
 * without a valid id, a comment without a text body, a {@code replies} that is neither a Listing nor
 * {@code ""}, a duplicate comment id: each is reported as a skipped record located by its JSON Pointer
 * (line 0: trees carry no lines), and the read goes on; the replies of a skipped comment are still read.
 *
 * <p>Memory: each file is parsed into one Jackson tree (API responses are at most a few MB), then walked
 * iteratively; nesting is bounded by {@link org.threadlens.json.JsonLimits#MAX_NESTING_DEPTH}. Detection:
 * JSON starting with <code>[</code> or <code>{</code> whose first 64 KB hold {@code "kind": "Listing"} (any spacing).
 */
package org.threadlens.read.redditapi;
