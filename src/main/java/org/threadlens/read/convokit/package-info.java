/**
 * ConvoKit corpora ({@code convokit}): a directory holding {@code utterances.jsonl} (required; one utterance
 * per line) and optionally {@code conversations.json}, {@code corpus.json}, {@code speakers.json} and
 * {@code index.json}. An {@code utterances.jsonl} file given directly stands for its directory. Detected by a
 * directory entry {@code utterances.jsonl} (or a file of that name starting with a JSON object).
 *
 * <p>Utterances. Key variants are decided per utterance, as ConvoKit's own loader accepts them:
 * {@code conversation_id} else {@code root}; {@code reply_to} else {@code reply-to}; {@code speaker} else
 * {@code user}. Ids may be strings or integers (written in decimal). {@code text} must be a string and is
 * kept exactly; {@code timestamp} may be null, a number or a numeric string of epoch seconds (fractions
 * truncated), or an ISO-8601 date-time; the author is the speaker id; the score is {@code meta.score} where it
 * is an integer (else none). Bodies {@code [deleted]} and {@code [removed]} are flagged deleted and removed.
 *
 * <p>Threads. Each conversation is a thread whose id is the conversation id. Its post is the utterance whose
 * id equals the conversation id (a reply-to it gives is dropped: a post has no parent); where no utterance
 * has that id and exactly one utterance of the conversation has no reply-to, that one is the post (corpora
 * whose conversation ids are not utterance ids). Any other utterance without reply-to replies to the
 * conversation id; an utterance replying to one absent from the corpus is an orphan; a conversation without
 * post is flagged post-missing. Threads come in the order of their first utterance in the file.
 *
 * <p>Metadata. From {@code conversations.json} ({@code {id: {"meta": {...}}}}, or the meta at the top level
 * in older corpora): {@code title}, the community from {@code subreddit} else {@code community}, the
 * declared comment count from {@code num_comments}. The root utterance's {@code meta.subreddit} gives the
 * community where the conversation names none, and its {@code meta.permalink} the url. The platform is, in
 * order: the conversation's {@code meta.platform}; {@code corpus.json}'s {@code platform}; {@code reddit} if
 * the conversation, its root utterance or {@code corpus.json} names a {@code subreddit}; else
 * {@code convokit}. {@code speakers.json} (or {@code users.json}) and {@code index.json} are not read: the
 * author is the speaker id. {@code utterances.json} (the ConvoKit 1.x layout) is not read.
 *
 * <p>Bad records. A line that is not a JSON object, an utterance without id or conversation, with a text
 * that is not a string or a timestamp that is no time, is skipped and reported with its line; so is a second
 * utterance with an id already seen in its conversation. Unreadable metadata files are reported and read as
 * empty. A directory without {@code utterances.jsonl} is an {@link org.threadlens.read.InputFormatException}
 * naming it and its entries.
 *
 * <p>Memory. Utterances of a conversation may lie anywhere in the file, so a corpus is read whole before its
 * first thread is returned, through {@link org.threadlens.read.ThreadGrouper}: up to 64 MB of utterances
 * (estimated; about 250,000 comments) are grouped on the heap; larger corpora go to the flat formats' one
 * spill ({@link org.threadlens.read.ThreadSpill}), a DuckDB table with at most 256 MB of memory that writes
 * and sorts beyond it in a temporary directory in the work directory ({@code --tmp}), and are read back one
 * conversation at a time; the directory is deleted when the stream closes.
 * {@code conversations.json} is read entry by entry, never whole.
 */
package org.threadlens.read.convokit;
