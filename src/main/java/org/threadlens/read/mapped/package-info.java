/**
 * Forum exports in CSV ({@code mapped-csv}) or JSON Lines ({@code mapped-jsonl}) whose columns the user names
 * with {@code --map FIELD=COLUMN,...}. Never detected (which column is which cannot be guessed): chosen with
 * {@code --format}. Without {@code --map} the error lists the file's columns.
 *
 * <p>Fields: {@code id}, {@code thread}, {@code text} are required; {@code parent}, {@code author},
 * {@code time}, {@code score}, {@code title}, {@code community}, {@code platform}, {@code url} are optional.
 * {@code community} and {@code platform} also take a literal for every thread ({@code platform=:phpbb}); the
 * platform defaults to {@code forum}. An unknown field, a field mapped to nothing, or a required field left
 * out is an {@link org.threadlens.read.InputFormatException} listing what is expected.
 *
 * <p>CSV: RFC 4180 with a header line (required; a UTF-8 byte-order mark is skipped), quoted fields may span
 * lines; the text must be UTF-8. A mapped column missing from the header fails that input, naming the column
 * and listing the header. JSONL: one object per line; a key is looked up as written, else as a dotted path
 * into nested objects ({@code meta.score}); ids may be JSON integers, the time any number; a required key
 * missing from the first record fails that input, listing its keys.
 *
 * <p>Values: an empty value is absent, except the text, where it is an empty body (CSV cannot tell empty
 * from missing). {@code time} is epoch seconds (fractions truncated) or ISO-8601 (no offset: UTC; a date
 * alone: midnight UTC); {@code score} an integer. {@code title}, {@code community}, {@code platform} and
 * {@code url} are thread-level: the first non-empty value among the thread's rows (in input order) wins.
 *
 * <p>Threads: rows sharing a {@code thread} value form a thread with that id, in the order of their first
 * row, across all inputs of the format (an export split into parts may spread a thread). The post is the row
 * whose id equals the thread value (a parent it gives is ignored); any other row without parent replies to
 * the thread value, so to the post where it is present and as an orphan where it is not (the thread is then
 * flagged post-missing); a row whose parent is absent is an orphan. The thread's time is its post's. Exports
 * whose thread ids are not the first post's ids (many SQL forums) therefore have no post: map {@code thread}
 * to a column that holds the first post's id if the export has one.
 *
 * <p>Bad rows: a row without id or thread value, without text (JSONL: absent, null or not a string), with a
 * time or score that cannot be read, an id with whitespace, a CSV record with another number of fields than
 * the header, or a repeated id in its thread is skipped and reported with file, line (CSV: the record's first
 * line and its record number) and what was expected. A CSV syntax error (an unclosed quote, say) ends that
 * input: rows before it are kept and the input is reported failed. A CSV record longer than the line limit
 * ({@code maxLineBytes} characters) is refused the same way, so that an unclosed quote cannot fill the heap.
 *
 * <p>Memory: as for ConvoKit corpora, rows are grouped by {@link org.threadlens.read.ThreadGrouper}, on the
 * heap up to 64 MB (estimated) and in the {@link org.threadlens.read.ThreadSpill}'s temporary DuckDB table
 * in the work directory beyond.
 */
package org.threadlens.read.mapped;
