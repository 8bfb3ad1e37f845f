package org.threadlens.read.pushshift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.threadlens.json.JsonLimits;

/**
 * Writes a synthetic monthly dump for benchmarks (not a test; generated data is never committed):
 * the comments ({@code RC}) or the submissions ({@code RS}) of one month, as NDJSON on stdout, to be piped
 * into {@code zstd --long=31}. Every record is a real 2024 record of ../shared/data/pushshift with new ids,
 * links, times, scores and bodies; bodies are real Reddit comments (GoEmotions, 1 to 4 joined).
 * Comments come in time order, as in real dumps, so a thread's comments are spread over the file: each goes
 * to a recent thread (exponential recency, mean 2,000 threads back; one in five to a busy thread, one in a
 * hundred), replying to the post or to the thread's latest comment. The first 5% of threads started the
 * month before: their submissions are not in the RS file (post-missing threads). The same arguments always
 * give the same bytes. Usage, from the project root after {@code mvn -q test-compile}:
 * <pre>
 * CP=target/test-classes:target/classes:$(cat target/runtime-classpath.txt)
 * java -cp $CP org.threadlens.read.pushshift.DumpGenerator RC 3000000 ../shared/data | zstd -q --long=31 -T1 -o /tmp/RC_bench.zst
 * java -cp $CP org.threadlens.read.pushshift.DumpGenerator RS 3000000 ../shared/data | zstd -q --long=31 -T1 -o /tmp/RS_bench.zst
 * </pre>
 */
public final class DumpGenerator {
    private static final long MONTH_START = 1_706_745_600L;
    private static final long MONTH_SECONDS = 29L * 24 * 3600;
    private static final long FIRST_COMMENT = 1_000_000_000L;   // base-36 "gjdgxs": 6-7 char ids like real ones
    private static final long FIRST_THREAD = 2_000_000_000L;
    private static final int COMMENTS_PER_THREAD = 10;

    private final long comments;
    private final int threads;
    private final List<ObjectNode> commentShapes;
    private final List<ObjectNode> submissionShapes;
    private final List<String> texts;

    private DumpGenerator(long comments, Path sharedData) throws IOException {
        this.comments = comments;
        this.threads = (int) Math.max(1, comments / COMMENTS_PER_THREAD);
        this.commentShapes = shapes(sharedData.resolve("pushshift/comments.ndjson"));
        this.submissionShapes = shapes(sharedData.resolve("pushshift/submissions.ndjson"));
        this.texts = new ArrayList<>();
        for (String line : Files.readAllLines(sharedData.resolve("sentiment/goemotions-train/train.tsv"))) {
            texts.add(line.substring(0, line.indexOf('\t')));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("RC") || args[0].equals("RS"))) {
            System.err.println("usage: DumpGenerator RC|RS COMMENTS SHARED_DATA_DIR   (NDJSON on stdout)");
            System.exit(2);
        }
        DumpGenerator g = new DumpGenerator(Long.parseLong(args[1]), Path.of(args[2]));
        try (OutputStream out = new BufferedOutputStream(System.out, 1 << 20)) {
            if (args[0].equals("RC")) {
                g.writeComments(out);
            } else {
                g.writeSubmissions(out);
            }
        }
    }

    /** The 2024-era records of a sample file (those with a float created_utc, the modern field set). */
    private static List<ObjectNode> shapes(Path file) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode n = JsonLimits.MAPPER.readTree(line);
            if (n.path("created_utc").isFloatingPointNumber()) {
                out.add((ObjectNode) n);
            }
        }
        return out;
    }

    private void writeComments(OutputStream out) throws IOException {
        SplittableRandom rnd = new SplittableRandom(31);
        long[] lastComment = new long[threads];
        for (long i = 0; i < comments; i++) {
            int t = pickThread(rnd, i);
            long id = FIRST_COMMENT + i;
            String parent = lastComment[t] != 0 && rnd.nextInt(10) < 6 ? "t1_" + b36(lastComment[t]) : "t3_" + threadId(t);
            lastComment[t] = id;
            ObjectNode c = commentShapes.get((int) (i % commentShapes.size())).deepCopy();
            long created = MONTH_START + i * MONTH_SECONDS / comments;
            String sub = subreddit(t);
            c.put("id", b36(id)).put("name", "t1_" + b36(id)).put("link_id", "t3_" + threadId(t)).put("parent_id", parent)
                    .put("created_utc", decimal(created)).put("created", decimal(created)).put("retrieved_on", created + 15)
                    .put("score", score(rnd)).put("subreddit", sub).put("subreddit_name_prefixed", "r/" + sub)
                    .put("subreddit_id", "t5_" + b36(1000 + t % 5000))
                    .put("permalink", "/r/" + sub + "/comments/" + threadId(t) + "/title/" + b36(id) + "/")
                    .put("is_submitter", rnd.nextInt(10) == 0);
            int edited = rnd.nextInt(100);
            if (edited == 0) {
                c.put("edited", decimal(created + 600));
            } else {
                c.put("edited", edited == 1);
            }
            author(c, rnd, "body");
            write(out, c);
        }
    }

    private void writeSubmissions(OutputStream out) throws IOException {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int t = threads / 20; t < threads; t++) {
            ObjectNode s = submissionShapes.get(t % submissionShapes.size()).deepCopy();
            long created = MONTH_START + (long) t * MONTH_SECONDS / threads;
            String sub = subreddit(t);
            String title = texts.get(rnd.nextInt(texts.size()));
            s.put("id", threadId(t)).put("name", "t3_" + threadId(t)).put("created_utc", decimal(created)).put("created", decimal(created))
                    .put("retrieved_on", created + 15).put("score", score(rnd)).put("title", title)
                    .put("num_comments", rnd.nextInt(2 * COMMENTS_PER_THREAD)).put("subreddit", sub)
                    .put("subreddit_name_prefixed", "r/" + sub).put("subreddit_id", "t5_" + b36(1000 + t % 5000))
                    .put("permalink", "/r/" + sub + "/comments/" + threadId(t) + "/title/")
                    .put("url", "https://www.reddit.com/r/" + sub + "/comments/" + threadId(t) + "/title/");
            author(s, rnd, "selftext");
            if (rnd.nextBoolean()) {
                s.put("selftext", "");
            }
            write(out, s);
        }
    }

    /** A recent thread (exponential recency), one in five times one of the busy threads. */
    private int pickThread(SplittableRandom rnd, long commentIndex) {
        int frontier = (int) (commentIndex * threads / comments);
        int back = (int) (-Math.log(1 - rnd.nextDouble()) * 2000);
        int t = Math.max(0, frontier - back);
        if (rnd.nextInt(5) == 0) {
            t -= t % 100;
        }
        return t;
    }

    private void author(ObjectNode o, SplittableRandom rnd, String textField) {
        int r = rnd.nextInt(100);
        if (r < 3) {
            o.put("author", "[deleted]").put(textField, r == 0 ? "[removed]" : "[deleted]");
        } else {
            o.put("author", "user_" + b36(rnd.nextInt(300_000)));
            StringBuilder text = new StringBuilder(texts.get(rnd.nextInt(texts.size())));
            for (int k = rnd.nextInt(4); k > 0; k--) {
                text.append("\n\n").append(texts.get(rnd.nextInt(texts.size())));
            }
            o.put(textField, text.toString());
        }
    }

    private static int score(SplittableRandom rnd) {
        return rnd.nextInt(20) == 0 ? rnd.nextInt(5000) - 100 : rnd.nextInt(10) - 1;
    }

    private static String subreddit(int thread) {
        return "bench_sub_" + (thread * 2654435761L % 2000);
    }

    private static String threadId(int thread) {
        return b36(FIRST_THREAD + thread);
    }

    /** Seconds as the 2024 dumps write them: {@code 1706745600.0}. */
    private static BigDecimal decimal(long seconds) {
        return BigDecimal.valueOf(seconds).setScale(1);
    }

    private static String b36(long n) {
        return Long.toString(n, 36);
    }

    private static void write(OutputStream out, ObjectNode o) throws IOException {
        out.write(JsonLimits.MAPPER.writeValueAsString(o).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
