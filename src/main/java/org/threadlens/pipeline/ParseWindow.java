package org.threadlens.pipeline;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.threadlens.read.JsonErrors;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.RecordFormatException;
import org.threadlens.record.ThreadRecordParser;
import org.threadlens.store.ThreadFingerprint;

/**
 * Records being parsed, handed on in input order: the driving thread submits each record's JSON, workers parse it
 * (the record, its summary computed again, its content hash), and the oldest parsed are given to the
 * {@link RecordImporter} on the driving thread, or, if they do not parse, counted as skipped. At most
 * {@code maxRecords} records and {@value #MAX_CHARS} chars of JSON are in flight, so memory does not grow with the
 * input. Driving thread only.
 */
final class ParseWindow {
    /** Chars of JSON in flight at most (a record of a huge thread still goes through alone). */
    static final long MAX_CHARS = 64L << 20;

    /** A record parsed, or (record null) why it could not be. */
    private record Parsed(String file, long line, AnnotatedThread record, String contentHash, String problem, long chars) {
    }

    /** Without roll-ups: the store keeps none (its summary column leaves them out), and they cost a fifth of parsing. */
    private final ThreadRecordParser parser = new ThreadRecordParser(false);
    private final ExecutorService pool;
    private final RecordImporter importer;
    private final ReadProblems problems;
    private final int maxRecords;
    private final ArrayDeque<CompletableFuture<Parsed>> inFlight = new ArrayDeque<>();
    private long chars;

    ParseWindow(ExecutorService pool, RecordImporter importer, ReadProblems problems, int maxRecords) {
        this.pool = pool;
        this.importer = importer;
        this.problems = problems;
        this.maxRecords = maxRecords;
    }

    /** Parses a record on the pool; {@code line} is where it is, for messages. */
    void submit(String file, long line, String json) throws Exception {
        drain(maxRecords - 1, MAX_CHARS - json.length());
        chars += json.length();
        inFlight.add(CompletableFuture.supplyAsync(() -> parse(file, line, json), pool));
    }

    /** A line that could not be read as text: counted in its place among the records. */
    void bad(String file, long line, String message) throws Exception {
        drain(maxRecords - 1, MAX_CHARS);
        inFlight.add(CompletableFuture.completedFuture(new Parsed(file, line, null, null, message, 0)));
    }

    /** Hands on every record in flight. */
    void drainAll() throws Exception {
        drain(0, 0);
    }

    private void drain(int records, long maxChars) throws Exception {
        while (!inFlight.isEmpty() && (inFlight.size() > records || chars > maxChars || inFlight.peek().isDone())) {
            Parsed p = join(inFlight.poll());
            chars -= p.chars();
            if (p.record() == null) {
                problems.skipped(new ReadProblem(p.file(), p.line(), p.problem()));
            } else {
                importer.accept(p.record(), p.contentHash());
            }
        }
    }

    private Parsed parse(String file, long line, String json) {
        try {
            AnnotatedThread r = parser.parse(json);
            return new Parsed(file, line, r, ThreadFingerprint.of(r.thread()), null, json.length());
        } catch (RecordFormatException e) {
            return new Parsed(file, line, null, null, "expected a " + org.threadlens.record.ThreadRecordWriter.SCHEMA
                    + " record: " + JsonErrors.clean(e.getMessage()), json.length());
        }
    }

    private static Parsed join(CompletableFuture<Parsed> f) throws Exception {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
