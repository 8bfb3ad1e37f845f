package org.threadlens.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.threadlens.GeneratedThreads;
import org.threadlens.hostile.ThreadLensRun;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;

/**
 * {@code threadlens annotate} with the light OpenNLP engine (no CoreNLP models: it starts in a second) in a
 * child JVM, and what its outputs hold: the JSONL records by thread id, the stored records by thread id.
 */
final class AnnotateChild {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotateChild() {
    }

    /**
     * The uninterrupted run the faulted ones are compared with: {@code threads} generated threads annotated in a
     * child JVM into a store and a JSONL file, both read back.
     */
    record Reference(Path input, Path out, Map<String, JsonNode> records, Map<String, AnnotatedThread> stored) {
        static Reference run(Path dir, int threads) throws Exception {
            Path input = GeneratedThreads.write(dir.resolve("threads.txt"), threads, 6);
            Path db = dir.resolve("reference.duckdb");
            Path out = dir.resolve("reference.jsonl");
            Path log = dir.resolve("reference.log");
            assertEquals(0, runToEnd(log, List.of(), args(input, "--db", db.toString(), "--out", out.toString())),
                    Files.readString(log));
            return new Reference(input, out, AnnotateChild.jsonl(out), AnnotateChild.stored(db));
        }
    }

    /** The command line: annotate {@code input} with these output options, quietly. */
    static List<String> args(Path input, String... outputs) {
        List<String> a = new ArrayList<>(List.of("annotate", "--engine", "opennlp", "--threads", "2", "-q"));
        a.addAll(List.of(outputs));
        a.add(input.toString());
        return a;
    }

    /** The command line printing a summary line ({@code thread ID ...}) on stdout as each thread is finished. */
    static List<String> talkative(Path input, String... outputs) {
        List<String> a = args(input, outputs);
        a.remove("-q");
        return a;
    }

    /**
     * Starts the child; its stdout and stderr go to {@code log}. {@code shellPrefix}, if any, comes before the
     * java command, which it receives as its arguments (e.g. {@code bash -c 'ulimit -f 512; exec "$0" "$@"'}).
     */
    static Process start(Path log, List<String> shellPrefix, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(shellPrefix);
        command.addAll(ThreadLensRun.child("512m", List.of(), args).command());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs the child to its end; returns its exit status. */
    static int runToEnd(Path log, List<String> shellPrefix, List<String> args) throws Exception {
        Process p = start(log, shellPrefix, args);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "annotate did not finish: " + Files.readString(log));
        return p.exitValue();
    }

    /**
     * The records of a JSONL output by thread id, each without its provenance (which names the run); every
     * line must be a whole record and no thread may come twice.
     */
    static Map<String, JsonNode> jsonl(Path out) throws IOException {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(out);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode r = JSON.readTree(lines.get(i));
            assertTrue(r.isObject() && r.has("comments"), out + ":" + (i + 1) + " is a whole record");
            ((ObjectNode) r).remove("provenance");
            assertNull(records.put(r.get("id").asText(), r), out + ": thread " + r.get("id").asText() + " written twice");
        }
        return records;
    }

    /** The stored records by thread id; no thread may be stored twice. */
    static Map<String, AnnotatedThread> stored(Path db) throws Exception {
        Map<String, AnnotatedThread> out = new LinkedHashMap<>();
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            store.forEach(r -> assertNull(out.put(r.thread().id(), r), "stored twice: " + r.thread().id()));
            assertEquals(out.size(), store.threadCount());
        }
        return out;
    }

    /** Files in {@code dir} other than those named: what a run left behind. */
    static List<String> leftovers(Path dir, String... expected) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !List.of(expected).contains(n)).sorted().toList();
        }
    }
}
