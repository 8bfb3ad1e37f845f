/**
 * ConvoKit export ({@code convokit}): a corpus directory that ConvoKit's {@code Corpus(filename=DIR)} loads
 * (the layout its {@code Corpus.dump} writes), and that ThreadLens's own {@code convokit} reader reads back
 * to the same threads.
 *
 * <p>Files. {@code utterances.jsonl}: one utterance per comment, threads in export order, comments in
 * pre-order, with {@code id}, {@code conversation_id} (the thread id), {@code text} (exactly the comment's),
 * {@code speaker} (the author; {@value org.threadlens.export.convokit.ConvoKitJson#UNKNOWN_SPEAKER} where the
 * source gave none), {@code meta}, {@code reply-to} (the parent id; null for the post), {@code timestamp}
 * (epoch seconds or null) and {@code vectors} ({@code []}). An utterance's {@code meta}: {@code score},
 * {@code kind}, {@code depth}, {@code flags}, {@code permalink} (the post's: the thread's url), {@code language}
 * (set only for a comment found not to be English), and its annotations: {@code sentiment} (label, score,
 * negative/neutral/positive, method; null if none), {@code sentences} (offsets, quoted, label) and
 * {@code entities} (text, type, offsets, sentence, quoted, the thread-level {@code entity} and its Wikipedia
 * {@code link} (null where not resolved or linked), {@code ambiguous} where there were other candidates; null
 * where the entities layer was not run).
 * {@code conversations.json}: {@code {THREAD: {"meta": {...}, "vectors": []}}} with {@code title},
 * {@code community} (and {@code subreddit} for Reddit, as ConvoKit's Reddit corpora name it), {@code platform},
 * {@code url}, {@code timestamp}, {@code num_comments} (as the platform declared it), the thread's
 * {@code sentiment} and its {@code entities} with their link and sentiment. {@code speakers.json}: every speaker with
 * empty meta. {@code corpus.json}: {@code name} (the directory's name) and {@code generator}.
 * {@code index.json}: the Python types of every metadata key per component ({@code "<class 'int'>"}), version 1,
 * as ConvoKit writes it. Plus the export's {@code provenance.json}, which ConvoKit ignores.
 *
 * <p>Round trip. ThreadLens's {@code convokit} reader gives back the same threads (ids, parents, authors,
 * scores, times, texts, flags, title, community, url, platform, declared count; {@code edited} and {@code dead}
 * travel in {@code meta.flags}, the others the reader derives again), except that a comment without author comes
 * back spoken by {@value org.threadlens.export.convokit.ConvoKitJson#UNKNOWN_SPEAKER}.
 *
 * <p>JSON is written ASCII-only (non-ASCII escaped), as Python's {@code json.dump} does by default. Memory holds
 * the set of speaker ids and the metadata types. Nothing here does NLP.
 */
package org.threadlens.export.convokit;
