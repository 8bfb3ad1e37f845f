package org.threadlens.read;

import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Turns one thread's flat records ({@link ThreadGrouper.Group}) into a {@link DiscussionThread}, with the
 * rules the flat formats share:
 * <ul>
 *   <li>the thread id is the group's key;</li>
 *   <li>the post is the record whose id equals the thread key (a parent it gives is ignored: a post has
 *       none); with {@code singleRootIsPost}, a thread without such a record whose records include exactly
 *       one without parent takes that one as its post;</li>
 *   <li>any other record without a parent replies to the thread key (so to the post where the post's id is
 *       the thread key, else it is an orphan);</li>
 *   <li>title, community, url and comment count come from the group's info; the platform from the info, else
 *       the default; the creation time is the post's;</li>
 *   <li>a record whose id repeats one already placed is reported skipped with its file and line.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param format           the reader's name, for the threads' {@link SourceRef}
 * @param defaultPlatform  the platform where the info names none
 * @param defaultCommunity nullable: the community where the info names none
 * @param singleRootIsPost whether a thread's only parentless record is its post when no id equals the key
 * @param flagsOfText      the flags a body implies (e.g. {@code [deleted]}); parent-related flags are set later
 */
public record FlatThreadBuilder(String format, String defaultPlatform, String defaultCommunity, boolean singleRootIsPost,
        Function<String, Set<CommentFlag>> flagsOfText) {

    public FlatThreadBuilder {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(defaultPlatform, "defaultPlatform");
        Objects.requireNonNull(flagsOfText, "flagsOfText");
    }

    /**
     * The thread of a group (every group has at least one record).
     *
     * @throws InputFormatException in strict mode, for the first duplicate
     */
    public DiscussionThread build(ThreadGrouper.Group group, ReadProblems problems) throws InputFormatException {
        List<FlatComment> rows = group.comments();
        String postId = postId(group.thread(), rows);
        FlatThreadInfo info = group.info();
        FlatComment first = rows.get(0);
        ThreadBuilder b = new ThreadBuilder(info.platform() != null ? info.platform() : defaultPlatform, group.thread(),
                new SourceRef(format, first.file()))
                .title(info.title())
                .community(info.community() != null ? info.community() : defaultCommunity)
                .url(info.url())
                .declaredCommentCount(info.declaredCommentCount());
        Map<Comment, FlatComment> source = new IdentityHashMap<>();
        boolean postSeen = false;
        for (FlatComment row : rows) {
            boolean isPost = row.id().equals(postId);
            if (isPost && !postSeen) {
                postSeen = true;
                b.createdUtc(row.createdUtc());
            }
            Comment c = new Comment(row.id(), isPost ? null : row.parentId() != null ? row.parentId() : group.thread(),
                    isPost ? CommentKind.POST : CommentKind.COMMENT, isPost ? 0 : 1, row.author(), row.score(),
                    row.createdUtc(), row.text(), flags(row));
            source.put(c, row);
            b.add(c);
        }
        DiscussionThread thread = b.build();
        for (Comment dup : b.duplicates()) {
            FlatComment row = source.get(dup);
            problems.skipped(new ReadProblem(row.file(), row.line(), "expected each id once in thread " + group.thread()
                    + ", found id " + row.id() + " again: the first is kept"));
        }
        return thread;
    }

    /** The id of the thread's post, or null if it has none. */
    private String postId(String thread, List<FlatComment> rows) {
        FlatComment root = null;
        int roots = 0;
        for (FlatComment row : rows) {
            if (row.id().equals(thread)) {
                return thread;
            }
            if (row.parentId() == null) {
                root = row;
                roots++;
            }
        }
        return singleRootIsPost && roots == 1 ? root.id() : null;
    }

    /** The flags the body implies and those the source gave. */
    private Set<CommentFlag> flags(FlatComment row) {
        Set<CommentFlag> ofText = flagsOfText.apply(row.text());
        if (row.flags().isEmpty()) {
            return ofText;
        }
        Set<CommentFlag> all = EnumSet.copyOf(row.flags());
        all.addAll(ofText);
        return all;
    }
}
