package org.threadlens.hostile;

import static org.threadlens.hostile.FormatWriter.json;
import static org.threadlens.hostile.FormatWriter.utf8;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.threadlens.hostile.FormatWriter.Keys;

/** One {@link FormatWriter} per reader; {@link #all()} is every format ThreadLens reads. */
public final class FormatWriters {
    private FormatWriters() {
    }

    /** For {@code @MethodSource}: a parameterized test run once per format. */
    public static final String EVERY_FORMAT = "org.threadlens.hostile.FormatWriters#all";

    public static List<FormatWriter> all() {
        return List.of(REDDIT_TEXT, REDDIT_API, PUSHSHIFT, HACKERNEWS, HACKERNEWS_ALGOLIA, CONVOKIT, MAPPED_CSV, MAPPED_JSONL,
                THREADLENS_JSONL);
    }

    public static FormatWriter byName(String format) {
        return all().stream().filter(w -> w.format().equals(format)).findFirst().orElseThrow();
    }

    /** A JSON object with its keys in order; values may be null. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static long n(String id) {
        return Long.parseLong(id);
    }

    /** What a format is, beside how it writes items: its name, file suffix, record shape and retypable keys. */
    private abstract static class Shaped implements FormatWriter {
        private final String format;
        private final String suffix;
        private final boolean lineRecords;
        private final boolean explicitParents;
        private final Keys keys;
        private final List<String> options;

        Shaped(String format, String suffix, boolean lineRecords, boolean explicitParents, Keys keys, List<String> moreOptions) {
            this.format = format;
            this.suffix = suffix;
            this.lineRecords = lineRecords;
            this.explicitParents = explicitParents;
            this.keys = keys;
            List<String> o = new ArrayList<>(List.of("--format", format));
            o.addAll(moreOptions);
            this.options = List.copyOf(o);
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public List<String> options() {
            return options;
        }

        @Override
        public boolean lineRecords() {
            return lineRecords;
        }

        @Override
        public boolean explicitParents() {
            return explicitParents;
        }

        @Override
        public Keys keys() {
            return keys;
        }

        @Override
        public String fileName(String base) {
            return base + suffix;
        }
    }

    /** Lines of one JSON object per item. */
    private static byte[] jsonLines(List<Item> items, BiFunction<Item, List<Item>, Map<String, Object>> record) {
        StringBuilder out = new StringBuilder();
        for (Item i : items) {
            out.append(json(record.apply(i, items))).append('\n');
        }
        return utf8(out);
    }

    /** A format of one JSON object per item and line, each naming its parent. */
    private static FormatWriter jsonLines(String format, String suffix, Keys keys, List<String> moreOptions,
                                          BiFunction<Item, List<Item>, Map<String, Object>> record) {
        return new Shaped(format, suffix, true, true, keys, moreOptions) {
            @Override
            public byte[] bytes(List<Item> items) {
                return jsonLines(items, record);
            }
        };
    }

    public static final FormatWriter REDDIT_TEXT = new Shaped("reddit-text", ".txt", false, false, null, List.of()) {
        /** The first item is the post; every other item is a top comment (the format has no deeper replies). */
        @Override
        public byte[] bytes(List<Item> items) {
            StringBuilder out = new StringBuilder();
            Item post = items.get(0);
            out.append("Post Title: Thread ").append(post.id()).append("\nAuthor: ").append(post.author())
                    .append("\nScore: 1\nURL: https://www.reddit.com/r/hostile/comments/").append(post.id())
                    .append("/thread/\nNumber of comments: ").append(items.size() - 1).append("\nCreated UTC: ")
                    .append(post.time()).append(".0\n\nPost Content:\n").append(post.text()).append("\n\n");
            if (items.size() > 1) {
                out.append("Top ").append(items.size() - 1).append(" comments:\n\n");
            }
            for (int k = 1; k < items.size(); k++) {
                Item c = items.get(k);
                out.append("Comment ").append(k).append(":\nAuthor: ").append(c.author()).append("\nScore: 1\nCreated UTC: ")
                        .append(c.time()).append(".0\nComment: ").append(c.text()).append("\n\n");
            }
            return utf8(out);
        }
    };

    public static final FormatWriter REDDIT_API = new Shaped("reddit-api", ".json", false, true,
            new Keys("id", "body", "created_utc", "score"), List.of()) {
        /** A comments page of the first item's thread; comments listed flat, each naming its parent. */
        @Override
        public byte[] bytes(List<Item> items) {
            List<Object> posts = new ArrayList<>();
            List<Object> comments = new ArrayList<>();
            for (Item i : items) {
                if (i.isPost()) {
                    posts.add(obj("kind", "t3", "data", obj("id", i.id(), "name", "t3_" + i.id(), "title", "Thread " + i.id(),
                            "selftext", i.text(), "author", i.author(), "created_utc", i.time(), "score", 1,
                            "num_comments", items.size() - 1, "subreddit", "hostile",
                            "permalink", "/r/hostile/comments/" + i.id() + "/thread/")));
                } else {
                    comments.add(obj("kind", "t1", "data", obj("id", i.id(), "name", "t1_" + i.id(),
                            "parent_id", (i.parent().equals(i.thread()) ? "t3_" : "t1_") + i.parent(), "link_id", "t3_" + i.thread(),
                            "author", i.author(), "body", i.text(), "created_utc", i.time(), "score", 1, "replies", "")));
                }
            }
            return utf8(json(List.of(listing(posts), listing(comments))) + "\n");
        }

        private Map<String, Object> listing(List<Object> children) {
            return obj("kind", "Listing", "data", obj("after", null, "children", children));
        }
    };

    public static final FormatWriter PUSHSHIFT = jsonLines("pushshift", ".ndjson", new Keys("id", "body", "created_utc", "score"),
            List.of(), (i, all) -> i.isPost()
                    ? obj("id", i.id(), "name", "t3_" + i.id(), "title", "Thread " + i.id(), "selftext", i.text(),
                            "author", i.author(), "created_utc", i.time(), "score", 1, "num_comments", all.size() - 1,
                            "subreddit", "hostile", "permalink", "/r/hostile/comments/" + i.id() + "/thread/")
                    : obj("id", i.id(), "name", "t1_" + i.id(), "link_id", "t3_" + i.thread(),
                            "parent_id", (i.parent().equals(i.thread()) ? "t3_" : "t1_") + i.parent(), "body", i.text(),
                            "author", i.author(), "created_utc", i.time(), "score", 1, "subreddit", "hostile"));

    public static final FormatWriter HACKERNEWS = jsonLines("hackernews", ".ndjson", new Keys("id", "text", "time", "score"),
            List.of(), (i, all) -> i.isPost()
                    ? obj("by", i.author(), "descendants", all.size() - 1, "id", n(i.id()), "score", 1, "text", i.text(),
                            "time", i.time(), "title", "Thread " + i.id(), "type", "story")
                    : obj("by", i.author(), "id", n(i.id()), "parent", n(i.parent()), "text", i.text(), "time", i.time(),
                            "type", "comment"));

    /** One items tree per line; replies nested in their parent (items not under the post are left out). */
    public static final FormatWriter HACKERNEWS_ALGOLIA = new Shaped("hackernews-algolia", ".ndjson", true, false,
            new Keys("id", "text", "created_at_i", "points"), List.of()) {
        @Override
        public byte[] bytes(List<Item> items) {
            StringBuilder out = new StringBuilder();
            for (Item i : items) {
                if (i.isPost()) {
                    out.append(json(node(i, items, 0))).append('\n');
                }
            }
            return utf8(out);
        }

        private Map<String, Object> node(Item i, List<Item> all, int depth) {
            List<Object> children = new ArrayList<>();
            for (Item c : all) {
                if (!c.isPost() && c.parent().equals(i.id()) && c != i && depth < 5_000) {
                    children.add(node(c, all, depth + 1));
                }
            }
            return obj("id", n(i.id()), "created_at", Instant.ofEpochSecond(i.time()).toString(), "created_at_i", i.time(),
                    "type", i.isPost() ? "story" : "comment", "author", i.author(), "title", i.isPost() ? "Thread " + i.id() : null,
                    "url", null, "text", i.text(), "points", 1, "parent_id", i.isPost() ? null : n(i.parent()),
                    "story_id", n(i.thread()), "options", List.of(), "children", children);
        }
    };

    /** A corpus directory holding {@code utterances.jsonl}. */
    public static final FormatWriter CONVOKIT = new Shaped("convokit", "/utterances.jsonl", true, true,
            new Keys("id", "text", "timestamp", "score"), List.of()) {
        @Override
        public byte[] bytes(List<Item> items) {
            return jsonLines(items, (i, all) -> obj("id", i.id(), "conversation_id", i.thread(), "text", i.text(),
                    "speaker", i.author(), "meta", obj("score", 1), "reply-to", i.parent(), "timestamp", i.time(),
                    "vectors", List.of()));
        }

        @Override
        public Path place(Path dir, String base, byte[] content) {
            return super.place(dir, base, content).getParent();
        }

        @Override
        public Path dataFile(Path placed) {
            return placed.resolve("utterances.jsonl");
        }
    };

    private static final List<String> MAP = List.of("--map", "id=id,thread=thread,parent=parent,author=author,text=text,time=time,score=score");

    public static final FormatWriter MAPPED_CSV = new Shaped("mapped-csv", ".csv", true, true, null, MAP) {
        @Override
        public byte[] bytes(List<Item> items) {
            StringBuilder out = new StringBuilder("id,thread,parent,author,text,time,score\n");
            for (Item i : items) {
                out.append(i.id()).append(',').append(i.thread()).append(',').append(i.parent() == null ? "" : i.parent())
                        .append(',').append(i.author()).append(",\"").append(i.text().replace("\"", "\"\"")).append("\",")
                        .append(i.time()).append(",1\n");
            }
            return utf8(out);
        }
    };

    public static final FormatWriter MAPPED_JSONL = jsonLines("mapped-jsonl", ".jsonl", new Keys("id", "text", "time", "score"),
            MAP, (i, all) -> obj("id", i.id(), "thread", i.thread(), "parent", i.parent(), "author", i.author(),
                    "text", i.text(), "time", i.time(), "score", 1));

    /**
     * ThreadLens's own records: one per thread, comments in the given order; a comment whose parent does not
     * come before it is written as an orphan at depth 1.
     */
    public static final FormatWriter THREADLENS_JSONL = new Shaped("threadlens-jsonl", ".jsonl", true, true,
            new Keys("id", "text", "createdUtc", "score"), List.of()) {
        @Override
        public byte[] bytes(List<Item> items) {
            Map<String, List<Item>> threads = new LinkedHashMap<>();
            for (Item i : items) {
                threads.computeIfAbsent(i.thread(), k -> new ArrayList<>()).add(i);
            }
            StringBuilder out = new StringBuilder();
            threads.forEach((id, its) -> out.append(json(record(id, its))).append('\n'));
            return utf8(out);
        }

        private Map<String, Object> record(String threadId, List<Item> items) {
            Map<String, Integer> depth = new HashMap<>();
            List<Object> comments = new ArrayList<>();
            boolean hasPost = items.get(0).isPost();
            for (Item i : items) {
                Integer parentDepth = i.isPost() ? null : depth.get(i.parent());
                int d = i.isPost() ? 0 : parentDepth == null ? 1 : parentDepth + 1;
                depth.putIfAbsent(i.id(), d);
                comments.add(obj("id", i.id(), "parentId", i.parent(), "kind", i.isPost() ? "post" : "comment", "depth", d,
                        "author", i.author(), "score", 1, "createdUtc", i.time(), "text", i.text(),
                        "flags", !i.isPost() && parentDepth == null ? List.of("orphan") : List.of()));
            }
            return obj("schema", "threadlens/1", "platform", "forum", "id", threadId, "community", "hostile",
                    "title", "Thread " + threadId, "url", null, "createdUtc", items.get(0).time(),
                    "source", obj("format", "mapped-jsonl", "file", "hostile.jsonl"), "declaredComments", null,
                    "unfetched", null, "flags", hasPost ? List.of() : List.of("post-missing"), "comments", comments,
                    "provenance", obj("threadlens", "0.1.0"));
        }
    };
}
