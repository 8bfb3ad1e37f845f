package org.threadlens.read;

import java.util.Objects;
import java.util.Set;
import org.threadlens.thread.CommentFlag;

/**
 * One comment as a flat record (a ConvoKit utterance, a row of a mapped export): which thread it belongs to
 * and whom it replies to, before the thread is assembled by {@link FlatThreadBuilder}. Readers make one per
 * readable record; the constructor refuses ids the model would refuse, so that a bad id is reported at its
 * line while reading rather than when the thread is built.
 *
 * @param file      the input as the user named it (for messages and the thread's source)
 * @param line      the 1-based line where the record starts, or 0 if unknown
 * @param thread    the thread (conversation) key, a valid id
 * @param id        the comment's id, a valid id
 * @param parentId  nullable: the id replied to as the source gave it; null when the source gave none
 * @param author    nullable
 * @param score     nullable
 * @param createdUtc nullable: epoch seconds
 * @param text      the body exactly as the source gave it
 * @param flags     what the source says of the comment beyond its text ({@code edited}, {@code dead}); flags the
 *                  text implies ({@code [deleted]}) and the tree implies ({@code orphan}) are found later
 */
public record FlatComment(String file, long line, String thread, String id, String parentId, String author,
        Integer score, Long createdUtc, String text, Set<CommentFlag> flags) {

    /** Ids longer than this are refused, as the model does (see {@code org.threadlens.thread.Comment}). */
    public static final int MAX_ID_LENGTH = 256;

    /** @throws IllegalArgumentException naming the field and what was expected, for an id the model refuses */
    public FlatComment {
        Objects.requireNonNull(file, "file");
        requireId(thread, "the thread id");
        requireId(id, "the id");
        if (parentId != null) {
            requireId(parentId, "the parent id");
        }
        Objects.requireNonNull(text, "text");
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    /** A comment whose source says nothing beyond its text. */
    public FlatComment(String file, long line, String thread, String id, String parentId, String author, Integer score,
                       Long createdUtc, String text) {
        this(file, line, thread, id, parentId, author, score, createdUtc, text, Set.of());
    }

    /** An estimate of the heap this record holds, for memory budgets (strings counted as UTF-16). */
    long estimatedBytes() {
        return 96 + 2L * (thread.length() + id.length() + text.length()
                + (parentId == null ? 0 : parentId.length()) + (author == null ? 0 : author.length()));
    }

    /**
     * Checks an id as {@code org.threadlens.thread.Comment} does: non-empty, at most {@link #MAX_ID_LENGTH}
     * characters, no whitespace, control characters or lone surrogates. Messages read {@code expected <what> ...}.
     */
    public static String requireId(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("expected " + what + " to be non-empty, found none");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("expected " + what + " to have at most " + MAX_ID_LENGTH
                    + " characters, found " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("expected " + what + " without whitespace or control characters, found '"
                        + abbreviate(value) + "'");
            }
        }
        if (!org.threadlens.thread.WellFormedText.isWellFormed(value)) {
            throw new IllegalArgumentException("expected " + what + " without a lone UTF-16 surrogate (a cut character)");
        }
        return value;
    }

    static String abbreviate(String s) {
        String stripped = s.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
