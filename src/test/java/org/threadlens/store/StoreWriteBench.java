package org.threadlens.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordParser;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;

/**
 * Store write and read throughput (not a test). Takes one really annotated thread (a JSONL record written
 * with {@code annotate --out F --tokens}), cuts it into THREADS threads of COMMENTS comments (the post and
 * replies to it, each keeping its real annotations), stores them one transaction each through the Appender
 * or through batched INSERTs, committing every {@code -DthreadsPerCommit=N} threads (default 1), then reads
 * them back with {@code forEach}. Prints threads/s, comments/s and the file size. An optional last argument is
 * SQL run first (default: the store's own checkpoint threshold). From the project root after
 * {@code mvn -q test-compile}:
 * <pre>
 * bin/threadlens annotate --no-store --tokens --out annotated.jsonl ../shared/data/reddit-api/3hahrw-funny.json
 * CP=target/test-classes:target/classes:$(cat target/runtime-classpath.txt)
 * java -cp $CP org.threadlens.store.StoreWriteBench annotated.jsonl 2000 20 appender|insert tokens-apart|tokens-in-record /tmp/b.duckdb
 * </pre>
 */
public final class StoreWriteBench {
    private StoreWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        AnnotatedThread source = new ThreadRecordParser().parse(Files.readAllLines(Path.of(args[0])).get(0));
        int threads = Integer.parseInt(args[1]);
        int perThread = Integer.parseInt(args[2]);
        boolean appender = args[3].equals("appender");
        boolean tokensInRecord = args[4].equals("tokens-in-record");
        Path db = Path.of(args[5]);
        Files.deleteIfExists(db);
        CorpusStore.open(db).close();
        List<AnnotatedThread> records = new ArrayList<>();
        long comments = 0;
        long tokens = 0;
        for (int i = 0; i < threads; i++) {
            AnnotatedThread r = cut(source, i, perThread);
            records.add(r);
            comments += r.thread().comments().size();
            for (TextAnnotations a : r.comments().values()) {
                tokens += a.tokens().size();
            }
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             ThreadTables tables = new ThreadTables(c, appender ? AppenderRows::new : InsertRows::new, tokensInRecord)) {
            try (Statement s = c.createStatement()) {
                s.execute(args.length > 6 ? args[6] : "SET checkpoint_threshold = '" + StoreFile.CHECKPOINT_THRESHOLD + "'");
            }
            int perCommit = Integer.getInteger("threadsPerCommit", 1);
            int n = 0;
            for (AnnotatedThread r : records) {
                if (n % perCommit == 0) {
                    AppenderRows.openTransaction(c);
                }
                tables.write(r, new ThreadStamp(null, ThreadFingerprint.of(r.thread()), null));
                if (++n % perCommit == 0) {
                    tables.flush();
                    c.commit();
                }
            }
            tables.flush();
            c.commit();
            c.setAutoCommit(true);
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            System.out.printf(Locale.ROOT, "write (%s, %s): %d threads, %d comments, %d tokens in %.2f s: %.0f threads/s, %.0f comments/s%n",
                    args[3], args[4], threads, comments, tokens, seconds, threads / seconds, comments / seconds);
        }
        System.out.printf(Locale.ROOT, "file: %.1f MB, %.0f KB per 1000 comments%n", Files.size(db) / 1e6,
                Files.size(db) / 1e3 / (comments / 1000.0));
        start = System.nanoTime();
        long[] read = new long[1];
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            store.forEach(r -> read[0] += r.thread().comments().size());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "forEach: %d comments in %.2f s: %.0f threads/s, %.0f comments/s%n", read[0], seconds,
                threads / seconds, read[0] / seconds);
    }

    /** Thread {@code i}: the source's post and {@code n - 1} of its comments (cycling) as replies to it. */
    static AnnotatedThread cut(AnnotatedThread source, int i, int n) {
        List<Comment> all = source.thread().comments();
        String id = "b" + i;
        List<Comment> comments = new ArrayList<>();
        Map<String, TextAnnotations> annotations = new LinkedHashMap<>();
        Comment post = all.get(0);
        comments.add(new Comment(id, null, CommentKind.POST, 0, post.author(), post.score(), post.createdUtc(), post.text(),
                post.flags()));
        annotations.put(id, source.annotationsOf(post));
        for (int j = 1; j < n; j++) {
            Comment c = all.get(1 + (i * n + j) % (all.size() - 1));
            EnumSet<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
            flags.addAll(c.flags());
            flags.remove(CommentFlag.ORPHAN);
            String cid = id + "-" + j;
            comments.add(new Comment(cid, id, CommentKind.COMMENT, 1, c.author(), c.score(), c.createdUtc(), c.text(), flags));
            annotations.put(cid, source.annotationsOf(c));
        }
        DiscussionThread s = source.thread();
        DiscussionThread t = new DiscussionThread(s.platform(), id, s.community(), s.title(), s.url(), s.createdUtc(),
                s.source(), s.declaredCommentCount(), s.unfetched(), comments, java.util.Set.of());
        ThreadAnnotations a = new ThreadAnnotations(t, source.title(), annotations, List.of());
        return AnnotatedThread.of(a, ThreadSummarizer.summarize(a), source.provenance());
    }
}
