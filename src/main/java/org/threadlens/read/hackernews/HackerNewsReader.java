package org.threadlens.read.hackernews;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * Reads Hacker News items as the Firebase API gives them (see the package documentation): threads are
 * assembled across all inputs. Stateless and thread-safe; each stream is independent.
 */
public final class HackerNewsReader implements ThreadReader {
    public static final String NAME = "hackernews";

    /** Every field of a Firebase item, and the two a BigQuery export adds. */
    private static final Set<String> ITEM_FIELDS = Set.of("id", "deleted", "type", "by", "time", "text", "dead",
            "parent", "poll", "kids", "url", "score", "title", "parts", "descendants", "timestamp", "ranking");
    private static final Set<String> USER_FIELDS = Set.of("id", "created", "karma", "about", "submitted", "delay");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Hacker News items from the Firebase API (/v0/item/<id>.json): one per file, a JSON array or one per line";
    }

    @Override
    public String expects() {
        return "JSON objects with 'id', 'type' (story, comment, job, poll, pollopt), 'by', 'time', 'text', 'parent', "
                + "'kids': one per file, a JSON array of them, or one per line; a thread's items may be in several files";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.json", "*.jsonl", "*.ndjson");
    }

    /**
     * Recognizes an input whose first object has only Firebase item fields, a numeric {@code id}, an item
     * {@code type} and a {@code by} or {@code time}; or is a Hacker News user profile (which {@link #open}
     * then refuses, saying so). Generic JSON Lines with other fields, Reddit and Algolia JSON are left alone.
     */
    @Override
    public boolean recognizes(InputSample sample) {
        char first = sample.firstChar();
        if (first != '{' && first != '[') {
            return false;
        }
        JsonHead head = JsonHead.of(sample.head());
        if (head.isEmpty()) {
            return false;
        }
        boolean item = head.onlyFieldsOf(ITEM_FIELDS) && head.isInteger("id")
                && ItemType.fromWireName(head.strings().get("type")) != null && (head.has("by") || head.has("time"));
        boolean user = head.onlyFieldsOf(USER_FIELDS) && head.kinds().get("id") == JsonToken.VALUE_STRING
                && head.has("karma") && head.has("created");
        return item || user;
    }

    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) {
        List<InputFile> all = List.copyOf(inputs);
        return new ThreadStream() {
            private FirebaseThreads threads;
            private boolean closed;

            @Override
            public DiscussionThread read() throws IOException, InputFormatException {
                if (closed) {
                    return null;
                }
                if (threads == null) {
                    threads = new FirebaseThreads(new FirebaseItemCollector(all, context).collect(), all, context.problems());
                }
                return threads.next();
            }

            @Override
            public void close() {
                closed = true;
                threads = null;
            }
        };
    }
}
