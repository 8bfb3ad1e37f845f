package org.threadlens.read.hackernews;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.hackernews.ItemFields.BadItemException;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Turns one Algolia {@code items/<id>} tree into a thread. The walk over {@code children} is iterative (an
 * explicit stack), so nesting depth is bounded by {@link org.threadlens.json.JsonLimits}, never by the call
 * stack. A reply's parent is the node it is nested in; a reply nested in a node that cannot be read keeps its
 * own {@code parent_id} and becomes an orphan (or is skipped, with its replies, if it has none). Problems
 * inside a tree are reported at the line the tree starts on, naming the item. Not thread-safe.
 */
final class AlgoliaTree {
    /** A node still to read and the id of the node it is nested in (null if that one could not be read). */
    private record Pending(JsonNode node, String nestedIn, int position) {
    }

    private final String file;
    private final long line;
    private final ReadProblems problems;

    /** @param line the line the tree starts on, for problems */
    AlgoliaTree(String file, long line, ReadProblems problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    /**
     * The thread of a tree rooted at a story, job or poll, or at a comment (then the thread is its story's,
     * flagged post-missing, and the root comment an orphan).
     *
     * @throws BadItemException if the root cannot be read
     * @throws InputFormatException in strict mode, at the first problem inside the tree
     */
    DiscussionThread toThread(JsonNode rootNode) throws BadItemException, InputFormatException {
        AlgoliaItem root = AlgoliaItem.parse(rootNode);
        boolean post = root.opensThread();
        String threadId = post ? root.id() : root.storyId() != null ? root.storyId() : root.parentId();
        if (root.type() == ItemType.POLLOPT || threadId == null) {
            throw new BadItemException("item " + root.id() + (root.type() == ItemType.POLLOPT ? " is a poll option"
                    : " is a comment without 'story_id' or 'parent_id'") + ": expected a story, job, poll or comment tree");
        }
        ThreadBuilder b = new ThreadBuilder(HackerNews.PLATFORM, threadId, new SourceRef(HackerNewsAlgoliaReader.NAME, file));
        b.url(HackerNews.postUrl(threadId, post ? root.url() : null));
        if (post) {
            b.title(root.title()).createdUtc(root.createdUtc());
            b.add(comment(root, null));
        } else {
            b.add(comment(root, root.parentId() != null ? root.parentId() : root.storyId()));
        }
        skipOptions(root);
        Deque<Pending> stack = new ArrayDeque<>();
        pushChildren(stack, root.children(), root.id());
        while (!stack.isEmpty()) {
            Pending p = stack.pop();
            readReply(p, b, stack);
        }
        DiscussionThread thread = b.build();
        for (Comment d : b.duplicates()) {
            skipped("item " + d.id() + " appears again in the tree of " + threadId + ": the first one is kept");
        }
        return thread;
    }

    private void readReply(Pending p, ThreadBuilder b, Deque<Pending> stack) throws InputFormatException {
        String where = "reply " + p.position() + " of item " + (p.nestedIn() == null ? "(unreadable)" : p.nestedIn());
        if (!p.node().isObject()) {
            skipped(where + ": expected an object, found " + ItemFields.describe(p.node()));
            return;
        }
        AlgoliaItem item;
        try {
            item = AlgoliaItem.parse(p.node());
        } catch (BadItemException e) {
            skipped(where + ": " + e.getMessage() + " (its replies are kept as orphans)");
            JsonNode children = p.node().get("children");
            pushChildren(stack, children != null && children.isArray() ? children : null, lenientId(p.node()));
            return;
        }
        if (item.type() == ItemType.POLLOPT) {
            skipped("item " + item.id() + " is a poll option, not a comment: poll options are not read");
            return;
        }
        String parent = p.nestedIn() != null ? p.nestedIn() : item.parentId();
        if (parent == null) {
            skipped(where + ": item " + item.id() + " has no 'parent_id' and its parent could not be read");
        } else {
            b.add(comment(item, parent));
        }
        pushChildren(stack, item.children(), item.id());
    }

    /** Pushes replies so that they are popped in the order given. */
    private static void pushChildren(Deque<Pending> stack, JsonNode children, String nestedIn) {
        if (children == null) {
            return;
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Pending(children.get(i), nestedIn, i + 1));
        }
    }

    private void skipOptions(AlgoliaItem poll) throws InputFormatException {
        if (poll.options() == null) {
            return;
        }
        for (JsonNode option : poll.options()) {
            String id = lenientId(option);
            skipped("item " + (id == null ? "(no id)" : id) + " is a poll option of poll " + poll.id()
                    + ", not a comment: poll options are not read");
        }
    }

    private static Comment comment(AlgoliaItem i, String parentId) {
        boolean post = parentId == null;
        return new Comment(i.id(), parentId, post ? CommentKind.POST : CommentKind.COMMENT, post ? 0 : 1, i.author(),
                i.points(), i.createdUtc(), i.text() == null ? "" : i.text(),
                i.deleted() ? Set.of(CommentFlag.DELETED) : Set.of());
    }

    private static String lenientId(JsonNode node) {
        try {
            long id = new ItemFields(node).optionalId("id");
            return id < 0 ? null : Long.toString(id);
        } catch (BadItemException e) {
            return null;
        }
    }

    private void skipped(String message) throws InputFormatException {
        problems.skipped(new ReadProblem(file, line, message));
    }
}
