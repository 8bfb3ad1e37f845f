package org.threadlens.read.hackernews;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadlens.read.FileByFileStream;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.hackernews.ItemFields.BadItemException;
import org.threadlens.thread.DiscussionThread;

/**
 * Reads Hacker News threads as Algolia's HN Search API nests them ({@code /api/v1/items/<id>}): each tree is
 * one thread, and trees are never merged (see the package documentation). Stateless and thread-safe.
 */
public final class HackerNewsAlgoliaReader implements ThreadReader {
    public static final String NAME = "hackernews-algolia";
    static final String EXPECTED = "Algolia HN items trees (id, author, created_at_i, text, children)";

    private static final Set<String> TREE_FIELDS = Set.of("id", "created_at", "created_at_i", "type", "author",
            "title", "url", "text", "points", "parent_id", "story_id", "children", "options");
    private static final Pattern CREATED_AT = Pattern.compile("\"created_at(_i)?\"\\s*:");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Hacker News threads from Algolia's HN Search API (/api/v1/items/<id>): nested items trees";
    }

    @Override
    public String expects() {
        return "JSON objects with 'id', 'created_at_i', 'author', 'text', 'points', 'parent_id', 'story_id' and the "
                + "replies nested in 'children': one tree per file, a JSON array of trees, or one per line";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.json", "*.jsonl", "*.ndjson");
    }

    /**
     * Recognizes an input whose first object has only items-tree fields (search hits, with {@code objectID},
     * and Firebase items, with {@code by}, do not), holds {@code children} or {@code created_at_i}, and a
     * {@code created_at} somewhere in the sample (the first object may be cut inside a long {@code children}).
     */
    @Override
    public boolean recognizes(InputSample sample) {
        char first = sample.firstChar();
        if (first != '{' && first != '[') {
            return false;
        }
        JsonHead head = JsonHead.of(sample.head());
        return !head.isEmpty() && head.onlyFieldsOf(TREE_FIELDS) && (!head.has("id") || head.isInteger("id"))
                && (head.has("children") || head.has("created_at_i")) && CREATED_AT.matcher(sample.head()).find();
    }

    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) {
        return new FileByFileStream(inputs, input -> open(input, context), context.problems());
    }

    private ThreadStream open(InputFile input, ReadContext context) throws IOException, InputFormatException {
        JsonObjects objects = JsonObjects.open(input, context.problems(), context.options().maxLineBytes(), EXPECTED);
        return new ThreadStream() {
            private boolean first = true;

            @Override
            public DiscussionThread read() throws InputFormatException {
                for (JsonObjects.Entry e = objects.next(); e != null; e = objects.next()) {
                    boolean wasFirst = first;
                    first = false;
                    DiscussionThread t = thread(input, objects.layout(), e, wasFirst, context);
                    if (t != null) {
                        return t;
                    }
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                objects.close();
            }
        };
    }

    /** The thread of one tree, or null if it was skipped; an input whose first object is no tree is refused. */
    private static DiscussionThread thread(InputFile input, JsonObjects.Layout layout, JsonObjects.Entry e, boolean first,
            ReadContext context) throws InputFormatException {
        String where = layout == JsonObjects.Layout.ARRAY ? "array element " + e.index() + ": " : "";
        if (!AlgoliaItem.looksLikeItem(e.node())) {
            String found = "an object with fields " + ItemFields.fieldNames(e.node())
                    + (e.node().has("hits") ? " (a search answer: save /api/v1/items/<id> answers instead)" : "");
            if (first) {
                throw new InputFormatException(input.name(), e.line(), "expected " + EXPECTED + ", found " + found);
            }
            context.problems().skipped(new ReadProblem(input.name(), e.line(), where + "expected an items tree, found " + found));
            return null;
        }
        try {
            return new AlgoliaTree(input.name(), e.line(), context.problems()).toThread(e.node());
        } catch (BadItemException x) {
            context.problems().skipped(new ReadProblem(input.name(), e.line(), where + x.getMessage()));
            return null;
        }
    }
}
