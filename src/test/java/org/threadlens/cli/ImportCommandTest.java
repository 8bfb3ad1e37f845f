package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.GeneratedThreads;
import org.threadlens.record.Records;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.thread.Comments;

/** {@code threadlens import}: what it says, what it stores, and what it refuses, through the real command line. */
class ImportCommandTest {
    @TempDir
    Path dir;

    /** Two annotated threads (of two and three texts) as JSONL with their tokens, as {@code annotate --out --tokens} writes. */
    private List<String> records() {
        ThreadRecordWriter writer = new ThreadRecordWriter(true);
        return List.of(writer.toJson(Records.annotate(Comments.thread("t1", Comments.post("t1", "I think Alice liked it."),
                        Comments.reply("c1", "t1", "What a waste, Bob.")))),
                writer.toJson(Records.annotate(Comments.thread("t2", Comments.post("t2", "Great launch."),
                        Comments.reply("c2", "t2", "Agreed."), Comments.reply("c3", "c2", "Not Carol.")))));
    }

    private Path gzipped(String name, List<String> lines) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void importedRecordsComeBackFromExportAndTheStoreAnswersStatsAndReport() throws Exception {
        Path in = gzipped("t.jsonl.gz", records());
        String db = dir.resolve("s.duckdb").toString();
        CliTest.Outcome o = run("import", in.toString(), "--db", db);
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().matches("imported 2 threads \\(5 texts\\) from 1 file in [\\d.]+ s \\([\\d,]+ comments/s\\); "
                + "stored in \\S+s.duckdb \\(run 1\\)\\n"), o.err());

        Path out = dir.resolve("back.jsonl");
        assertEquals(0, run("export", "--db", db, "--to", "jsonl", "--tokens", "--out", out.toString()).exit());
        assertEquals(records(), Files.readAllLines(out));
        CliTest.Outcome stats = run("stats", "--db", db);
        assertTrue(stats.out().contains("threads 2, comments 5"), stats.out());
        assertTrue(stats.out().matches("(?s).*\\n   1  completed  .* sentences,tokens,pos,lemmas,entities,links,sentiment +2 +0 +2 "
                + "+5 +2\\n.*"), stats.out());
        assertEquals(0, run("report", "--db", db, "--out", dir.resolve("r.html").toString()).exit());
    }

    @Test
    void aSecondImportSkipsAndAnotherVersionIsAConflictUntilReplaced() throws Exception {
        Path in = Files.write(dir.resolve("t.jsonl"), records());
        String db = dir.resolve("s.duckdb").toString();
        run("import", in.toString(), "--db", db);
        assertTrue(run("import", in.toString(), "--db", db).err().contains("; 2 already stored; "));

        List<String> edited = new ArrayList<>(records());
        edited.set(1, edited.get(1).replace("Not Carol.", "Not Dave."));
        Path other = Files.write(dir.resolve("other.jsonl"), edited);
        CliTest.Outcome conflict = run("import", other.toString(), "--db", db);
        assertEquals(0, conflict.exit(), conflict.err());
        assertTrue(conflict.err().startsWith("conflicting, kept as stored (--replace to replace them): t2 (content differs)\n"),
                conflict.err());
        assertTrue(conflict.err().contains("imported 0 threads (0 texts) from 1 file in "), conflict.err());
        assertTrue(conflict.err().contains("; 1 already stored; 1 conflicting (not replaced: --replace to replace); "),
                conflict.err());

        CliTest.Outcome replaced = run("import", "--replace", other.toString(), "--db", db);
        assertTrue(replaced.err().startsWith("replaced (stored threads): 1 content differs, replaced\n"), replaced.err());
        Path out = dir.resolve("back.jsonl");
        run("export", "--db", db, "--to", "jsonl", "--tokens", "--thread", "t2", "--out", out.toString());
        assertEquals(List.of(edited.get(1)), Files.readAllLines(out));
    }

    @Test
    void inputThatIsNotRecordsIsRefusedNamingTheFile() throws Exception {
        Path raw = GeneratedThreads.write(dir.resolve("raw.txt"), 2, 2);
        CliTest.Outcome o = run("import", raw.toString(), "--db", dir.resolve("s.duckdb").toString());
        assertFails(o, 2, "threadlens: " + raw + ": not annotated ThreadLens records: expected JSON Lines of schema threadlens/1");
        assertTrue(o.err().contains("1 input could not be read (listed above)"), o.err());
        assertFails(run("import", "none.jsonl"), 2, "none.jsonl: no such file");
    }

    @Test
    void aBadLineIsNamedAndSkippedOrWithStrictStopsTheRun() throws Exception {
        List<String> lines = new ArrayList<>(records());
        lines.add(1, "{\"schema\":\"threadlens/1\",");
        Path in = Files.write(dir.resolve("t.jsonl"), lines);
        CliTest.Outcome o = run("import", in.toString(), "--db", dir.resolve("s.duckdb").toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().startsWith("skipped: " + in + ":2: expected a threadlens/1 record: not JSON"), o.err());
        assertTrue(o.err().contains("imported 2 threads (5 texts) from 1 file in "), o.err());
        assertTrue(o.err().contains("; 1 unreadable records skipped (listed above); "), o.err());
        assertFails(run("import", "--strict", in.toString(), "--db", dir.resolve("strict.duckdb").toString()), 2,
                in + ":2: expected a threadlens/1 record");
    }
}
