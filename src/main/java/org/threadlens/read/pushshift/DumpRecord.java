package org.threadlens.read.pushshift;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;

/**
 * One dump line, reduced to what a thread needs: what the spill stores and gives back, and what the Spark
 * job ({@code org.threadlens.spark}) shuffles. {@link DumpRecordParser} makes them, {@link DumpThreads} builds a
 * thread of them.
 *
 * @param kind        post (a submission) or comment
 * @param threadId    the submission's id, bare: its own id for a post, its {@code link_id} for a comment
 * @param id          the record's id, bare
 * @param parentId    for a comment, the bare id it replies to; null for a post
 * @param author      nullable
 * @param score       nullable
 * @param createdUtc  epoch seconds, nullable
 * @param text        {@code body} of a comment, {@code selftext} of a post; never null
 * @param flags       bit set of {@link #DELETED}, {@link #REMOVED}, {@link #EDITED}
 * @param title       posts only, nullable
 * @param url         posts only, nullable: {@code https://www.reddit.com} + permalink
 * @param community   the subreddit, nullable
 * @param numComments posts only, nullable: the {@code num_comments} the dump declares
 * @param input       the index of the input it was read from, in the order the inputs were given
 * @param line        its 1-based line in that input
 */
public record DumpRecord(CommentKind kind, String threadId, String id, String parentId, String author, Integer score,
                  Long createdUtc, String text, int flags, String title, String url, String community,
                  Integer numComments, int input, long line) {
    public static final int DELETED = 1;
    public static final int REMOVED = 2;
    public static final int EDITED = 4;

    public DumpRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public boolean isPost() {
        return kind == CommentKind.POST;
    }

    /** The comment for {@link org.threadlens.thread.ThreadBuilder} (depth 0 for the post, 1 for replies). */
    Comment toComment() {
        return new Comment(id, isPost() ? null : parentId, kind, isPost() ? 0 : 1, author, score, createdUtc, text,
                commentFlags(flags));
    }

    private static Set<CommentFlag> commentFlags(int bits) {
        if (bits == 0) {
            return Set.of();
        }
        EnumSet<CommentFlag> set = EnumSet.noneOf(CommentFlag.class);
        if ((bits & DELETED) != 0) {
            set.add(CommentFlag.DELETED);
        }
        if ((bits & REMOVED) != 0) {
            set.add(CommentFlag.REMOVED);
        }
        if ((bits & EDITED) != 0) {
            set.add(CommentFlag.EDITED);
        }
        return set;
    }
}
