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

/** One {@link FormatWriter} per reader; {@link #all()} is every format ThreadLens reads. */
public final class FormatWriters {
    private FormatWriters() {
    }

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

    /** Lines of one JSON object per item. */
    private abstract static class JsonLinesWriter implements FormatWriter {
        abstract Map<String, Object> record(Item item, List<Item> all);

        @Override
        public byte[] bytes(List<Item> items) {
            StringBuilder out = new StringBuilder();
            for (Item i : items) {
                out.append(json(record(i, items))).append('\n');
            }
            return utf8(out);
        }

        @Override
        public boolean lineRecords() {
            return true;
        }

        @Override
        public boolean explicitParents() {
            return true;
        }

        @Override
        public List<String> options() {
            return List.of("--format", format());
        }
    }

    public static final FormatWriter REDDIT_TEXT = new FormatWriter() {
        @Override
        public String format() {
            return "reddit-text";
        }

        @Override
        public List<String> options() {
            return List.of("--format", format());
        }

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

        @Override
        public boolean lineRecords() {
            return false;
        }

        @Override
        public boolean explicitParents() {
            return false;
        }

        @Override
        public Keys keys() {
            return null;
        }

        @Override
        public String fileName(String base) {
            return base + ".txt";
        }
    };

    public static final FormatWriter REDDIT_API = new FormatWriter() {
        @Override
        public String format() {
            return "reddit-api";
        }

        @Override
        public List<String> options() {
            return List.of("--format", format());
        }

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

        @Override
        public boolean lineRecords() {
            return false;
        }

        @Override
        public boolean explicitParents() {
            return true;
        }

        @Override
        public Keys keys() {
            return new Keys("id", "body", "created_utc", "score");
        }

        @Override
        public String fileName(String base) {
            return base + ".json";
        }
    };

    public static final FormatWriter PUSHSHIFT = new JsonLinesWriter() {
        @Override
        public String format() {
            return "pushshift";
        }

        @Override
        Map<String, Object> record(Item i, List<Item> all) {
            if (i.isPost()) {
                return obj("id", i.id(), "name", "t3_" + i.id(), "title", "Thread " + i.id(), "selftext", i.text(),
                        "author", i.author(), "created_utc", i.time(), "score", 1, "num_comments", all.size() - 1,
                        "subreddit", "hostile", "permalink", "/r/hostile/comments/" + i.id() + "/thread/");
            }
            return obj("id", i.id(), "name", "t1_" + i.id(), "link_id", "t3_" + i.thread(),
                    "parent_id", (i.parent().equals(i.thread()) ? "t3_" : "t1_") + i.parent(), "body", i.text(),
                    "author", i.author(), "created_utc", i.time(), "score", 1, "subreddit", "hostile");
        }

        @Override
        public Keys keys() {
            return new Keys("id", "body", "created_utc", "score");
        }

        @Override
        public String fileName(String base) {
            return base + ".ndjson";
        }
    };

    public static final FormatWriter HACKERNEWS = new JsonLinesWriter() {
        @Override
        public String format() {
            return "hackernews";
        }

        @Override
        Map<String, Object> record(Item i, List<Item> all) {
            if (i.isPost()) {
                return obj("by", i.author(), "descendants", all.size() - 1, "id", n(i.id()), "score", 1, "text", i.text(),
                        "time", i.time(), "title", "Thread " + i.id(), "type", "story");
            }
            return obj("by", i.author(), "id", n(i.id()), "parent", n(i.parent()), "text", i.text(), "time", i.time(),
                    "type", "comment");
        }

        @Override
        public Keys keys() {
            return new Keys("id", "text", "time", "score");
        }

        @Override
        public String fileName(String base) {
            return base + ".ndjson";
        }
    };

    /** One items tree per line; replies nested in their parent (items not under the post are left out). */
    public static final FormatWriter HACKERNEWS_ALGOLIA = new JsonLinesWriter() {
        @Override
        public String format() {
            return "hackernews-algolia";
        }

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

        @Override
        Map<String, Object> record(Item item, List<Item> all) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean explicitParents() {
            return false;
        }

        @Override
        public Keys keys() {
            return new Keys("id", "text", "created_at_i", "points");
        }

        @Override
        public String fileName(String base) {
            return base + ".ndjson";
        }
    };

    /** A corpus directory holding {@code utterances.jsonl}. */
    public static final FormatWriter CONVOKIT = new JsonLinesWriter() {
        @Override
        public String format() {
            return "convokit";
        }

        @Override
        Map<String, Object> record(Item i, List<Item> all) {
            return obj("id", i.id(), "conversation_id", i.thread(), "text", i.text(), "speaker", i.author(),
                    "meta", obj("score", 1), "reply-to", i.parent(), "timestamp", i.time(), "vectors", List.of());
        }

        @Override
        public Keys keys() {
            return new Keys("id", "text", "timestamp", "score");
        }

        @Override
        public String fileName(String base) {
            return base + "/utterances.jsonl";
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

    public static final FormatWriter MAPPED_CSV = new FormatWriter() {
        @Override
        public String format() {
            return "mapped-csv";
        }

        @Override
        public List<String> options() {
            List<String> o = new ArrayList<>(List.of("--format", format()));
            o.addAll(MAP);
            return o;
        }

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

        @Override
        public boolean lineRecords() {
            return true;
        }

        @Override
        public boolean explicitParents() {
            return true;
        }

        @Override
        public Keys keys() {
            return null;
        }

        @Override
        public String fileName(String base) {
            return base + ".csv";
        }
    };

    public static final FormatWriter MAPPED_JSONL = new JsonLinesWriter() {
        @Override
        public String format() {
            return "mapped-jsonl";
        }

        @Override
        public List<String> options() {
            List<String> o = new ArrayList<>(super.options());
            o.addAll(MAP);
            return o;
        }

        @Override
        Map<String, Object> record(Item i, List<Item> all) {
            return obj("id", i.id(), "thread", i.thread(), "parent", i.parent(), "author", i.author(), "text", i.text(),
                    "time", i.time(), "score", 1);
        }

        @Override
        public Keys keys() {
            return new Keys("id", "text", "time", "score");
        }

        @Override
        public String fileName(String base) {
            return base + ".jsonl";
        }
    };

    /**
     * ThreadLens's own records: one per thread, comments in the given order; a comment whose parent does not
     * come before it is written as an orphan at depth 1.
     */
    public static final FormatWriter THREADLENS_JSONL = new JsonLinesWriter() {
        @Override
        public String format() {
            return "threadlens-jsonl";
        }

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

        @Override
        Map<String, Object> record(Item item, List<Item> all) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Keys keys() {
            return new Keys("id", "text", "createdUtc", "score");
        }

        @Override
        public String fileName(String base) {
            return base + ".jsonl";
        }
    };
}
