package org.threadlens.thread;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Collects a thread's fields and comments in any order, then assembles the immutable
 * {@link DiscussionThread} with {@link ThreadAssembler} (pre-order, depths, orphans, the post-missing flag).
 * Readers use it so that every format follows the same rules. Not thread-safe; one builder per thread.
 */
public final class ThreadBuilder {
    private final String platform;
    private final String id;
    private final SourceRef source;
    private final List<Comment> comments = new ArrayList<>();
    private String community;
    private String title;
    private String url;
    private Long createdUtc;
    private Integer declaredCommentCount;
    private Unfetched unfetched;
    private List<Comment> duplicates = List.of();

    public ThreadBuilder(String platform, String id, SourceRef source) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
    }

    public String id() {
        return id;
    }

    public ThreadBuilder community(String value) {
        community = value;
        return this;
    }

    public ThreadBuilder title(String value) {
        title = value;
        return this;
    }

    public ThreadBuilder url(String value) {
        url = value;
        return this;
    }

    public ThreadBuilder createdUtc(Long value) {
        createdUtc = value;
        return this;
    }

    public ThreadBuilder declaredCommentCount(Integer value) {
        declaredCommentCount = value;
        return this;
    }

    /** Adds to the replies known but not included; null adds nothing. */
    public ThreadBuilder unfetched(Unfetched value) {
        if (value != null) {
            unfetched = unfetched == null ? value : unfetched.plus(value);
        }
        return this;
    }

    /** Adds a comment; its depth is set on {@link #build()} (use 0 for the post, 1 for replies). */
    public ThreadBuilder add(Comment comment) {
        comments.add(Objects.requireNonNull(comment, "comment"));
        return this;
    }

    public int size() {
        return comments.size();
    }

    /** The thread, its comments assembled in pre-order. */
    public DiscussionThread build() {
        ThreadAssembler.Result r = ThreadAssembler.assemble(comments);
        duplicates = r.duplicates();
        boolean hasPost = !r.preOrder().isEmpty() && r.preOrder().get(0).isPost();
        Set<ThreadFlag> flags = hasPost ? Set.of() : EnumSet.of(ThreadFlag.POST_MISSING);
        return new DiscussionThread(platform, id, community, title, url, createdUtc, source, declaredCommentCount,
                unfetched, r.preOrder(), flags);
    }

    /** Comments left out of the last {@link #build()} because their id repeated an earlier one's. */
    public List<Comment> duplicates() {
        return duplicates;
    }
}
