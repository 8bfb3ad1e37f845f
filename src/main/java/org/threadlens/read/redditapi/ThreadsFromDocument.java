package org.threadlens.read.redditapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.read.InputFormatException;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Turns one API response into threads: a comments page ({@code [post Listing, comments Listing]}) is one
 * thread; a Listing object (a subreddit page, a search, a user's history) gives one thread per post, and its
 * comments, if any, join the thread of their {@code link_id}. Not thread-safe; one per input.
 */
final class ThreadsFromDocument {
    static final String PLATFORM = "reddit";

    private final String file;
    private final Skips skips;
    private final CommentWalker walker;
    private final SourceRef source;

    ThreadsFromDocument(String file, Skips skips) {
        this.file = file;
        this.skips = skips;
        this.walker = new CommentWalker(skips);
        this.source = new SourceRef(RedditApiReader.NAME, file);
    }

    /** @throws InputFormatException if the document is neither shape, or in strict mode at the first skip */
    List<DiscussionThread> threads(ApiDocument.Root root) throws InputFormatException {
        JsonNode node = root.node();
        if (node.isArray() && node.size() == 2 && isListing(node.get(0)) && isListing(node.get(1))) {
            return List.of(commentsPage(node, root.line()));
        }
        if (node.isObject() && isListing(node)) {
            return listing(Things.children(node));
        }
        throw new InputFormatException(file, root.line(), ApiDocument.EXPECTED + ", found " + Skips.describe(node));
    }

    private static boolean isListing(JsonNode node) {
        return Things.children(node) != null && Things.LISTING.equals(Things.kind(node));
    }

    private DiscussionThread commentsPage(JsonNode page, long line) throws InputFormatException {
        JsonNode posts = Things.children(page.get(0));
        JsonNode comments = Things.children(page.get(1));
        JsonNode postData = null;
        String postId = null;
        for (int i = 0; i < posts.size(); i++) {
            String pointer = "/0/data/children/" + i;
            JsonNode data = postData(posts.get(i), pointer, "a post (kind t3)");
            if (data != null && postData != null) {
                skips.skip(pointer, "expected one post in the first Listing, found another: " + Things.id(data));
            } else if (data != null) {
                postData = data;
                postId = Things.id(data);
            }
        }
        String threadId = postId != null ? postId : firstLinkId(comments);
        if (threadId == null) {
            throw new InputFormatException(file, line, "expected the post (a t3 with an id) in the first Listing,"
                    + " or comments with a link_id, found " + (comments.isEmpty() ? "neither" : "comments without link_id"));
        }
        ThreadBuilder thread = new ThreadBuilder(PLATFORM, threadId, source);
        if (postId != null) {
            Things.threadFields(thread, postData);
            thread.add(Things.post(postData, postId));
        }
        walker.walkChildren(comments, "/1/data/children", threadId, thread);
        return build(thread);
    }

    /** The data of a t3 with an id, or null (reported: expected {@code what}) if the child is anything else. */
    private JsonNode postData(JsonNode thing, String pointer, String what) throws InputFormatException {
        JsonNode data = thing.isObject() ? Things.data(thing) : null;
        if (data == null || !Things.POST.equals(Things.kind(thing))) {
            skips.skip(pointer, "expected " + what + " with a data object, found " + Skips.describe(thing));
            return null;
        }
        if (Things.id(data) == null) {
            skips.skip(pointer, "expected a post id (data.id or data.name, base-36), found " + Skips.describe(data.get("id")));
            return null;
        }
        return data;
    }

    private static String firstLinkId(JsonNode comments) {
        for (JsonNode c : comments) {
            JsonNode data = c.isObject() ? Things.data(c) : null;
            String link = data == null ? null : Things.reference(data, "link_id");
            if (link != null) {
                return link;
            }
        }
        return null;
    }

    private List<DiscussionThread> listing(JsonNode children) throws InputFormatException {
        Map<String, ThreadBuilder> threads = new LinkedHashMap<>();
        for (int i = 0; i < children.size(); i++) {
            JsonNode thing = children.get(i);
            String pointer = "/data/children/" + i;
            String kind = thing.isObject() ? Things.kind(thing) : null;
            JsonNode data = thing.isObject() ? Things.data(thing) : null;
            if (Things.COMMENT.equals(kind) && data != null) {
                listedComment(thing, data, pointer, threads);
                continue;
            }
            data = postData(thing, pointer, "a post (kind t3) or a comment (kind t1)");
            if (data != null) {
                String id = Things.id(data);
                ThreadBuilder thread = threads.computeIfAbsent(id, k -> new ThreadBuilder(PLATFORM, k, source));
                Things.threadFields(thread, data);
                thread.add(Things.post(data, id));
            }
        }
        List<DiscussionThread> out = new ArrayList<>(threads.size());
        for (ThreadBuilder thread : threads.values()) {
            out.add(build(thread));
        }
        return out;
    }

    /** A comment listed on its own (a user's history): it joins the thread of its link_id. */
    private void listedComment(JsonNode thing, JsonNode data, String pointer, Map<String, ThreadBuilder> threads)
            throws InputFormatException {
        String threadId = Things.reference(data, "link_id");
        if (threadId == null) {
            skips.skip(pointer, "comment " + Things.id(data) + ": expected a link_id naming its thread, found "
                    + Skips.describe(data.get("link_id")));
            return;
        }
        ThreadBuilder thread = threads.computeIfAbsent(threadId, k -> new ThreadBuilder(PLATFORM, k, source)
                .community(Things.string(data, "subreddit"))
                .title(Things.string(data, "link_title"))
                .url(Things.url(Things.string(data, "link_permalink"), null)));
        walker.walkOne(thing, pointer, threadId, thread);
    }

    private DiscussionThread build(ThreadBuilder thread) throws InputFormatException {
        DiscussionThread t = thread.build();
        for (Comment dup : thread.duplicates()) {
            skips.skip("thread " + t.id() + ": expected unique comment ids, found " + dup.id() + " again");
        }
        return t;
    }
}
