package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlens.annotate.Layer;
import org.threadlens.export.ExportFixtures;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunCounts;
import org.threadlens.store.RunStart;
import org.threadlens.store.RunStatus;
import org.threadlens.store.ThreadFingerprint;
import org.threadlens.store.ThreadStamp;

/** {@code threadlens export}: every format, the filters, provenance, and the targets it refuses. */
class ExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long JAN_1 = 1_704_067_200L; // 2024-01-01T00:00:00Z

    @TempDir
    Path dir;

    /** Threads a (r/space, Jan 1), b (r/Space, Jan 2), c (r/MachineLearning, Jan 3), stored by run 1. */
    private Path store() throws Exception {
        Path db = dir.resolve("s.duckdb");
        try (CorpusStore store = CorpusStore.open(db)) {
            int run = store.startRun(new RunStart(Instant.parse("2026-01-02T10:00:00Z"), "threadlens annotate in.txt",
                    new RunStart.Versions("0.1.0", "4.5.10", "2.5.6.1", "17"), "fake", Layer.parseList("entities,sentiment"),
                    "{}", "h", List.of(new RunStart.Input("in.txt", 3L, "ba78"))));
            for (AnnotatedThread r : List.of(ExportFixtures.rich("a", "space", JAN_1),
                    ExportFixtures.rich("b", "Space", JAN_1 + 86_400), ExportFixtures.rich("c", "MachineLearning", JAN_1 + 2 * 86_400))) {
                store.put(r, new ThreadStamp(run, ThreadFingerprint.of(r.thread()), "h"));
            }
            store.updateRun(run, RunStatus.COMPLETED, new RunCounts(3, 0, 3, 12, 9, 0, 0, 0), null);
        }
        return db;
    }

    private CliTest.Outcome export(Path db, String format, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--db", db.toString(), "--to", format, "--out",
                out.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsonl", "conllu", "conll", "csv", "convokit", "parquet"})
    void everyFormatExportsWithTheProvenanceOfItsRuns(String format) throws Exception {
        Path db = store();
        Path out = dir.resolve("out-" + format);
        CliTest.Outcome o = export(db, format, out);
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().contains("exported 3 threads (12 comments) from " + db + " to " + out + " (" + format + ")"), o.err());
        Path provenance = Files.isDirectory(out) ? out.resolve("provenance.json") : Path.of(out + ".provenance.json");
        JsonNode p = JSON.readTree(provenance.toFile());
        assertEquals("threadlens-provenance/1", p.get("schema").asText());
        assertEquals(format, p.at("/export/format").asText());
        assertEquals(3, p.at("/export/threads").asInt());
        assertEquals("[1]", p.at("/export/runs").toString(), "the run that annotated the exported threads");
        assertEquals("ba78", p.at("/runs/0/inputs/0/sha256").asText());
    }

    @Test
    void filtersKeepThreadsByIdCommunityAndTimeAndTheProvenanceSaysWhich() throws Exception {
        Path db = store();
        Path out = dir.resolve("f.jsonl");
        assertEquals(0, export(db, "jsonl", out, "--community", "SPACE", "--since", "2024-01-02").exit());
        assertEquals(1, Files.readAllLines(out).size(), "only b is in r/space on or after Jan 2");
        JsonNode filter = JSON.readTree(Path.of(out + ".provenance.json").toFile()).at("/export/filter");
        assertEquals("[\"SPACE\"]", filter.get("communities").toString());
        assertEquals(JAN_1 + 86_400, filter.get("sinceUtc").asLong());
        assertTrue(filter.get("untilUtc").isNull());

        assertEquals(0, export(db, "jsonl", out, "--force", "--thread", "c", "--thread", "a").exit());
        assertEquals(2, Files.readAllLines(out).size());
        assertEquals(0, export(db, "jsonl", out, "--force", "--until", "2024-01-02T00:00:00Z").exit());
        assertEquals(1, Files.readAllLines(out).size(), "until is exclusive");
    }

    @Test
    void aThreadNotInTheStoreIsNamedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("x.conllu");
        assertFails(export(store(), "conllu", out, "--thread", "a", "--thread", "zz"), 2, "no thread zz in this store; nothing written");
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(Path.of(out + ".provenance.json")));
    }

    @Test
    void badTimesAreUsageErrors() throws Exception {
        Path db = store();
        assertFails(export(db, "jsonl", dir.resolve("t.jsonl"), "--since", "last week"), 2, "--since: expected a date");
        assertFails(export(db, "jsonl", dir.resolve("t.jsonl"), "--since", "2024-02-01", "--until", "2024-01-01"), 2,
                "the time range is empty");
    }

    @Test
    void anUnknownFormatIsAnsweredWithTheKnownOnes() throws Exception {
        CliTest.Outcome o = export(store(), "xlsx", dir.resolve("x.xlsx"));
        assertFails(o, 2, "xlsx");
        for (String f : List.of("jsonl", "conllu", "conll", "csv", "convokit", "parquet")) {
            assertTrue(o.err().contains(f), o.err());
        }
    }

    @Test
    void aDirectoryIsReplacedOnlyWithForceAndOnlyIfItHoldsAnExport() throws Exception {
        Path db = store();
        Path out = dir.resolve("tables");
        assertEquals(0, export(db, "csv", out).exit());
        assertFails(export(db, "csv", out), 2, "already exists: use --force");
        assertEquals(0, export(db, "csv", out, "--force", "--thread", "a").exit());
        assertEquals(2, Files.readAllLines(out.resolve("threads.csv")).size(), "header and thread a");

        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "keep me");
        assertFails(export(db, "parquet", notes, "--force"), 2, "holds no earlier export");
        assertEquals("keep me", Files.readString(notes.resolve("todo.txt")));
    }

    @Test
    void aDirectoryFormatCannotGoToStandardOutputNorAFileFormatIntoADirectory() throws Exception {
        Path db = store();
        assertFails(run("export", "--db", db.toString(), "--to", "convokit", "--out", "-"), 2,
                "convokit writes a corpus directory: name one with --out DIR");
        assertFails(export(db, "conll", Files.createDirectory(dir.resolve("d"))), 2, "is a directory: name a file");
        assertFails(export(db, "jsonl", dir.resolve("no/such/dir/x.jsonl")), 2, "does not exist");
    }
}
